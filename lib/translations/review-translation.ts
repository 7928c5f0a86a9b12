// A reviewer approves a translation or sends it back with a note: the officers and managers of
// the hubs that review the subject (a case study's city's hubs; a hub itself; a coalition's
// coordinating hub), never its own translator (separation of duties).
//
// - Approving needs the translation to be of the source as it is now: an outdated one answers
//   CONFLICT (it must be updated first), as does one edited since the reviewer opened it (`seen`).
// - Approve: APPROVED, in the name of the reviewer's hub (readers see "reviewed by <hub>").
//   Send back: CHANGES_REQUESTED with the note; readers no longer see it until it is edited.
// - Approving an approved one, or sending back one already sent back, is CONFLICT.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { TranslationStatus } from '@/lib/generated/prisma/enums'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { ReviewTranslationSchema } from '@/lib/validation/translation'
import { actingHubId, auditTargetType, loadSubject, lockedSourceHash } from './shared'

export type ReviewTranslationResult = { id: string; status: TranslationStatus; subjectType: string; subjectId: string; language: string }

const ownTranslation = () => new AppError('FORBIDDEN', 'You cannot review a translation you made.', { key: 'ownTranslation' })

export async function reviewTranslation(heldActor: Actor | null, rawInput: unknown): Promise<ReviewTranslationResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ReviewTranslationSchema, rawInput)
  const translation = await db.contentTranslation.findUnique({
    where: { id: input.translationId },
    select: { id: true, subjectType: true, subjectId: true, language: true, translatedById: true },
  })
  if (!translation) throw new AppError('NOT_FOUND', 'Translation not found.')
  const subject = await loadSubject(actor, translation.subjectType, translation.subjectId)
  const context = { ...subject.context, translatorId: translation.translatedById }
  if (translation.translatedById === actor.id && can(actor, 'translation.review', { ...context, translatorId: null })) throw ownTranslation()
  requirePermission(actor, 'translation.review', context)
  const hubId = actingHubId(actor, subject)
  const now = new Date()

  const status = await db.$transaction(async (tx) => {
    const source = await lockedSourceHash(tx, subject.type, subject.id)
    const [row] = await tx.$queryRaw<{ status: TranslationStatus; sourceHash: string; translatedById: string | null; updatedAt: Date }[]>`
      SELECT "status", "sourceHash", "translatedById", "updatedAt" FROM "ContentTranslation" WHERE "id" = ${translation.id} FOR UPDATE`
    if (!row) throw new AppError('NOT_FOUND', 'Translation not found.')
    if (row.updatedAt.getTime() !== new Date(input.seen).getTime()) {
      throw new AppError('CONFLICT', 'The translation was changed since you opened it. Reload to see it.', { key: 'translationChanged' })
    }
    if (row.translatedById === actor.id) throw ownTranslation()
    if (input.decision === 'approve') {
      if (row.status === 'APPROVED') throw new AppError('CONFLICT', 'This translation is already approved.', { key: 'translationAlreadyDecided' })
      if (row.sourceHash !== source.hash) {
        throw new AppError('CONFLICT', 'The original changed since this translation was made: it must be updated before it can be approved.', { key: 'translationOutdated' })
      }
    } else if (row.status === 'CHANGES_REQUESTED') {
      throw new AppError('CONFLICT', 'This translation was already sent back.', { key: 'translationAlreadyDecided' })
    }
    const next: TranslationStatus = input.decision === 'approve' ? 'APPROVED' : 'CHANGES_REQUESTED'
    await tx.contentTranslation.update({
      where: { id: translation.id },
      data: {
        status: next,
        reviewedById: actor.id,
        reviewedAt: now,
        reviewHubId: input.decision === 'approve' ? hubId : null,
        reviewNote: input.decision === 'sendBack' ? input.note : null,
      },
    })
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.decision === 'approve' ? 'translation.approve' : 'translation.sendBack',
      targetType: auditTargetType[subject.type],
      targetId: subject.id,
      hubId,
      reason: input.decision === 'sendBack' ? input.note : null,
      metadata: { translationId: translation.id, language: translation.language },
    })
    if (subject.isPublic) await notifyPublicContentChange(tx)
    return next
  })
  if (subject.isPublic) publicContentChanged()
  return { id: translation.id, status, subjectType: subject.type, subjectId: subject.id, language: translation.language }
}
