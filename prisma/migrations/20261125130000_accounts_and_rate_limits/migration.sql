-- AlterTable
ALTER TABLE "CityOfficial" ADD COLUMN     "reason" TEXT;

-- DropTable
DROP TABLE "RateLimitBucket";

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
