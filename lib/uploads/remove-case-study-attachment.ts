// An active official of the city removes a file from a case study, in any state: taking a file
// down never needs review (it may be urgent: a document with personal data). If it was the
// cover, the case study has no cover any more (the foreign key sets it to null). The row goes in
// the transaction, the bytes after the commit: a crash in between leaves an orphan file, which
// is harmless, never a row pointing at nothing.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { addCoAuthor, assertVisible, findCaseStudyForAction, lockCaseStudy, permissionContextOf } from '@/lib/case-studies/shared'
import { assertLegal } from '@/lib/case-studies/workflow'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { RemoveCaseStudyAttachmentSchema } from '@/lib/validation/case-study'
import { getFileStore } from './file-store'

export type RemovedAttachment = { id: string; caseStudyId: string }

export async function removeCaseStudyAttachment(heldActor: Actor | null, rawInput: unknown): Promise<RemovedAttachment> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RemoveCaseStudyAttachmentSchema, rawInput)
  const attachment = await db.attachment.findUnique({
    where: { id: input.attachmentId },
    select: { id: true, storageKey: true, caseStudyId: true, kind: true },
  })
  if (!attachment?.caseStudyId) throw new AppError('NOT_FOUND', 'File not found.')
  const caseStudy = await findCaseStudyForAction(attachment.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.edit', context)

  await db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    assertLegal('removeAttachment', state)
    const removed = await tx.attachment.deleteMany({ where: { id: attachment.id, caseStudyId: caseStudy.id } })
    if (removed.count !== 1) throw new AppError('NOT_FOUND', 'File not found.')
    await addCoAuthor(tx, caseStudy.id, actor.id)
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.removeAttachment',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      metadata: { attachmentId: attachment.id, kind: attachment.kind },
    })
  })
  await getFileStore()
    .delete(attachment.storageKey)
    .catch((error) => console.error('could not delete a removed upload', error))
  return { id: attachment.id, caseStudyId: caseStudy.id }
}
