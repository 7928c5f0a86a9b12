-- Footer pages (privacy, terms, accessibility, contact) per UI language, edited by network admins.
-- CreateEnum
CREATE TYPE "SitePageKind" AS ENUM ('PRIVACY', 'TERMS', 'ACCESSIBILITY', 'CONTACT');

-- CreateTable
CREATE TABLE "SitePage" (
    "kind" "SitePageKind" NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "bodyHtmlKey" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("kind","language")
);

-- CreateIndex
CREATE INDEX "SitePage_updatedById_idx" ON "SitePage"("updatedById");

-- AddForeignKey
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The six UI languages only, and bounded texts (lib/validation/site-pages.ts says the same).
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_language_check" CHECK ("language" IN ('en', 'es', 'pt', 'fr', 'zh', 'ar'));
ALTER TABLE "SitePage" ADD CONSTRAINT "SitePage_size_check" CHECK (char_length("title") BETWEEN 1 AND 120 AND char_length("body") BETWEEN 1 AND 20000);
