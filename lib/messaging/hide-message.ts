// A manager of the conversation's hub (or a network admin) hides a message: it stays in the
// database for the record but shows as hidden to everyone; its open reports are closed and its
// author is told why. Race-safe: only a message not yet hidden is hidden (conditional update).
// Hidden from a report (the manager console passes `reportId`), that report must still be open:
// a manager who dismissed it a moment earlier wins, and the hide rolls back. The message row is
// updated first, so this and a dismissal (which locks the message first too) never deadlock.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { HideMessageSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export async function hideMessage(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string; conversationId: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(HideMessageSchema, rawInput)
  const message = await db.message.findUnique({
    where: { id: input.messageId },
    select: { id: true, conversationId: true, authorId: true },
  })
  if (!message) throw new AppError('NOT_FOUND', 'Message not found.')
  const conversation = await getConversationFor(actor, message.conversationId, 'message.hide')

  let mailed = false
  const result = await db.$transaction(async (tx) => {
    const now = new Date()
    const hidden = await tx.message.updateMany({
      where: { id: message.id, hiddenAt: null },
      data: { hiddenAt: now, hiddenById: actor.id, hiddenReason: input.reason },
    })
    if (hidden.count !== 1) throw new AppError('CONFLICT', 'This message is already hidden.', { key: 'alreadyHidden' })
    if (input.reportId) {
      const claimed = await tx.messageReport.updateMany({
        where: { id: input.reportId, messageId: message.id, status: 'OPEN' },
        data: { status: 'HIDDEN', handledById: actor.id, handledAt: now },
      })
      if (claimed.count !== 1) throw new AppError('CONFLICT', 'This report has already been handled.', { key: 'reportHandled' })
    }
    await tx.messageReport.updateMany({
      where: { messageId: message.id, status: 'OPEN' },
      data: { status: 'HIDDEN', handledById: actor.id, handledAt: now },
    })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'message.hide',
      targetType: 'Message',
      targetId: message.id,
      hubId: conversation.hubId,
      reason: input.reason,
      metadata: { conversationId: conversation.id },
    })
    mailed = await notifyWithMail(tx, recipients([message.authorId], actor.id), 'message.hidden', {
      conversationId: conversation.id,
      subject: conversation.subject,
      reason: input.reason,
    })
    return { id: message.id, conversationId: conversation.id }
  })
  if (mailed) kickOutbox()
  return result
}
