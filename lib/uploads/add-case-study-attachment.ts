// An active official of the city adds an image or a PDF to a case study that is not public
// (DRAFT, CHANGES_REQUESTED, UNPUBLISHED): files of a published case study are public at once
// and revisions do not carry files, so adding one then would skip review (CONFLICT,
// illegalTransition). The file is judged by its content and re-encoded (process-upload.ts)
// before anything is stored; then the bytes are written under a random key and the row
// committed; if the row cannot be committed the bytes are deleted again. At most 20 files per
// case study, within the uploader's hourly quota and the city's storage (quota.ts).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { addCoAuthor, assertVisible, findCaseStudyForAction, lockCaseStudy, permissionContextOf } from '@/lib/case-studies/shared'
import { assertLegal } from '@/lib/case-studies/workflow'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { AddCaseStudyAttachmentSchema } from '@/lib/validation/case-study'
import { sanitiseFileName } from './file-name'
import { getFileStore, newStorageKey } from './file-store'
import { processUpload } from './process-upload'
import { assertCityStorage, consumeUploadQuota } from './quota'

export const MAX_ATTACHMENTS_PER_CASE_STUDY = 20

export type AddedAttachment = {
  id: string
  kind: 'IMAGE' | 'PDF'
  fileName: string
  mimeType: string
  byteSize: number
  width: number | null
  height: number | null
  isCover: boolean
}

export async function addCaseStudyAttachment(heldActor: Actor | null, rawInput: unknown): Promise<AddedAttachment> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(AddCaseStudyAttachmentSchema, rawInput)
  const caseStudy = await findCaseStudyForAction(input.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.edit', context)
  // Early answer before the expensive part; the transaction checks again under the lock.
  assertLegal('addAttachment', { status: caseStudy.status, openRevision: null })

  await consumeUploadQuota(actor.id)
  const file = await processUpload(input.kind, input.bytes)
  const fileName = sanitiseFileName(input.fileName, file.extension)
  const storageKey = newStorageKey()
  const store = getFileStore()
  await store.put(storageKey, file.bytes, file.mimeType)

  try {
    return await db.$transaction(async (tx) => {
      const state = await lockCaseStudy(tx, caseStudy.id)
      assertLegal('addAttachment', state)
      if ((await tx.attachment.count({ where: { caseStudyId: caseStudy.id } })) >= MAX_ATTACHMENTS_PER_CASE_STUDY) {
        throw new AppError('INVALID', `A case study can have at most ${MAX_ATTACHMENTS_PER_CASE_STUDY} files.`, {
          key: 'tooManyAttachments',
          values: { max: String(MAX_ATTACHMENTS_PER_CASE_STUDY) },
        })
      }
      await assertCityStorage(tx, caseStudy.cityId, file.byteSize)
      const attachment = await tx.attachment.create({
        data: {
          kind: file.kind,
          storageKey,
          fileName,
          mimeType: file.mimeType,
          byteSize: file.byteSize,
          sha256: file.sha256,
          width: file.width,
          height: file.height,
          altText: input.altText ?? null,
          caseStudyId: caseStudy.id,
          uploadedById: actor.id,
        },
        select: { id: true },
      })
      const isCover = input.asCover === true
      if (isCover) await tx.caseStudy.update({ where: { id: caseStudy.id }, data: { coverImageId: attachment.id } })
      await addCoAuthor(tx, caseStudy.id, actor.id)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'caseStudy.addAttachment',
        targetType: 'CaseStudy',
        targetId: caseStudy.id,
        metadata: { attachmentId: attachment.id, kind: file.kind, mimeType: file.mimeType, byteSize: file.byteSize, isCover },
      })
      return {
        id: attachment.id,
        kind: file.kind,
        fileName,
        mimeType: file.mimeType,
        byteSize: file.byteSize,
        width: file.width,
        height: file.height,
        isCover,
      }
    })
  } catch (error) {
    await store.delete(storageKey).catch((cleanupError) => console.error('could not delete an uncommitted upload', cleanupError))
    throw error
  }
}
