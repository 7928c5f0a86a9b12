-- CreateEnum
CREATE TYPE "TranslationSubject" AS ENUM ('CASE_STUDY', 'HUB', 'COALITION');

-- CreateEnum
CREATE TYPE "TranslationOrigin" AS ENUM ('HUMAN', 'MACHINE', 'MACHINE_POST_EDITED');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('NEEDS_REVIEW', 'CHANGES_REQUESTED', 'APPROVED');

-- AlterTable
ALTER TABLE "Hub" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Coalition" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "ContentTranslation" (
    "id" TEXT NOT NULL,
    "subjectType" "TranslationSubject" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "fields" JSONB NOT NULL,
    "origin" "TranslationOrigin" NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "sourceLanguage" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "translatedById" TEXT,
    "engine" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewHubId" TEXT,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MachineTranslationUsage" (
    "month" TEXT NOT NULL,
    "characters" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MachineTranslationUsage_pkey" PRIMARY KEY ("month")
);

-- CreateIndex
CREATE INDEX "ContentTranslation_status_language_idx" ON "ContentTranslation"("status", "language");

-- CreateIndex
CREATE INDEX "ContentTranslation_translatedById_idx" ON "ContentTranslation"("translatedById");

-- CreateIndex
CREATE INDEX "ContentTranslation_reviewedById_idx" ON "ContentTranslation"("reviewedById");

-- CreateIndex
CREATE INDEX "ContentTranslation_reviewHubId_idx" ON "ContentTranslation"("reviewHubId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentTranslation_subjectType_subjectId_language_key" ON "ContentTranslation"("subjectType", "subjectId", "language");

-- AddForeignKey
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_translatedById_fkey" FOREIGN KEY ("translatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_reviewHubId_fkey" FOREIGN KEY ("reviewHubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the schema language cannot say.
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_language_check"
  CHECK ("language" ~ '^[a-z]{2,3}$' AND "sourceLanguage" ~ '^[a-z]{2,3}$' AND "language" <> "sourceLanguage");
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_sourceHash_check" CHECK ("sourceHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_fields_check" CHECK (jsonb_typeof("fields") = 'object');
-- A machine translation names its engine; a human one has none.
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_engine_check" CHECK (("origin" = 'HUMAN') = ("engine" IS NULL));
ALTER TABLE "ContentTranslation" ADD CONSTRAINT "ContentTranslation_reviewed_check" CHECK ("status" = 'NEEDS_REVIEW' OR "reviewedAt" IS NOT NULL);
ALTER TABLE "MachineTranslationUsage" ADD CONSTRAINT "MachineTranslationUsage_check" CHECK ("characters" >= 0 AND "month" ~ '^[0-9]{4}-[0-9]{2}$');
ALTER TABLE "Hub" ADD CONSTRAINT "Hub_language_check" CHECK ("language" ~ '^[a-z]{2,3}$');
ALTER TABLE "Coalition" ADD CONSTRAINT "Coalition_language_check" CHECK ("language" ~ '^[a-z]{2,3}$');

-- A subject's translations go with it (no foreign key can point at several tables).
CREATE FUNCTION "translations_subject_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ContentTranslation" t USING old_rows o
  WHERE t."subjectType" = TG_ARGV[0]::"TranslationSubject" AND t."subjectId" = o."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "translations_case_study_deleted" AFTER DELETE ON "CaseStudy"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "translations_subject_deleted"('CASE_STUDY');
CREATE TRIGGER "translations_hub_deleted" AFTER DELETE ON "Hub"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "translations_subject_deleted"('HUB');
CREATE TRIGGER "translations_coalition_deleted" AFTER DELETE ON "Coalition"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "translations_subject_deleted"('COALITION');

-- The library's search index holds the translations of published case studies (their words and
-- languages): record their changes in "SearchChange" like the case studies' other children
-- (see migration 20261203140000).
CREATE FUNCTION "search_translation_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "search_record_docs"(ARRAY(
      SELECT DISTINCT r."subjectId" FROM new_rows r JOIN "CaseStudy" c ON c."id" = r."subjectId"
      WHERE r."subjectType" = 'CASE_STUDY' AND c."status" = 'PUBLISHED'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "search_record_docs"(ARRAY(
      SELECT r."subjectId" FROM (SELECT "subjectType", "subjectId" FROM new_rows UNION SELECT "subjectType", "subjectId" FROM old_rows) r
      JOIN "CaseStudy" c ON c."id" = r."subjectId" WHERE r."subjectType" = 'CASE_STUDY' AND c."status" = 'PUBLISHED'));
  ELSE
    PERFORM "search_record_docs"(ARRAY(
      SELECT DISTINCT r."subjectId" FROM old_rows r JOIN "CaseStudy" c ON c."id" = r."subjectId"
      WHERE r."subjectType" = 'CASE_STUDY' AND c."status" = 'PUBLISHED'));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "search_translation_inserted" AFTER INSERT ON "ContentTranslation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_translation_changed"();
CREATE TRIGGER "search_translation_updated" AFTER UPDATE ON "ContentTranslation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_translation_changed"();
CREATE TRIGGER "search_translation_deleted" AFTER DELETE ON "ContentTranslation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_translation_changed"();
CREATE TRIGGER "search_translation_truncated" AFTER TRUNCATE ON "ContentTranslation" FOR EACH STATEMENT EXECUTE FUNCTION "search_truncated"();
