// Read state per user: the time up to which they have read the conversation. Called when the
// thread is shown; it only moves forward.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { ConversationRefSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function markConversationRead(heldActor: Actor | null, rawInput: unknown, now = new Date()): Promise<void> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConversationRefSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId)
  await db.$executeRaw`
    INSERT INTO "ConversationRead" ("conversationId", "userId", "lastReadAt")
    VALUES (${conversation.id}, ${actor.id}, ${now})
    ON CONFLICT ("conversationId", "userId")
    DO UPDATE SET "lastReadAt" = GREATEST("ConversationRead"."lastReadAt", EXCLUDED."lastReadAt")`
}
