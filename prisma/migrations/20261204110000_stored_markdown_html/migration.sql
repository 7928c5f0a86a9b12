-- Markdown bodies keep their sanitised HTML beside the source (lib/markdown/stored.ts). Existing
-- rows start without it and are rendered by the refresh at start-up, or on first read.
-- AlterTable
ALTER TABLE "CaseStudy" ADD COLUMN     "bodyHtml" TEXT,
ADD COLUMN     "bodyHtmlKey" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "bodyHtml" TEXT,
ADD COLUMN     "bodyHtmlKey" TEXT;
