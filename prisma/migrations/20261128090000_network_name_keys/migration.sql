-- Names of hubs, coalitions, topics and cities are unique regardless of case and accents:
-- "nameKey" is generated from the name (compatibility-decomposed, combining marks U+0300..U+036F
-- removed, lower-cased) and carries the unique index. lib/admin/names.ts computes the same key.
-- The CHECKs keep names in NFC and free of invisible and direction-override characters
-- (zero-width, soft hyphen, bidi embeddings/overrides/isolates, BOM), whoever writes them.

-- AlterTable
ALTER TABLE "Hub" ADD COLUMN "nameKey" TEXT GENERATED ALWAYS AS (lower(regexp_replace(normalize("name", NFKD), '[\u0300-\u036f]', '', 'g'))) STORED;

-- AlterTable
ALTER TABLE "Coalition" ADD COLUMN "nameKey" TEXT GENERATED ALWAYS AS (lower(regexp_replace(normalize("name", NFKD), '[\u0300-\u036f]', '', 'g'))) STORED;

-- AlterTable
ALTER TABLE "City" ADD COLUMN "nameKey" TEXT GENERATED ALWAYS AS (lower(regexp_replace(normalize("name", NFKD), '[\u0300-\u036f]', '', 'g'))) STORED;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN "nameKey" TEXT GENERATED ALWAYS AS (lower(regexp_replace(normalize("name", NFKD), '[\u0300-\u036f]', '', 'g'))) STORED;

-- CreateIndex
CREATE UNIQUE INDEX "Hub_nameKey_key" ON "Hub"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Coalition_nameKey_key" ON "Coalition"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "City_nameKey_countryCode_key" ON "City"("nameKey", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_nameKey_key" ON "Topic"("nameKey");

-- Clean names
ALTER TABLE "Hub" ADD CONSTRAINT "Hub_name_clean" CHECK ("name" = normalize("name", NFC) AND "name" !~ '[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]');
ALTER TABLE "Coalition" ADD CONSTRAINT "Coalition_name_clean" CHECK ("name" = normalize("name", NFC) AND "name" !~ '[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]');
ALTER TABLE "City" ADD CONSTRAINT "City_name_clean" CHECK ("name" = normalize("name", NFC) AND "name" !~ '[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]');
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_name_clean" CHECK ("name" = normalize("name", NFC) AND "name" !~ '[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]');
