-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "EmailPreference" AS ENUM ('INSTANT', 'DAILY_DIGEST', 'NONE');

-- CreateEnum
CREATE TYPE "CoalitionKind" AS ENUM ('COALITION', 'NETWORK');

-- CreateEnum
CREATE TYPE "CoalitionHubRole" AS ENUM ('COORDINATOR', 'PARTNER');

-- CreateEnum
CREATE TYPE "JoinTarget" AS ENUM ('HUB', 'COALITION');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CityRole" AS ENUM ('OFFICIAL', 'FOCAL_POINT');

-- CreateEnum
CREATE TYPE "CityOfficialStatus" AS ENUM ('PENDING', 'ACTIVE', 'DECLINED', 'REMOVED');

-- CreateEnum
CREATE TYPE "HubRoleKind" AS ENUM ('OFFICER', 'MANAGER');

-- CreateEnum
CREATE TYPE "CaseStudyStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ProcurementPractice" AS ENUM ('LIFECYCLE_COSTING', 'LOCAL_SOURCING', 'LOW_EMBODIED_ENERGY_AND_WATER', 'CRADLE_TO_CRADLE');

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MetricType" AS ENUM ('WASTE_DIVERTED_T_PER_YEAR', 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR', 'COST_SAVED_PER_YEAR', 'JOBS_CREATED', 'WATER_SAVED_M3_PER_YEAR', 'ENERGY_SAVED_MWH_PER_YEAR', 'MATERIALS_RECIRCULATED_T_PER_YEAR');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('IMAGE', 'PDF');

-- CreateEnum
CREATE TYPE "ConversationKind" AS ENUM ('QUESTION', 'INTRODUCTION', 'OUTREACH');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'HIDDEN', 'DISMISSED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "image" TEXT,
    "passwordHash" TEXT,
    "isNetworkAdmin" BOOLEAN NOT NULL DEFAULT false,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "suspendedReason" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "emailPreference" "EmailPreference" NOT NULL DEFAULT 'INSTANT',
    "messagingBlockedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "Hub" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hub_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coalition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CoalitionKind" NOT NULL DEFAULT 'COALITION',
    "scope" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "coordinatingHubId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Coalition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoalitionHub" (
    "coalitionId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "role" "CoalitionHubRole" NOT NULL DEFAULT 'PARTNER',

    CONSTRAINT "CoalitionHub_pkey" PRIMARY KEY ("coalitionId","hubId")
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "region" TEXT NOT NULL,
    "population" INTEGER,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityHubMembership" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "CityHubMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityCoalitionMembership" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "coalitionId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "CityCoalitionMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "target" "JoinTarget" NOT NULL,
    "hubId" TEXT,
    "coalitionId" TEXT,
    "requestedById" TEXT,
    "motivation" TEXT NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityOfficial" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "role" "CityRole" NOT NULL DEFAULT 'OFFICIAL',
    "status" "CityOfficialStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "CityOfficial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubRole" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "role" "HubRoleKind" NOT NULL,
    "appointedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "status" "CaseStudyStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "startYear" INTEGER,
    "projectStatus" "ProjectStatus" NOT NULL DEFAULT 'ONGOING',
    "procurementPractices" "ProcurementPractice"[],
    "tenderClauses" TEXT,
    "contactOfficialId" TEXT,
    "coverImageId" TEXT,
    "createdById" TEXT,
    "reviewHubId" TEXT,
    "rejectionReason" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C')
    ) STORED,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudyAuthor" (
    "caseStudyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyAuthor_pkey" PRIMARY KEY ("caseStudyId","userId")
);

-- CreateTable
CREATE TABLE "CaseStudyTopic" (
    "caseStudyId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "CaseStudyTopic_pkey" PRIMARY KEY ("caseStudyId","topicId")
);

-- CreateTable
CREATE TABLE "CaseStudyCoalition" (
    "caseStudyId" TEXT NOT NULL,
    "coalitionId" TEXT NOT NULL,

    CONSTRAINT "CaseStudyCoalition_pkey" PRIMARY KEY ("caseStudyId","coalitionId")
);

-- CreateTable
CREATE TABLE "CaseStudyRevision" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "authorId" TEXT,
    "reviewerId" TEXT,
    "reviewNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudyRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactMetric" (
    "id" TEXT NOT NULL,
    "caseStudyId" TEXT NOT NULL,
    "type" "MetricType" NOT NULL,
    "value" DECIMAL(20,4) NOT NULL,
    "currency" CHAR(3),
    "baselineYear" INTEGER,
    "method" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImpactMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "altText" TEXT,
    "caseStudyId" TEXT,
    "messageId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "kind" "ConversationKind" NOT NULL DEFAULT 'QUESTION',
    "status" "ConversationStatus" NOT NULL DEFAULT 'OPEN',
    "subject" TEXT NOT NULL,
    "createdById" TEXT,
    "assignedToId" TEXT,
    "relatedCaseStudyId" TEXT,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationCity" (
    "conversationId" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,

    CONSTRAINT "ConversationCity_pkey" PRIMARY KEY ("conversationId","cityId")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "isInternalNote" BOOLEAN NOT NULL DEFAULT false,
    "clientKey" TEXT,
    "editedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationRead" (
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastReadAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRead_pkey" PRIMARY KEY ("conversationId","userId")
);

-- CreateTable
CREATE TABLE "MessageReport" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "hubId" TEXT,
    "reason" TEXT,
    "ip" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Hub_slug_key" ON "Hub"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Hub_name_key" ON "Hub"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Coalition_slug_key" ON "Coalition"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Coalition_name_key" ON "Coalition"("name");

-- CreateIndex
CREATE INDEX "Coalition_coordinatingHubId_idx" ON "Coalition"("coordinatingHubId");

-- CreateIndex
CREATE INDEX "CoalitionHub_hubId_idx" ON "CoalitionHub"("hubId");

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_countryCode_idx" ON "City"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "City_name_countryCode_key" ON "City"("name", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");

-- CreateIndex
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");

-- CreateIndex
CREATE INDEX "CityHubMembership_hubId_idx" ON "CityHubMembership"("hubId");

-- CreateIndex
CREATE INDEX "CityHubMembership_cityId_idx" ON "CityHubMembership"("cityId");

-- CreateIndex
CREATE INDEX "CityCoalitionMembership_coalitionId_idx" ON "CityCoalitionMembership"("coalitionId");

-- CreateIndex
CREATE INDEX "CityCoalitionMembership_cityId_idx" ON "CityCoalitionMembership"("cityId");

-- CreateIndex
CREATE INDEX "JoinRequest_hubId_status_idx" ON "JoinRequest"("hubId", "status");

-- CreateIndex
CREATE INDEX "JoinRequest_coalitionId_status_idx" ON "JoinRequest"("coalitionId", "status");

-- CreateIndex
CREATE INDEX "JoinRequest_cityId_idx" ON "JoinRequest"("cityId");

-- CreateIndex
CREATE INDEX "CityOfficial_cityId_status_idx" ON "CityOfficial"("cityId", "status");

-- CreateIndex
CREATE INDEX "CityOfficial_userId_idx" ON "CityOfficial"("userId");

-- CreateIndex
CREATE INDEX "HubRole_hubId_idx" ON "HubRole"("hubId");

-- CreateIndex
CREATE UNIQUE INDEX "HubRole_userId_hubId_key" ON "HubRole"("userId", "hubId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudy_slug_key" ON "CaseStudy"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudy_coverImageId_key" ON "CaseStudy"("coverImageId");

-- CreateIndex
CREATE INDEX "CaseStudy_status_publishedAt_idx" ON "CaseStudy"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "CaseStudy_cityId_idx" ON "CaseStudy"("cityId");

-- CreateIndex
CREATE INDEX "CaseStudy_searchVector_idx" ON "CaseStudy" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "CaseStudyAuthor_userId_idx" ON "CaseStudyAuthor"("userId");

-- CreateIndex
CREATE INDEX "CaseStudyTopic_topicId_idx" ON "CaseStudyTopic"("topicId");

-- CreateIndex
CREATE INDEX "CaseStudyCoalition_coalitionId_idx" ON "CaseStudyCoalition"("coalitionId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseStudyRevision_caseStudyId_number_key" ON "CaseStudyRevision"("caseStudyId", "number");

-- CreateIndex
CREATE INDEX "ReviewComment_caseStudyId_createdAt_idx" ON "ReviewComment"("caseStudyId", "createdAt");

-- CreateIndex
CREATE INDEX "ImpactMetric_type_idx" ON "ImpactMetric"("type");

-- CreateIndex
CREATE UNIQUE INDEX "ImpactMetric_caseStudyId_type_key" ON "ImpactMetric"("caseStudyId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_caseStudyId_idx" ON "Attachment"("caseStudyId");

-- CreateIndex
CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

-- CreateIndex
CREATE INDEX "Conversation_hubId_status_lastMessageAt_idx" ON "Conversation"("hubId", "status", "lastMessageAt" DESC);

-- CreateIndex
CREATE INDEX "Conversation_assignedToId_idx" ON "Conversation"("assignedToId");

-- CreateIndex
CREATE INDEX "ConversationCity_cityId_idx" ON "ConversationCity"("cityId");

-- CreateIndex
CREATE INDEX "Message_conversationId_createdAt_idx" ON "Message"("conversationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_authorId_clientKey_key" ON "Message"("authorId", "clientKey");

-- CreateIndex
CREATE INDEX "ConversationRead_userId_idx" ON "ConversationRead"("userId");

-- CreateIndex
CREATE INDEX "MessageReport_status_createdAt_idx" ON "MessageReport"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MessageReport_messageId_reporterId_key" ON "MessageReport"("messageId", "reporterId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_toAddress_createdAt_idx" ON "OutboxEmail"("toAddress", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_hubId_createdAt_idx" ON "AuditLog"("hubId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coalition" ADD CONSTRAINT "Coalition_coordinatingHubId_fkey" FOREIGN KEY ("coordinatingHubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionHub" ADD CONSTRAINT "CoalitionHub_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionHub" ADD CONSTRAINT "CoalitionHub_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityHubMembership" ADD CONSTRAINT "CityHubMembership_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityHubMembership" ADD CONSTRAINT "CityHubMembership_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCoalitionMembership" ADD CONSTRAINT "CityCoalitionMembership_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCoalitionMembership" ADD CONSTRAINT "CityCoalitionMembership_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityOfficial" ADD CONSTRAINT "CityOfficial_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityOfficial" ADD CONSTRAINT "CityOfficial_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityOfficial" ADD CONSTRAINT "CityOfficial_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubRole" ADD CONSTRAINT "HubRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubRole" ADD CONSTRAINT "HubRole_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HubRole" ADD CONSTRAINT "HubRole_appointedById_fkey" FOREIGN KEY ("appointedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_contactOfficialId_fkey" FOREIGN KEY ("contactOfficialId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_reviewHubId_fkey" FOREIGN KEY ("reviewHubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyAuthor" ADD CONSTRAINT "CaseStudyAuthor_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyAuthor" ADD CONSTRAINT "CaseStudyAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyTopic" ADD CONSTRAINT "CaseStudyTopic_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyTopic" ADD CONSTRAINT "CaseStudyTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyCoalition" ADD CONSTRAINT "CaseStudyCoalition_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyCoalition" ADD CONSTRAINT "CaseStudyCoalition_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseStudyId_fkey" FOREIGN KEY ("caseStudyId") REFERENCES "CaseStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_relatedCaseStudyId_fkey" FOREIGN KEY ("relatedCaseStudyId") REFERENCES "CaseStudy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationCity" ADD CONSTRAINT "ConversationCity_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationCity" ADD CONSTRAINT "ConversationCity_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReport" ADD CONSTRAINT "MessageReport_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReport" ADD CONSTRAINT "MessageReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReport" ADD CONSTRAINT "MessageReport_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Rules the schema language cannot express.
-- ---------------------------------------------------------------------------

-- People
ALTER TABLE "User" ADD CONSTRAINT "User_email_normalised" CHECK ("email" = lower(btrim("email")) AND "email" <> '');
ALTER TABLE "User" ADD CONSTRAINT "User_name_not_blank" CHECK (btrim("name") <> '');
ALTER TABLE "User" ADD CONSTRAINT "User_sessionVersion_nonnegative" CHECK ("sessionVersion" >= 0);
ALTER TABLE "RateLimitBucket" ADD CONSTRAINT "RateLimitBucket_count_nonnegative" CHECK ("count" >= 0);

-- Network
ALTER TABLE "Hub" ADD CONSTRAINT "Hub_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Coalition" ADD CONSTRAINT "Coalition_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "City" ADD CONSTRAINT "City_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "City" ADD CONSTRAINT "City_countryCode_format" CHECK ("countryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "City" ADD CONSTRAINT "City_population_nonnegative" CHECK ("population" IS NULL OR "population" >= 0);
ALTER TABLE "City" ADD CONSTRAINT "City_latitude_range" CHECK ("latitude" BETWEEN -90 AND 90);
ALTER TABLE "City" ADD CONSTRAINT "City_longitude_range" CHECK ("longitude" BETWEEN -180 AND 180);
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");

-- Memberships: one current membership per pair, history kept in earlier rows.
ALTER TABLE "CityHubMembership" ADD CONSTRAINT "CityHubMembership_period" CHECK ("leftAt" IS NULL OR "leftAt" >= "joinedAt");
ALTER TABLE "CityCoalitionMembership" ADD CONSTRAINT "CityCoalitionMembership_period" CHECK ("leftAt" IS NULL OR "leftAt" >= "joinedAt");
CREATE UNIQUE INDEX "CityHubMembership_current_key" ON "CityHubMembership" ("cityId", "hubId") WHERE "leftAt" IS NULL;
CREATE UNIQUE INDEX "CityCoalitionMembership_current_key" ON "CityCoalitionMembership" ("cityId", "coalitionId") WHERE "leftAt" IS NULL;

-- Join requests: exactly one target, matching its kind; one open request per city and target;
-- a decision carries who and when.
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_target_matches" CHECK (
    ("target" = 'HUB' AND "hubId" IS NOT NULL AND "coalitionId" IS NULL) OR
    ("target" = 'COALITION' AND "coalitionId" IS NOT NULL AND "hubId" IS NULL)
);
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_motivation_not_blank" CHECK (btrim("motivation") <> '');
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_decision_recorded" CHECK (
    "status" IN ('PENDING', 'WITHDRAWN') OR "decidedAt" IS NOT NULL
);
CREATE UNIQUE INDEX "JoinRequest_open_hub_key" ON "JoinRequest" ("cityId", "hubId") WHERE "status" = 'PENDING' AND "hubId" IS NOT NULL;
CREATE UNIQUE INDEX "JoinRequest_open_coalition_key" ON "JoinRequest" ("cityId", "coalitionId") WHERE "status" = 'PENDING' AND "coalitionId" IS NOT NULL;

-- An official belongs to at most one city team at a time (pending or active).
CREATE UNIQUE INDEX "CityOfficial_current_user_key" ON "CityOfficial" ("userId") WHERE "status" IN ('PENDING', 'ACTIVE');

-- Case studies
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_title_not_blank" CHECK (btrim("title") <> '');
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_startYear_range" CHECK ("startYear" IS NULL OR "startYear" BETWEEN 1900 AND 2100);
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_published_has_date" CHECK ("status" <> 'PUBLISHED' OR "publishedAt" IS NOT NULL);
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_language_format" CHECK ("language" ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
ALTER TABLE "CaseStudyRevision" ADD CONSTRAINT "CaseStudyRevision_number_positive" CHECK ("number" >= 1);
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_value_nonnegative" CHECK ("value" >= 0);
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_currency_iff_cost" CHECK (
    ("type" = 'COST_SAVED_PER_YEAR') = ("currency" IS NOT NULL)
);
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_currency_format" CHECK ("currency" IS NULL OR "currency" ~ '^[A-Z]{3}$');
ALTER TABLE "ImpactMetric" ADD CONSTRAINT "ImpactMetric_baselineYear_range" CHECK ("baselineYear" IS NULL OR "baselineYear" BETWEEN 1900 AND 2100);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_byteSize_positive" CHECK ("byteSize" > 0);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_dimensions_positive" CHECK (("width" IS NULL OR "width" > 0) AND ("height" IS NULL OR "height" > 0));
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_owner" CHECK (NOT ("caseStudyId" IS NOT NULL AND "messageId" IS NOT NULL));

-- Conversations
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_subject_not_blank" CHECK (btrim("subject") <> '');
ALTER TABLE "Message" ADD CONSTRAINT "Message_body_length" CHECK (char_length("body") BETWEEN 1 AND 10000);
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_attempts_nonnegative" CHECK ("attempts" >= 0);
