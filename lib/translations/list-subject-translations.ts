// The translations page of one subject (a case study on the officials' desk): its source, and
// every language it could be read in with the state of its translation (missing, needs review,
// sent back, approved; outdated; human or machine). Visible to whoever may translate or review
// it; anyone else gets NOT_FOUND, as for a draft.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { TranslationOrigin, TranslationStatus, TranslationSubject } from '@/lib/generated/prisma/enums'
import { locales } from '@/lib/i18n/config'
import { noteRefusal } from '@/lib/security/refusals'
import { primaryLanguages } from '@/lib/validation/case-study'
import { loadSubject, type Subject } from './shared'
import { storedFields } from './subjects'
import { isOutdated, stateOf, type TranslationState } from './state'

export type SubjectTranslation = {
  id: string
  language: string
  state: TranslationState
  origin: TranslationOrigin
  status: TranslationStatus
  outdated: boolean
  fields: Record<string, string>
  engine: string | null
  translatorId: string | null
  translatorName: string | null
  reviewerName: string | null
  reviewHubName: string | null
  reviewNote: string | null
  reviewedAt: Date | null
  updatedAt: Date
  canReview: boolean
}

export type LanguageRow = { language: string; translation: SubjectTranslation | null }

export type SubjectTranslations = {
  subject: Subject
  canEdit: boolean
  languages: LanguageRow[]
}

export async function listSubjectTranslations(actor: Actor | null, type: TranslationSubject, id: string): Promise<SubjectTranslations> {
  const subject = await loadSubject(actor, type, id)
  const canEdit = can(actor, 'translation.edit', subject.context)
  const mayReview = (translatorId: string | null) => can(actor, 'translation.review', { ...subject.context, translatorId })
  if (!canEdit && !mayReview(null)) {
    noteRefusal({ actorId: actor?.id ?? null, action: 'translation.edit', code: 'NOT_FOUND', targetType: 'ContentTranslation', targetId: id })
    throw new AppError('NOT_FOUND', 'Not found.')
  }
  const rows = await db.contentTranslation.findMany({
    where: { subjectType: type, subjectId: id },
    orderBy: { language: 'asc' },
    select: {
      id: true,
      language: true,
      origin: true,
      status: true,
      sourceHash: true,
      fields: true,
      engine: true,
      translatedById: true,
      reviewNote: true,
      reviewedAt: true,
      updatedAt: true,
      translatedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      reviewHub: { select: { name: true } },
    },
  })
  const byLanguage = new Map(
    rows.map((row) => [
      row.language,
      {
        id: row.id,
        language: row.language,
        state: stateOf(row),
        origin: row.origin,
        status: row.status,
        outdated: isOutdated(row, subject.hash),
        fields: storedFields(type, row.fields),
        engine: row.engine,
        translatorId: row.translatedById,
        translatorName: row.translatedBy?.name ?? null,
        reviewerName: row.reviewedBy?.name ?? null,
        reviewHubName: row.reviewHub?.name ?? null,
        reviewNote: row.reviewNote,
        reviewedAt: row.reviewedAt,
        updatedAt: row.updatedAt,
        canReview: mayReview(row.translatedById),
      } satisfies SubjectTranslation,
    ]),
  )
  const languages = [...new Set<string>([...locales, ...primaryLanguages, ...byLanguage.keys()])].filter((language) => language !== subject.language)
  return { subject, canEdit, languages: languages.map((language) => ({ language, translation: byLanguage.get(language) ?? null })) }
}

/** One translation with its subject's page (the review view); NOT_FOUND for anyone who may not see it. */
export async function findTranslationForReview(actor: Actor | null, translationId: string): Promise<{ page: SubjectTranslations; translation: SubjectTranslation }> {
  const row = await db.contentTranslation.findUnique({ where: { id: translationId }, select: { subjectType: true, subjectId: true, language: true } })
  if (!row) throw new AppError('NOT_FOUND', 'Translation not found.')
  const page = await listSubjectTranslations(actor, row.subjectType, row.subjectId)
  const translation = page.languages.find((entry) => entry.language === row.language)?.translation
  if (!translation) throw new AppError('NOT_FOUND', 'Translation not found.')
  return { page, translation }
}
