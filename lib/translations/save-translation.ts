// Adds or edits the translation of a subject into one language: a case study's authors (while
// officials of its city) and the officers and managers of its city's hubs; a hub's or
// coalition's description, that hub's officers and managers (lib/auth/permissions.ts).
//
// - Every save needs a fresh review (NEEDS_REVIEW) and records who translated it; a person's
//   edit of a machine translation makes it MACHINE_POST_EDITED (its engine is kept).
// - It is stamped with the source hash the translator worked from, which must be the source's
//   hash now (read under a share lock): a source changed while translating answers CONFLICT.
// - Refused with nothing written: a translation into the source language, a language that is
//   no ISO 639-1 code, an empty field whose source has text, text for a field the source does not
//   have, an unknown field, text over the field's limit or with control characters.
// - Saving exactly what is stored, for the same source, changes nothing.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError, conflict, isUniqueViolation } from '@/lib/errors'
import type { TranslationOrigin, TranslationStatus } from '@/lib/generated/prisma/enums'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { multilineText, singleLine } from '@/lib/validation/case-study'
import { SaveTranslationSchema } from '@/lib/validation/translation'
import { actingHubId, auditTargetType, loadSubject, lockedSourceHash, type Subject } from './shared'
import { requiredFields, storedFields, subjectFields } from './subjects'

export type SaveTranslationResult = {
  id: string
  language: string
  origin: TranslationOrigin
  status: TranslationStatus
  changed: boolean
}

/** The translated fields, each checked against its source field's rules; INVALID lists every problem. */
export function checkTranslatedFields(subject: Pick<Subject, 'type' | 'source'>, given: Record<string, string>): Record<string, string> {
  const problems: Record<string, string[]> = {}
  const known = new Set<string>(subjectFields[subject.type].map((spec) => spec.name))
  for (const name of Object.keys(given)) if (!known.has(name)) problems[name] = ['unknownField']
  const required = new Set(requiredFields(subject.type, subject.source).map((spec) => spec.name))
  const result: Record<string, string> = {}
  for (const spec of subjectFields[subject.type]) {
    const raw = given[spec.name]
    const blank = raw === undefined || raw.trim() === ''
    if (!required.has(spec.name)) {
      if (!blank) problems[spec.name] = ['notInSource']
      continue
    }
    const parsed = (spec.multiline ? multilineText(1, spec.max) : singleLine(1, spec.max)).safeParse(raw ?? '')
    if (parsed.success) result[spec.name] = parsed.data
    else problems[spec.name] = [...new Set(parsed.error.issues.map((issue) => issue.message))]
  }
  if (Object.keys(problems).length) throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields: problems })
  return result
}

const sameFields = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value)

export async function saveTranslation(heldActor: Actor | null, rawInput: unknown): Promise<SaveTranslationResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SaveTranslationSchema, rawInput)
  const subject = await loadSubject(actor, input.subjectType, input.subjectId)
  requirePermission(actor, 'translation.edit', subject.context)
  if (input.language === subject.language) {
    throw new AppError('INVALID', 'A translation cannot be in the language of the original.', { fields: { language: ['sameAsSource'] } })
  }
  const fields = checkTranslatedFields(subject, input.fields)

  const key = { subjectType: subject.type, subjectId: subject.id, language: input.language }
  let result: SaveTranslationResult
  try {
    result = await db.$transaction(async (tx) => {
      const source = await lockedSourceHash(tx, subject.type, subject.id)
      if (source.hash !== input.sourceHash || source.language !== subject.language) {
        throw new AppError('CONFLICT', 'The original changed while you were translating. Reload to see it.', { key: 'translationSourceChanged' })
      }
      const [locked] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "ContentTranslation"
        WHERE "subjectType" = ${subject.type}::"TranslationSubject" AND "subjectId" = ${subject.id} AND "language" = ${input.language}
        FOR UPDATE`
      const existing = locked
        ? await tx.contentTranslation.findUniqueOrThrow({ where: { id: locked.id }, select: { id: true, origin: true, status: true, fields: true, sourceHash: true } })
        : null
      if (existing && existing.sourceHash === source.hash && sameFields(storedFields(subject.type, existing.fields), fields)) {
        return { id: existing.id, language: input.language, origin: existing.origin, status: existing.status, changed: false }
      }
      const origin: TranslationOrigin = !existing || existing.origin === 'HUMAN' ? 'HUMAN' : 'MACHINE_POST_EDITED'
      const data = {
        fields,
        origin,
        status: 'NEEDS_REVIEW' as const,
        sourceLanguage: subject.language,
        sourceHash: source.hash,
        translatedById: actor.id,
        reviewedById: null,
        reviewedAt: null,
        reviewHubId: null,
      }
      const saved = existing
        ? await tx.contentTranslation.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.contentTranslation.create({ data: { ...key, ...data }, select: { id: true } })
      await writeAudit(tx, {
        actorId: actor.id,
        action: existing ? 'translation.update' : 'translation.create',
        targetType: auditTargetType[subject.type],
        targetId: subject.id,
        hubId: actingHubId(actor, subject) ?? subject.reviewHubIds[0] ?? null,
        metadata: { translationId: saved.id, language: input.language, origin },
      })
      if (subject.isPublic) await notifyPublicContentChange(tx)
      return { id: saved.id, language: input.language, origin, status: 'NEEDS_REVIEW' as const, changed: true }
    })
  } catch (error) {
    // Two first translations into one language at once: the unique index keeps one.
    if (isUniqueViolation(error)) throw conflict('This translation was just created by someone else. Reload to see it.')
    throw error
  }
  if (result.changed && subject.isPublic) publicContentChanged()
  return result
}
