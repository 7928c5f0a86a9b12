-- CreateTable
CREATE TABLE "SearchChange" (
    "seq" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "entityId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchChange_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "SearchChange_txid_idx" ON "SearchChange"("txid");

-- CreateIndex
CREATE INDEX "SearchChange_createdAt_idx" ON "SearchChange"("createdAt");


-- What the search index is made of, changed: recorded by statement-level triggers, so a bulk
-- statement costs one INSERT ... SELECT, and one that touches more than 500 published case
-- studies is recorded as a single 'all' (the index reloads everything).
ALTER TABLE "SearchChange" ADD CONSTRAINT "SearchChange_kind_check" CHECK ("kind" IN ('doc', 'reference', 'all'));

CREATE FUNCTION "search_record_docs"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(ids) > 500 THEN
    INSERT INTO "SearchChange" ("txid", "kind") VALUES (pg_current_xact_id()::text::bigint, 'all');
  ELSE
    INSERT INTO "SearchChange" ("txid", "kind", "entityId")
    SELECT pg_current_xact_id()::text::bigint, 'doc', id FROM unnest(ids) AS id;
  END IF;
END $$;

-- CaseStudy: rows that are, or were, published.
CREATE FUNCTION "search_case_study_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(SELECT DISTINCT "id" FROM new_rows WHERE "status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE FUNCTION "search_case_study_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(
    SELECT "id" FROM new_rows WHERE "status" = 'PUBLISHED'
    UNION SELECT "id" FROM old_rows WHERE "status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE FUNCTION "search_case_study_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(SELECT DISTINCT "id" FROM old_rows WHERE "status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE TRIGGER "search_case_study_inserted" AFTER INSERT ON "CaseStudy"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_case_study_inserted"();
CREATE TRIGGER "search_case_study_updated" AFTER UPDATE ON "CaseStudy"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_case_study_updated"();
CREATE TRIGGER "search_case_study_deleted" AFTER DELETE ON "CaseStudy"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_case_study_deleted"();

-- Topics, coalitions and metrics of a published case study (a deleted case study's own rows are
-- recorded by its CaseStudy trigger).
CREATE FUNCTION "search_child_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(
    SELECT DISTINCT r."caseStudyId" FROM new_rows r JOIN "CaseStudy" c ON c."id" = r."caseStudyId" WHERE c."status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE FUNCTION "search_child_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(
    SELECT r."caseStudyId" FROM (SELECT "caseStudyId" FROM new_rows UNION SELECT "caseStudyId" FROM old_rows) r
    JOIN "CaseStudy" c ON c."id" = r."caseStudyId" WHERE c."status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE FUNCTION "search_child_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "search_record_docs"(ARRAY(
    SELECT DISTINCT r."caseStudyId" FROM old_rows r JOIN "CaseStudy" c ON c."id" = r."caseStudyId" WHERE c."status" = 'PUBLISHED'));
  RETURN NULL;
END $$;
CREATE TRIGGER "search_topic_link_inserted" AFTER INSERT ON "CaseStudyTopic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_inserted"();
CREATE TRIGGER "search_topic_link_updated" AFTER UPDATE ON "CaseStudyTopic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_updated"();
CREATE TRIGGER "search_topic_link_deleted" AFTER DELETE ON "CaseStudyTopic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_deleted"();
CREATE TRIGGER "search_coalition_link_inserted" AFTER INSERT ON "CaseStudyCoalition"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_inserted"();
CREATE TRIGGER "search_coalition_link_updated" AFTER UPDATE ON "CaseStudyCoalition"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_updated"();
CREATE TRIGGER "search_coalition_link_deleted" AFTER DELETE ON "CaseStudyCoalition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_deleted"();
CREATE TRIGGER "search_metric_inserted" AFTER INSERT ON "ImpactMetric"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_inserted"();
CREATE TRIGGER "search_metric_updated" AFTER UPDATE ON "ImpactMetric"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_updated"();
CREATE TRIGGER "search_metric_deleted" AFTER DELETE ON "ImpactMetric"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_child_deleted"();

-- Names and memberships that facets and name matches are made of.
CREATE FUNCTION "search_reference_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchChange" ("txid", "kind") VALUES (pg_current_xact_id()::text::bigint, 'reference');
  RETURN NULL;
END $$;
CREATE TRIGGER "search_city_changed" AFTER INSERT OR UPDATE OR DELETE ON "City"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_reference_changed"();
CREATE TRIGGER "search_topic_changed" AFTER INSERT OR UPDATE OR DELETE ON "Topic"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_reference_changed"();
CREATE TRIGGER "search_hub_changed" AFTER INSERT OR UPDATE OR DELETE ON "Hub"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_reference_changed"();
CREATE TRIGGER "search_coalition_changed" AFTER INSERT OR UPDATE OR DELETE ON "Coalition"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_reference_changed"();
CREATE TRIGGER "search_hub_membership_changed" AFTER INSERT OR UPDATE OR DELETE ON "CityHubMembership"
  FOR EACH STATEMENT EXECUTE FUNCTION "search_reference_changed"();

-- A truncation of anything the index holds: reload everything.
CREATE FUNCTION "search_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchChange" ("txid", "kind") VALUES (pg_current_xact_id()::text::bigint, 'all');
  RETURN NULL;
END $$;
CREATE TRIGGER "search_case_study_truncated" AFTER TRUNCATE ON "CaseStudy" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
CREATE TRIGGER "search_topic_link_truncated" AFTER TRUNCATE ON "CaseStudyTopic" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
CREATE TRIGGER "search_coalition_link_truncated" AFTER TRUNCATE ON "CaseStudyCoalition" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
CREATE TRIGGER "search_metric_truncated" AFTER TRUNCATE ON "ImpactMetric" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
CREATE TRIGGER "search_city_truncated" AFTER TRUNCATE ON "City" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
CREATE TRIGGER "search_membership_truncated" AFTER TRUNCATE ON "CityHubMembership" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
