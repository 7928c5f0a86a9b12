// The hub side reopens a resolved conversation (a question that turns out not to be settled),
// without having to write a message to do it. Reopening an open conversation is a CONFLICT.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { ConversationRefSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function reopenConversation(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConversationRefSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId, 'conversation.manage')

  return db.$transaction(async (tx) => {
    const reopened = await tx.conversation.updateMany({
      where: { id: conversation.id, status: 'RESOLVED' },
      data: { status: 'OPEN', resolvedAt: null },
    })
    if (reopened.count !== 1) throw new AppError('CONFLICT', 'Already open.', { key: 'alreadyOpen' })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'conversation.reopen',
      targetType: 'Conversation',
      targetId: conversation.id,
      hubId: conversation.hubId,
    })
    return { id: conversation.id }
  })
}
