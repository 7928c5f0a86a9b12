-- CreateEnum
CREATE TYPE "AuthMailKind" AS ENUM ('PASSWORD_RESET', 'MAGIC_LINK');

-- CreateTable
CREATE TABLE "AdminSetupToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminSetupToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthMailRequest" (
    "id" TEXT NOT NULL,
    "kind" "AuthMailKind" NOT NULL,
    "email" TEXT NOT NULL,
    "url" TEXT,
    "baseUrl" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthMailRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OidcLinkRequest" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OidcLinkRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdminSetupToken_tokenHash_key" ON "AdminSetupToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthMailRequest_createdAt_idx" ON "AuthMailRequest"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OidcLinkRequest_tokenHash_key" ON "OidcLinkRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "OidcLinkRequest_userId_idx" ON "OidcLinkRequest"("userId");

-- AddForeignKey
ALTER TABLE "OidcLinkRequest" ADD CONSTRAINT "OidcLinkRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
