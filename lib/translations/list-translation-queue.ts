// The translation review queue of a hub officer or manager: translations waiting for review
// (NEEDS_REVIEW) of what their hubs review (case studies of their hubs' member cities, their
// hubs' and coordinated coalitions' descriptions), optionally of one language, the longest
// waiting first. Outdated ones are listed (saying so): they need updating before approval.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'

import type { TranslationOrigin, TranslationSubject } from '@/lib/generated/prisma/enums'
import { parseInput } from '@/lib/service/kernel'
import { TranslationQueueSchema } from '@/lib/validation/translation'
import { sourceHash } from './subjects'

const QUEUE_LIMIT = 200

export type QueueItem = {
  id: string
  subjectType: TranslationSubject
  subjectId: string
  label: string
  sourceLanguage: string
  language: string
  origin: TranslationOrigin
  outdated: boolean
  ownTranslation: boolean
  translatorName: string | null
  updatedAt: Date
}

export type TranslationQueue = { items: QueueItem[]; languages: { language: string; count: number }[] }

type Row = {
  id: string
  subjectType: TranslationSubject
  subjectId: string
  language: string
  origin: TranslationOrigin
  sourceHash: string
  translatedById: string | null
  translatorName: string | null
  updatedAt: Date
  label: string
  sourceLanguage: string
  title: string | null
  summary: string | null
  body: string | null
  tenderClauses: string | null
  description: string | null
}

export async function listTranslationQueue(actor: Actor, rawInput: unknown = {}): Promise<TranslationQueue> {
  const input = parseInput(TranslationQueueSchema, rawInput)
  const hubIds = actor.status === 'ACTIVE' ? actor.hubRoles.map((role) => role.hubId) : []
  if (!hubIds.length) return { items: [], languages: [] }
  // One statement: the waiting translations of the three kinds of subject the actor's hubs review.
  const rows = await db.$queryRaw<Row[]>`
    WITH waiting AS (
      SELECT t.* FROM "ContentTranslation" t WHERE t."status" = 'NEEDS_REVIEW'
    ), subjects AS (
      SELECT w."id", c."title" AS label, c."language" AS "sourceLanguage", c."title", c."summary", c."body", c."tenderClauses", NULL::text AS description
      FROM waiting w JOIN "CaseStudy" c ON w."subjectType" = 'CASE_STUDY' AND c."id" = w."subjectId"
      WHERE EXISTS (SELECT 1 FROM "CityHubMembership" m WHERE m."cityId" = c."cityId" AND m."leftAt" IS NULL AND m."hubId" = ANY(${hubIds}::text[]))
      UNION ALL
      SELECT w."id", h."name", h."language", NULL, NULL, NULL, NULL, h."description"
      FROM waiting w JOIN "Hub" h ON w."subjectType" = 'HUB' AND h."id" = w."subjectId"
      WHERE h."id" = ANY(${hubIds}::text[])
      UNION ALL
      SELECT w."id", co."name", co."language", NULL, NULL, NULL, NULL, co."description"
      FROM waiting w JOIN "Coalition" co ON w."subjectType" = 'COALITION' AND co."id" = w."subjectId"
      WHERE co."coordinatingHubId" = ANY(${hubIds}::text[])
    )
    SELECT w."id", w."subjectType", w."subjectId", w."language", w."origin", w."sourceHash", w."translatedById", u."name" AS "translatorName",
      w."updatedAt", s.label, s."sourceLanguage", s."title", s."summary", s."body", s."tenderClauses", s.description
    FROM waiting w JOIN subjects s ON s."id" = w."id" LEFT JOIN "User" u ON u."id" = w."translatedById"
    ORDER BY w."updatedAt" ASC, w."id" ASC`
  const languages = new Map<string, number>()
  for (const row of rows) languages.set(row.language, (languages.get(row.language) ?? 0) + 1)
  const items = rows
    .filter((row) => !input.language || row.language === input.language)
    .slice(0, QUEUE_LIMIT)
    .map((row) => ({
      id: row.id,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      label: row.label,
      sourceLanguage: row.sourceLanguage,
      language: row.language,
      origin: row.origin,
      outdated: row.sourceHash !== sourceHash(row.subjectType, { title: row.title, summary: row.summary, body: row.body, tenderClauses: row.tenderClauses, description: row.description }),
      ownTranslation: row.translatedById === actor.id,
      translatorName: row.translatorName,
      updatedAt: row.updatedAt,
    }))
  return { items, languages: [...languages].map(([language, count]) => ({ language, count })).sort((a, b) => a.language.localeCompare(b.language)) }
}

