// The two inboxes. Officials see their city's conversations (shared by the city team); officers
// and managers see their hubs' shared inbox, filtered. Nobody else sees any conversation.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { HubInboxFilterSchema } from '@/lib/validation/messaging'
import { requireCurrentActor } from '@/lib/service/kernel'
import { unreadByConversation } from './unread'

const conversationRow = {
  id: true,
  subject: true,
  status: true,
  kind: true,
  createdAt: true,
  lastMessageAt: true,
  hub: { select: { slug: true, name: true } },
  assignedTo: { select: { id: true, name: true } },
  cities: { select: { city: { select: { name: true } } } },
} satisfies Prisma.ConversationSelect

export type ConversationRow = Prisma.ConversationGetPayload<{ select: typeof conversationRow }> & { unread: number }
export type HubInboxFilter = 'open' | 'mine' | 'unassigned' | 'resolved'

async function withUnread(actor: Actor, rows: Prisma.ConversationGetPayload<{ select: typeof conversationRow }>[]) {
  const unread = await unreadByConversation(actor, rows.map((row) => row.id))
  return rows.map((row) => ({ ...row, unread: unread.get(row.id) ?? 0 }))
}

/** The conversations of the actor's city (active officials only; anyone else gets an empty list). */
export async function listCityConversations(heldActor: Actor | null, take = 100): Promise<ConversationRow[]> {
  const actor = await requireCurrentActor(heldActor)
  if (!actor.city || actor.city.status !== 'ACTIVE') return []
  const rows = await db.conversation.findMany({
    where: { cities: { some: { cityId: actor.city.id } } },
    orderBy: { lastMessageAt: 'desc' },
    take,
    select: conversationRow,
  })
  return withUnread(actor, rows)
}

/** The shared inbox of the hubs where the actor is an officer or manager. */
export async function listHubConversations(heldActor: Actor | null, rawFilter: unknown, take = 100): Promise<ConversationRow[]> {
  const actor = await requireCurrentActor(heldActor)
  const hubIds = actor.hubRoles.map((role) => role.hubId)
  if (!hubIds.length) return []
  const filter: HubInboxFilter = HubInboxFilterSchema.parse(rawFilter)
  const where: Prisma.ConversationWhereInput = { hubId: { in: hubIds } }
  if (filter === 'resolved') where.status = 'RESOLVED'
  else {
    where.status = 'OPEN'
    if (filter === 'mine') where.assignedToId = actor.id
    if (filter === 'unassigned') where.assignedToId = null
  }
  const rows = await db.conversation.findMany({
    where,
    orderBy: { lastMessageAt: 'desc' },
    take,
    select: conversationRow,
  })
  return withUnread(actor, rows)
}

/** The hubs an official may ask: those their city currently belongs to. */
export async function listAskableHubs(heldActor: Actor | null) {
  const actor = await requireCurrentActor(heldActor)
  if (!actor.city || actor.city.status !== 'ACTIVE' || !actor.city.hubIds.length) return []
  return db.hub.findMany({ where: { id: { in: actor.city.hubIds } }, orderBy: { name: 'asc' }, select: { slug: true, name: true } })
}
