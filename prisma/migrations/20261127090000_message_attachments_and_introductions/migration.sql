-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('PENDING', 'CONNECTED');

-- CreateTable
CREATE TABLE "IntroductionRequest" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "requestingCityId" TEXT NOT NULL,
    "requestedById" TEXT,
    "message" TEXT NOT NULL,
    "clientKey" TEXT,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'PENDING',
    "conversationId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntroductionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntroductionRequest_conversationId_key" ON "IntroductionRequest"("conversationId");

-- CreateIndex
CREATE INDEX "IntroductionRequest_hubId_status_createdAt_idx" ON "IntroductionRequest"("hubId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "IntroductionRequest_requestingCityId_caseStudyId_idx" ON "IntroductionRequest"("requestingCityId", "caseStudyId");

-- CreateIndex
CREATE UNIQUE INDEX "IntroductionRequest_requestedById_clientKey_key" ON "IntroductionRequest"("requestedById", "clientKey");

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_requestingCityId_fkey" FOREIGN KEY ("requestingCityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One pending introduction request per requesting city and case study.
CREATE UNIQUE INDEX "IntroductionRequest_one_pending" ON "IntroductionRequest"("requestingCityId", "caseStudyId") WHERE "status" = 'PENDING';
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_message_length" CHECK (char_length(btrim("message")) BETWEEN 1 AND 10000);
ALTER TABLE "IntroductionRequest" ADD CONSTRAINT "IntroductionRequest_decision_recorded" CHECK ("status" = 'PENDING' OR "decidedAt" IS NOT NULL);
