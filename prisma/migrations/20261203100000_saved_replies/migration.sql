-- CreateTable
CREATE TABLE "SavedReply" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedReply_hubId_title_key" ON "SavedReply"("hubId", "title");

-- AddForeignKey
ALTER TABLE "SavedReply" ADD CONSTRAINT "SavedReply_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedReply" ADD CONSTRAINT "SavedReply_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the schema language cannot say: the lengths the forms enforce hold for every writer.
ALTER TABLE "SavedReply" ADD CONSTRAINT "SavedReply_title_length" CHECK (char_length("title") BETWEEN 1 AND 120);
ALTER TABLE "SavedReply" ADD CONSTRAINT "SavedReply_body_length" CHECK (char_length("body") BETWEEN 1 AND 10000);
