// Unread counts, computed from ConversationRead: a message is unread for a user when someone
// else wrote it after the user last read the conversation, it is not hidden, and (for internal
// notes) the user is on the hub's side. One query per list, not one per conversation.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'

const staffHubIds = (actor: Actor) => actor.hubRoles.map((role) => role.hubId)
const activeCityId = (actor: Actor) => (actor.city?.status === 'ACTIVE' ? actor.city.id : '')

/** Unread messages per conversation id (absent: none), for conversations the caller already authorised. */
export async function unreadByConversation(actor: Actor, conversationIds: string[]): Promise<Map<string, number>> {
  if (!conversationIds.length) return new Map()
  const rows = await db.$queryRaw<{ id: string; unread: number }[]>`
    SELECT m."conversationId" AS id, count(*)::int AS unread
      FROM "Message" m
      JOIN "Conversation" c ON c.id = m."conversationId"
      LEFT JOIN "ConversationRead" r ON r."conversationId" = m."conversationId" AND r."userId" = ${actor.id}
     WHERE m."conversationId" = ANY(${conversationIds}::text[])
       AND m."authorId" IS DISTINCT FROM ${actor.id}
       AND m."hiddenAt" IS NULL
       AND (NOT m."isInternalNote" OR c."hubId" = ANY(${staffHubIds(actor)}::text[]))
       AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")
     GROUP BY m."conversationId"`
  return new Map(rows.map((row) => [row.id, row.unread]))
}

/** How many of the conversations the actor may see have something unread (the header badge). */
export async function countUnreadConversations(actor: Actor | null): Promise<number> {
  if (!actor || actor.status !== 'ACTIVE') return 0
  const hubIds = staffHubIds(actor)
  const cityId = activeCityId(actor)
  if (!hubIds.length && !cityId) return 0
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT c.id)::int AS count
      FROM "Conversation" c
      JOIN "Message" m ON m."conversationId" = c.id
      LEFT JOIN "ConversationRead" r ON r."conversationId" = c.id AND r."userId" = ${actor.id}
     WHERE (c."hubId" = ANY(${hubIds}::text[])
            OR EXISTS (SELECT 1 FROM "ConversationCity" cc WHERE cc."conversationId" = c.id AND cc."cityId" = ${cityId}))
       AND m."authorId" IS DISTINCT FROM ${actor.id}
       AND m."hiddenAt" IS NULL
       AND (NOT m."isInternalNote" OR c."hubId" = ANY(${hubIds}::text[]))
       AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")`
  return row?.count ?? 0
}
