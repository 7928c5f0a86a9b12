// The library's result cards in one statement: what `libraryCard` (selects.ts) selects, read with
// JSON aggregation instead of the client's one query per relation (nine round trips for a page of
// twenty cards became one). tests/integration/library/cards.test.ts holds the two equal, so a field
// added to `libraryCard` and not here fails there.
import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { LibraryCard } from './selects'

type Row = Omit<LibraryCard, 'metrics'> & { metrics: (Omit<LibraryCard['metrics'][number], 'value'> & { value: string })[] }

/** Cards for ids, in the given order; re-checks PUBLISHED so nothing else can slip in. */
export async function loadCards(ids: string[]): Promise<LibraryCard[]> {
  if (!ids.length) return []
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."id", c."slug", c."title", c."summary", c."language", c."startYear", c."projectStatus"::text AS "projectStatus",
      c."publishedAt", c."updatedAt", c."isSample",
      (SELECT json_build_object('id', a."id", 'width', a."width", 'height', a."height", 'altText', a."altText")
        FROM "Attachment" a WHERE a."id" = c."coverImageId") AS "coverImage",
      json_build_object('slug', ci."slug", 'name', ci."name", 'countryCode', ci."countryCode", 'population', ci."population",
        'hubMemberships', COALESCE((
          SELECT json_agg(json_build_object('hub', json_build_object('slug', h."slug", 'name', h."name")) ORDER BY h."name")
          FROM "CityHubMembership" m JOIN "Hub" h ON h."id" = m."hubId" WHERE m."cityId" = ci."id" AND m."leftAt" IS NULL), '[]'::json)) AS "city",
      COALESCE((
        SELECT json_agg(json_build_object('topic', json_build_object('slug', t."slug", 'name', t."name")) ORDER BY t."name")
        FROM "CaseStudyTopic" ct JOIN "Topic" t ON t."id" = ct."topicId" WHERE ct."caseStudyId" = c."id"), '[]'::json) AS "topics",
      COALESCE((
        SELECT json_agg(json_build_object('coalition', json_build_object('slug', co."slug", 'name', co."name")) ORDER BY co."name")
        FROM "CaseStudyCoalition" cc JOIN "Coalition" co ON co."id" = cc."coalitionId" WHERE cc."caseStudyId" = c."id"), '[]'::json) AS "coalitions",
      COALESCE((
        SELECT json_agg(json_build_object('type', im."type", 'value', im."value"::text, 'currency', im."currency",
          'baselineYear', im."baselineYear", 'method', im."method", 'verified', im."verified") ORDER BY im."type")
        FROM "ImpactMetric" im WHERE im."caseStudyId" = c."id"), '[]'::json) AS "metrics"
    FROM "CaseStudy" c JOIN "City" ci ON ci."id" = c."cityId"
    WHERE c."id" = ANY(${ids}::text[]) AND c."status" = 'PUBLISHED'`
  const byId = new Map<string, LibraryCard>()
  for (const row of rows) {
    byId.set(row.id, {
      ...row,
      metrics: row.metrics.map((metric) => ({ ...metric, value: new Prisma.Decimal(metric.value) })),
    } as LibraryCard)
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}
