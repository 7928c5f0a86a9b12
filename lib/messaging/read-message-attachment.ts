// The bytes of a file on a message, for the download route. Readable exactly when the message
// is: its conversation is visible to the actor (conversation.view, actor re-read from the
// database), an internal note's files only for the hub's side (conversation.manage), a hidden
// message's files for nobody. Everyone else, signed in or not, gets NOT_FOUND, never FORBIDDEN:
// a file URL reveals nothing about the conversation. Never cached publicly; PDFs are downloads.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { AttachmentFile } from '@/lib/uploads'
import { getFileStore } from '@/lib/uploads/file-store'
import { MessageAttachmentRefSchema } from '@/lib/validation/messaging'
import { conversationContext } from './shared'
import { noteRefusal } from '@/lib/security/refusals'

const notFound = () => new AppError('NOT_FOUND', 'File not found.')

export async function readMessageAttachment(heldActor: Actor | null, attachmentId: unknown): Promise<AttachmentFile> {
  const ref = MessageAttachmentRefSchema.safeParse({ attachmentId })
  if (!ref.success) throw notFound()
  const actor = heldActor ? await loadActor(db, heldActor.id) : null
  if (!actor) throw notFound()
  const attachment = await db.attachment.findUnique({
    where: { id: ref.data.attachmentId },
    select: {
      kind: true,
      storageKey: true,
      fileName: true,
      mimeType: true,
      byteSize: true,
      sha256: true,
      message: {
        select: {
          isInternalNote: true,
          hiddenAt: true,
          conversation: { select: { hubId: true, cities: { select: { cityId: true } } } },
        },
      },
    },
  })
  const message = attachment?.message
  if (!attachment || !message || message.hiddenAt) throw notFound()
  const context = conversationContext(message.conversation)
  if (!can(actor, 'conversation.view', context) || (message.isInternalNote && !can(actor, 'conversation.manage', context))) {
    noteRefusal({ actorId: actor.id, action: 'file.read', code: 'NOT_FOUND', targetType: 'Attachment', targetId: ref.data.attachmentId })
    throw notFound()
  }

  const stored = await getFileStore().get(attachment.storageKey)
  if (!stored) {
    console.error('message attachment without stored bytes', attachment.storageKey)
    throw notFound()
  }
  return {
    bytes: stored.bytes,
    contentType: attachment.mimeType,
    fileName: attachment.fileName,
    byteSize: attachment.byteSize,
    sha256: attachment.sha256,
    disposition: attachment.kind === 'IMAGE' ? 'inline' : 'attachment',
    isPublic: false,
  }
}
