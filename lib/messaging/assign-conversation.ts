// An officer or manager of the conversation's hub assigns it to themselves or a colleague.
// The assignee must be an (active) officer or manager of that hub: anyone else is INVALID.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { AssignConversationSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export async function assignConversation(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string; assignedToId: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(AssignConversationSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId, 'conversation.manage')
  const assignee = await db.hubRole.findFirst({
    where: { hubId: conversation.hubId, userId: input.assigneeId, user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  if (!assignee) {
    throw new AppError('INVALID', 'Choose an officer or manager of this hub.', { fields: { assigneeId: ['notHubStaff'] } })
  }

  let mailed = false
  const result = await db.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: conversation.id }, data: { assignedToId: assignee.userId } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'conversation.assign',
      targetType: 'Conversation',
      targetId: conversation.id,
      hubId: conversation.hubId,
      metadata: { assignedToId: assignee.userId, previousAssigneeId: conversation.assignedToId },
    })
    mailed = await notifyWithMail(tx, recipients([assignee.userId], actor.id), 'conversation.assigned', {
      conversationId: conversation.id,
      subject: conversation.subject,
      assignerName: actor.name,
    })
    return { id: conversation.id, assignedToId: assignee.userId }
  })
  if (mailed) kickOutbox()
  return result
}
