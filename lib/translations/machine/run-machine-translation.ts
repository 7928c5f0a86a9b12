// The machine-translation job: one per (subject, language, source hash). It translates the
// subject's current source into the language and stores it as an unreviewed MACHINE translation,
// or decides there is nothing to do:
// - 'stale': the source changed since the job was queued (the job for the new source does it);
// - 'notPublic': a case study that is not published (drafts are never sent to an engine);
// - 'human': a person's translation exists (even outdated): a machine never overwrites it;
// - 'current': a machine translation of this very source exists;
// - 'budget': this month's character budget would be exceeded (the job ends; nothing is sent).
// The characters are reserved before the call and given back if it fails; the failure is thrown
// so the queue retries the job. The result is written in one statement, after checking under
// lock that the source and the existing translation did not change meanwhile.
import 'server-only'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { auditTargetType, loadSubject, lockedSourceHash } from '../shared'
import { requiredFields } from '../subjects'
import { releaseCharacters, reserveCharacters } from './budget'
import { machineConfig, type MachineConfig } from './config'
import { engineFor, type MachineEngine } from './engines'
import { translateFields } from './translate-fields'

export type MachineJob = { subjectType: TranslationSubject; subjectId: string; language: string; sourceHash: string }

export type MachineOutcome = 'translated' | 'disabled' | 'stale' | 'notPublic' | 'notFound' | 'sameLanguage' | 'human' | 'current' | 'budget'

export async function runMachineTranslation(
  job: MachineJob,
  options: { config?: MachineConfig | null; engine?: MachineEngine; now?: Date } = {},
): Promise<MachineOutcome> {
  const config = options.config === undefined ? machineConfig() : options.config
  if (!config) return 'disabled'
  let subject
  try {
    subject = await loadSubject(null, job.subjectType, job.subjectId, { system: true })
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return 'notFound'
    throw error
  }
  if (!subject.isPublic) return 'notPublic'
  if (subject.hash !== job.sourceHash) return 'stale'
  if (subject.language === job.language) return 'sameLanguage'
  const key = { subjectType: subject.type, subjectId: subject.id, language: job.language }
  const existing = await db.contentTranslation.findUnique({ where: { subjectType_subjectId_language: key }, select: { origin: true, sourceHash: true } })
  if (existing && existing.origin !== 'MACHINE') return 'human'
  if (existing && existing.sourceHash === subject.hash) return 'current'

  const fields = Object.fromEntries(requiredFields(subject.type, subject.source).map((spec) => [spec.name, subject.source[spec.name]!]))
  const characters = Object.values(fields).reduce((sum, text) => sum + text.length, 0)
  const now = options.now ?? new Date()
  if (!(await reserveCharacters(characters, config.monthlyCharacters, now))) return 'budget'
  const engine = options.engine ?? engineFor(config)
  let translated: Record<string, string>
  try {
    translated = await translateFields(engine, fields, subject.language, job.language)
  } catch (error) {
    await releaseCharacters(characters, now)
    throw error
  }

  const outcome = await db.$transaction(async (tx) => {
    const source = await lockedSourceHash(tx, subject.type, subject.id)
    if (source.hash !== job.sourceHash) return 'stale' as const
    const [locked] = await tx.$queryRaw<{ id: string; origin: string }[]>`
      SELECT "id", "origin"::text AS origin FROM "ContentTranslation"
      WHERE "subjectType" = ${subject.type}::"TranslationSubject" AND "subjectId" = ${subject.id} AND "language" = ${job.language}
      FOR UPDATE`
    if (locked && locked.origin !== 'MACHINE') return 'human' as const
    const data = {
      fields: translated,
      origin: 'MACHINE' as const,
      engine: engine.name,
      status: 'NEEDS_REVIEW' as const,
      sourceLanguage: subject.language,
      sourceHash: source.hash,
      translatedById: null,
      reviewedById: null,
      reviewedAt: null,
      reviewHubId: null,
      reviewNote: null,
    }
    const saved = locked
      ? await tx.contentTranslation.update({ where: { id: locked.id }, data, select: { id: true } })
      : await tx.contentTranslation.create({ data: { ...key, ...data }, select: { id: true } })
    await writeAudit(tx, {
      actorId: null,
      action: 'translation.machine',
      targetType: auditTargetType[subject.type],
      targetId: subject.id,
      hubId: subject.reviewHubIds[0] ?? null,
      ip: null,
      metadata: { translationId: saved.id, language: job.language, engine: engine.name, characters },
    })
    await notifyPublicContentChange(tx)
    return 'translated' as const
  })
  if (outcome === 'translated') publicContentChanged()
  return outcome
}
