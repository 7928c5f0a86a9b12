// What readers get: the translation of a public subject into the page's language (one indexed
// query), or those of many subjects at once for the API (one query for a page of them, no N+1).
// Which translations are shown, and how they are marked, is decided in ./state.ts.
import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import type { TranslationOrigin, TranslationStatus, TranslationSubject } from '@/lib/generated/prisma/enums'
import { sourceHash, storedFields, type SourceFields } from './subjects'
import { isOutdated, isShownToReaders, readerMark, type ReaderMark } from './state'

export type ReaderTranslation = {
  language: string
  sourceLanguage: string
  fields: Record<string, string>
  origin: TranslationOrigin
  status: TranslationStatus
  outdated: boolean
  mark: ReaderMark
  reviewedAt: Date | null
  updatedAt: Date
}

const readerSelect = {
  subjectId: true,
  language: true,
  sourceLanguage: true,
  fields: true,
  origin: true,
  status: true,
  sourceHash: true,
  reviewedAt: true,
  updatedAt: true,
  reviewHub: { select: { name: true } },
} as const

type ReaderRow = {
  subjectId: string
  language: string
  sourceLanguage: string
  fields: unknown
  origin: TranslationOrigin
  status: TranslationStatus
  sourceHash: string
  reviewedAt: Date | null
  updatedAt: Date
  reviewHub: { name: string } | null
}

function toReader(type: TranslationSubject, row: ReaderRow, currentHash: string): ReaderTranslation {
  return {
    language: row.language,
    sourceLanguage: row.sourceLanguage,
    fields: storedFields(type, row.fields),
    origin: row.origin,
    status: row.status,
    outdated: isOutdated(row, currentHash),
    mark: readerMark({ status: row.status, origin: row.origin, reviewHubName: row.reviewHub?.name ?? null }),
    reviewedAt: row.reviewedAt,
    updatedAt: row.updatedAt,
  }
}

/**
 * The translation readers of `language` see instead of the source, or null (none, sent back,
 * or the page is in the source's language). The caller has the subject's source at hand.
 */
export async function findReaderTranslation(
  type: TranslationSubject,
  subject: { id: string; language: string; source: SourceFields },
  language: string,
): Promise<ReaderTranslation | null> {
  if (language === subject.language) return null
  const row = await db.contentTranslation.findUnique({
    where: { subjectType_subjectId_language: { subjectType: type, subjectId: subject.id, language } },
    select: readerSelect,
  })
  if (!row || !isShownToReaders(row)) return null
  return toReader(type, row, sourceHash(type, subject.source))
}

type ListRow = ReaderRow & { reviewHubSlug: string | null; reviewHubName: string | null; title: string | null; summary: string | null; body: string | null; tenderClauses: string | null; description: string | null }

/**
 * Every translation readers may see, of each subject given (the API's lists and details): one
 * statement, which also reads the sources the translations are compared with (outdated or not).
 */
export async function listReaderTranslations(type: TranslationSubject, ids: string[]): Promise<Map<string, (ReaderTranslation & { reviewHub: { slug: string; name: string } | null })[]>> {
  const result = new Map<string, (ReaderTranslation & { reviewHub: { slug: string; name: string } | null })[]>(ids.map((id) => [id, []]))
  if (!ids.length) return result
  const source =
    type === 'CASE_STUDY'
      ? Prisma.sql`SELECT "id", "title", "summary", "body", "tenderClauses", NULL::text AS description FROM "CaseStudy"`
      : type === 'HUB'
        ? Prisma.sql`SELECT "id", NULL::text AS title, NULL::text AS summary, NULL::text AS body, NULL::text AS "tenderClauses", "description" FROM "Hub"`
        : Prisma.sql`SELECT "id", NULL::text AS title, NULL::text AS summary, NULL::text AS body, NULL::text AS "tenderClauses", "description" FROM "Coalition"`
  const rows = await db.$queryRaw<ListRow[]>`
    SELECT t."subjectId", t."language", t."sourceLanguage", t."fields", t."origin", t."status", t."sourceHash", t."reviewedAt", t."updatedAt",
      h."slug" AS "reviewHubSlug", h."name" AS "reviewHubName", s."title", s."summary", s."body", s."tenderClauses", s."description"
    FROM "ContentTranslation" t JOIN (${source}) s ON s."id" = t."subjectId" LEFT JOIN "Hub" h ON h."id" = t."reviewHubId"
    WHERE t."subjectType" = ${type}::"TranslationSubject" AND t."subjectId" = ANY(${ids}::text[]) AND t."status" <> 'CHANGES_REQUESTED'
    ORDER BY t."subjectId", t."language"`
  for (const row of rows) {
    const hash = sourceHash(type, { title: row.title, summary: row.summary, body: row.body, tenderClauses: row.tenderClauses, description: row.description })
    const reviewHub = row.reviewHubSlug && row.reviewHubName ? { slug: row.reviewHubSlug, name: row.reviewHubName } : null
    result.get(row.subjectId)?.push({ ...toReader(type, { ...row, reviewHub }, hash), reviewHub })
  }
  return result
}
