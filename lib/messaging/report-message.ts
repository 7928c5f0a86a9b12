// Someone in a conversation reports a message (not their own) to the hub's managers, who may
// hide it (lib/messaging/hide-message.ts). One report per message and reporter (unique index).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { ReportMessageSchema } from '@/lib/validation/messaging'
import { getConversationFor, hubStaffIds } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export async function reportMessage(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ReportMessageSchema, rawInput)
  const message = await db.message.findUnique({
    where: { id: input.messageId },
    select: { id: true, conversationId: true, authorId: true, isInternalNote: true, hiddenAt: true },
  })
  if (!message) throw new AppError('NOT_FOUND', 'Message not found.')
  const conversation = await getConversationFor(
    actor,
    message.conversationId,
    message.isInternalNote ? 'conversation.manage' : 'message.report',
  )
  if (message.authorId === actor.id) throw new AppError('FORBIDDEN', 'You cannot report your own message.', { key: 'ownMessage' })
  if (message.hiddenAt) throw new AppError('CONFLICT', 'This message is already hidden.', { key: 'alreadyHidden' })

  let mailed = false
  try {
    const result = await db.$transaction(async (tx) => {
      const report = await tx.messageReport.create({
        data: { messageId: message.id, reporterId: actor.id, reason: input.reason },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'message.report',
        targetType: 'Message',
        targetId: message.id,
        hubId: conversation.hubId,
        metadata: { conversationId: conversation.id, reportId: report.id },
      })
      mailed = await notifyWithMail(
        tx,
        recipients(await hubStaffIds(tx, conversation.hubId, ['MANAGER']), actor.id),
        'message.reported',
        { conversationId: conversation.id, messageId: message.id, subject: conversation.subject, reporterName: actor.name },
      )
      return report
    })
    if (mailed) kickOutbox()
    return result
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'You already reported this message.', { key: 'alreadyReported' })
    throw error
  }
}
