// The author corrects their own message within 15 minutes of sending it; the thread shows it
// as edited. Race-safe: the update is conditional on author, window and not hidden, so an edit
// that arrives after the window (or after a manager hid the message) changes nothing.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { EditMessageSchema } from '@/lib/validation/messaging'
import { MESSAGE_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import { EDIT_WINDOW_MS, getConversationFor, requireMayWrite } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function editMessage(heldActor: Actor | null, rawInput: unknown, now = new Date()): Promise<{ id: string; conversationId: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(EditMessageSchema, rawInput)
  const message = await db.message.findUnique({
    where: { id: input.messageId },
    select: { id: true, conversationId: true, authorId: true, isInternalNote: true, hiddenAt: true },
  })
  if (!message) throw new AppError('NOT_FOUND', 'Message not found.')
  const conversation = await getConversationFor(
    actor,
    message.conversationId,
    message.isInternalNote ? 'conversation.manage' : 'conversation.view',
  )
  if (message.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only the author may edit a message.', { key: 'notAuthor' })
  await requireMayWrite(actor)

  return db.$transaction(async (tx) => {
    const edited = await tx.message.updateMany({
      where: { id: message.id, authorId: actor.id, hiddenAt: null, createdAt: { gte: new Date(now.getTime() - EDIT_WINDOW_MS) } },
      data: { body: input.body, ...renderForStorage(input.body, MESSAGE_HEADING_BASE), editedAt: now },
    })
    if (edited.count !== 1) throw new AppError('CONFLICT', 'This message can no longer be edited.', { key: 'editWindow' })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'message.edit',
      targetType: 'Message',
      targetId: message.id,
      hubId: conversation.hubId,
      metadata: { conversationId: conversation.id },
    })
    return { id: message.id, conversationId: conversation.id }
  })
}
