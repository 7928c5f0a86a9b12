// One published case study, its related case studies and the network medians its metrics are
// compared with. Anything not PUBLISHED is "not found", whoever asks.
import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { MetricType } from '@/lib/generated/prisma/enums'
import { createCache } from './cache'
import { libraryCard, libraryDetail, type LibraryCard, type LibraryDetail } from './selects'

// Published pages may be served a few seconds stale (the same short cache as the library).
const detailCache = createCache<LibraryDetail | null>('library-detail')

export function findPublishedCaseStudy(slug: string): Promise<LibraryDetail | null> {
  return detailCache.get(slug, () => db.caseStudy.findFirst({ where: { slug, status: 'PUBLISHED' }, select: libraryDetail }))
}

/** How many recent published case studies sharing a topic are ranked for "related". */
const RELATED_CANDIDATES = 200

/**
 * Published case studies sharing the most topics with this one, newest first among equals.
 * Candidates are the most recent published case studies sharing at least one topic (walked
 * along the status/publishedAt index), which keeps the cost flat as the library grows.
 */
export function relatedSql(caseStudyId: string, take: number): Prisma.Sql {
  return Prisma.sql`
    WITH mine AS (SELECT "topicId" FROM "CaseStudyTopic" WHERE "caseStudyId" = ${caseStudyId}),
    candidates AS (
      SELECT c."id", c."publishedAt" FROM "CaseStudy" c
      WHERE c."status" = 'PUBLISHED' AND c."id" <> ${caseStudyId}
        AND EXISTS (SELECT 1 FROM "CaseStudyTopic" ct WHERE ct."caseStudyId" = c."id" AND ct."topicId" IN (SELECT "topicId" FROM mine))
      ORDER BY c."publishedAt" DESC
      LIMIT ${RELATED_CANDIDATES}
    )
    SELECT k."id" FROM candidates k
    JOIN "CaseStudyTopic" ct ON ct."caseStudyId" = k."id" AND ct."topicId" IN (SELECT "topicId" FROM mine)
    GROUP BY k."id", k."publishedAt"
    ORDER BY count(*) DESC, k."publishedAt" DESC, k."id" DESC
    LIMIT ${take}`
}

const relatedCache = createCache<LibraryCard[]>('library-related')

export function listRelated(caseStudyId: string, take = 3): Promise<LibraryCard[]> {
  return relatedCache.get(`${caseStudyId}|${take}`, async () => {
    const ids = (await db.$queryRaw<{ id: string }[]>(relatedSql(caseStudyId, take))).map((row) => row.id)
    if (!ids.length) return []
    const rows = await db.caseStudy.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, select: libraryCard })
    const byId = new Map(rows.map((row) => [row.id, row]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  })
}

export type MetricMedian = { type: MetricType; currency: string | null; median: number; count: number }

// Medians move slowly; a ten-minute view is plenty for a comparison bar.
const medianCache = createCache<MetricMedian[]>('library-medians', {
  ttlMs: process.env.NODE_ENV === 'production' ? 10 * 60_000 : 0,
})

/** The median value of each metric type (per currency for costs) over published case studies. */
export function getNetworkMedians(): Promise<MetricMedian[]> {
  return medianCache.get('all', async () => {
    const rows = await db.$queryRaw<{ type: MetricType; currency: string | null; median: number; count: number }[]>`
      SELECT im."type", im."currency", percentile_cont(0.5) WITHIN GROUP (ORDER BY im."value")::float8 AS median,
             count(*)::int AS count
      FROM "ImpactMetric" im JOIN "CaseStudy" c ON c."id" = im."caseStudyId"
      WHERE c."status" = 'PUBLISHED'
      GROUP BY im."type", im."currency"`
    return rows.map((row) => ({ ...row, currency: row.currency?.trim() ?? null }))
  })
}

/** Published case studies by slug, in the order asked; unknown or unpublished slugs are left out. */
export async function findPublishedForCompare(slugs: string[]): Promise<LibraryDetail[]> {
  const rows = await db.caseStudy.findMany({ where: { slug: { in: slugs }, status: 'PUBLISHED' }, select: libraryDetail })
  const bySlug = new Map(rows.map((row) => [row.slug, row]))
  return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
}
