-- AlterTable
ALTER TABLE "User" ADD COLUMN     "twoStepEnabledAt" TIMESTAMP(3),
ADD COLUMN     "twoStepLastStep" INTEGER,
ADD COLUMN     "twoStepSecret" TEXT;

-- CreateTable
CREATE TABLE "TwoStepRecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TwoStepRecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TwoStepRecoveryCode_codeHash_key" ON "TwoStepRecoveryCode"("codeHash");

-- CreateIndex
CREATE INDEX "TwoStepRecoveryCode_userId_idx" ON "TwoStepRecoveryCode"("userId");

-- AddForeignKey
ALTER TABLE "TwoStepRecoveryCode" ADD CONSTRAINT "TwoStepRecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
