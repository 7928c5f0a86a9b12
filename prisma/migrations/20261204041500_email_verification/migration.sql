-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('PASSWORD_RESET', 'EMAIL_VERIFICATION');

-- AlterTable
ALTER TABLE "PasswordResetToken" ADD COLUMN     "purpose" "AccountTokenPurpose" NOT NULL DEFAULT 'PASSWORD_RESET';

-- Accounts that already sign in with a password keep doing so: from now on a new registration
-- confirms its address before its first password sign-in.
UPDATE "User" SET "emailVerified" = "createdAt" WHERE "emailVerified" IS NULL AND "passwordHash" IS NOT NULL;
