-- Case-study authoring and review (lib/case-studies, lib/uploads). No table changes: the schema
-- already had the columns. This adds the rules the workflow relies on, which the schema language
-- cannot express. The search vector and its GIN index are untouched.

-- ---------------------------------------------------------------------------
-- Existing rows: revisions written before this workflow (the demo seed) left some open that the
-- workflow treats as closed. A decided case study's last revision records the decision; a draft
-- that was never submitted has no revision (its content is the case study row itself).
-- ---------------------------------------------------------------------------
UPDATE "CaseStudyRevision" AS r
   SET "status" = CASE c."status" WHEN 'CHANGES_REQUESTED' THEN 'CHANGES_REQUESTED'::"RevisionStatus"
                                  WHEN 'REJECTED' THEN 'REJECTED'::"RevisionStatus"
                                  ELSE 'APPROVED'::"RevisionStatus" END,
       "submittedAt" = COALESCE(r."submittedAt", r."createdAt"),
       "reviewedAt" = COALESCE(r."reviewedAt", c."publishedAt", r."submittedAt", r."createdAt"),
       "reviewNote" = COALESCE(r."reviewNote", CASE WHEN c."status" IN ('CHANGES_REQUESTED', 'REJECTED') THEN c."rejectionReason" END)
  FROM "CaseStudy" AS c
 WHERE c."id" = r."caseStudyId"
   AND r."status" IN ('DRAFT', 'SUBMITTED')
   AND c."status" IN ('CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED', 'UNPUBLISHED')
   AND r."number" = (SELECT max(x."number") FROM "CaseStudyRevision" AS x WHERE x."caseStudyId" = r."caseStudyId");

DELETE FROM "CaseStudyRevision" AS r
 USING "CaseStudy" AS c
 WHERE c."id" = r."caseStudyId" AND c."status" = 'DRAFT' AND r."status" = 'DRAFT';

UPDATE "CaseStudyRevision" SET "submittedAt" = "createdAt" WHERE "status" <> 'DRAFT' AND "submittedAt" IS NULL;
UPDATE "CaseStudyRevision" SET "reviewedAt" = COALESCE("submittedAt", "createdAt")
 WHERE "status" NOT IN ('DRAFT', 'SUBMITTED') AND "reviewedAt" IS NULL;

-- ---------------------------------------------------------------------------
-- Revisions: one open (being edited or under review) per case study; the timeline is recorded.
-- ---------------------------------------------------------------------------
CREATE UNIQUE INDEX "CaseStudyRevision_open_key" ON "CaseStudyRevision" ("caseStudyId") WHERE "status" IN ('DRAFT', 'SUBMITTED');
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_submitted_has_date" CHECK ("status" = 'DRAFT' OR "submittedAt" IS NOT NULL);
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_decision_recorded" CHECK ("status" IN ('DRAFT', 'SUBMITTED') OR "reviewedAt" IS NOT NULL);
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_content_object" CHECK (jsonb_typeof("content") = 'object');

-- ---------------------------------------------------------------------------
-- Case studies: the limits of the input schemas (lib/validation/case-study.ts) as a backstop.
-- ---------------------------------------------------------------------------
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_rejected_has_reason" CHECK (
    "status" <> 'REJECTED' OR ("rejectionReason" IS NOT NULL AND btrim("rejectionReason") <> '')
);
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_text_lengths" CHECK (
    char_length("title") <= 200 AND char_length("summary") <= 1000 AND char_length("body") <= 50000
    AND ("tenderClauses" IS NULL OR char_length("tenderClauses") <= 5000)
);
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_value_max" CHECK ("value" <= 1000000000000);
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_method_length" CHECK ("method" IS NULL OR char_length("method") <= 500);
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000 AND btrim("body") <> '');

-- ---------------------------------------------------------------------------
-- Attachments: what the upload pipeline (lib/uploads) accepts.
-- ---------------------------------------------------------------------------
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_type_matches_kind" CHECK (
    ("kind" = 'IMAGE' AND "mimeType" IN ('image/png', 'image/jpeg', 'image/webp')) OR
    ("kind" = 'PDF' AND "mimeType" = 'application/pdf')
);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_byteSize_max" CHECK ("byteSize" <= 20971520);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_sha256_format" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileName_safe" CHECK (
    char_length("fileName") BETWEEN 1 AND 200
    AND "fileName" !~ '[/\\[:cntrl:]\u202A-\u202E\u2066-\u2069]'
);
