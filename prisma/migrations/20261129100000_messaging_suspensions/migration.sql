-- CreateTable
CREATE TABLE "MessagingSuspension" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "hubId" TEXT,
    "reason" TEXT NOT NULL,
    "reportId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),
    "liftedById" TEXT,
    "liftReason" TEXT,

    CONSTRAINT "MessagingSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MessagingSuspension_userId_idx" ON "MessagingSuspension"("userId");

-- CreateIndex
CREATE INDEX "MessagingSuspension_hubId_liftedAt_idx" ON "MessagingSuspension"("hubId", "liftedAt");

-- AddForeignKey
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_liftedById_fkey" FOREIGN KEY ("liftedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One active suspension per user: a second manager suspending the same user at once loses.
CREATE UNIQUE INDEX "MessagingSuspension_one_active_per_user" ON "MessagingSuspension"("userId") WHERE "liftedAt" IS NULL;

-- Reasons are shown to the user: 3..1000 characters.
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_reason_length" CHECK (char_length("reason") BETWEEN 3 AND 1000);
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_lift_reason_length" CHECK ("liftReason" IS NULL OR char_length("liftReason") BETWEEN 3 AND 1000);
-- A lifted suspension says who lifted it.
ALTER TABLE "MessagingSuspension" ADD CONSTRAINT "MessagingSuspension_lifted_complete" CHECK (("liftedAt" IS NULL) = ("liftReason" IS NULL));
