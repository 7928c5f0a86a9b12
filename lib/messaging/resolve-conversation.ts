// The hub side marks a conversation resolved; a new message from anyone reopens it
// (lib/messaging/send-message.ts). Resolving a resolved conversation is a CONFLICT.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { ConversationRefSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function resolveConversation(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConversationRefSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId, 'conversation.manage')

  return db.$transaction(async (tx) => {
    const resolved = await tx.conversation.updateMany({
      where: { id: conversation.id, status: 'OPEN' },
      data: { status: 'RESOLVED', resolvedAt: new Date() },
    })
    if (resolved.count !== 1) throw new AppError('CONFLICT', 'Already resolved.', { key: 'alreadyResolved' })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'conversation.resolve',
      targetType: 'Conversation',
      targetId: conversation.id,
      hubId: conversation.hubId,
    })
    return { id: conversation.id }
  })
}
