// What readers get: the translation of a public subject into the page's language (one indexed
// query), or those of many subjects at once for the API (one query for a page of them, no N+1).
// Which translations are shown, and how they are marked, is decided in ./state.ts.
import 'server-only'
import { db } from '@/lib/db'
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

/** Every translation readers may see, of each subject given (the API's lists and details). */
export async function listReaderTranslations(
  type: TranslationSubject,
  subjects: { id: string; source: SourceFields }[],
): Promise<Map<string, ReaderTranslation[]>> {
  const result = new Map<string, ReaderTranslation[]>(subjects.map((subject) => [subject.id, []]))
  if (!subjects.length) return result
  const rows = await db.contentTranslation.findMany({
    where: { subjectType: type, subjectId: { in: subjects.map((subject) => subject.id) }, status: { not: 'CHANGES_REQUESTED' } },
    orderBy: [{ subjectId: 'asc' }, { language: 'asc' }],
    select: readerSelect,
  })
  const hashes = new Map(subjects.map((subject) => [subject.id, sourceHash(type, subject.source)]))
  for (const row of rows) result.get(row.subjectId)?.push(toReader(type, row, hashes.get(row.subjectId) ?? ''))
  return result
}
