// Building blocks of the messaging services; not a service itself.
//
// Decisions:
// - A conversation someone may not see does not exist for them: every lookup answers NOT_FOUND
//   unless `conversation.view` allows it, and only then is a more specific permission refused
//   with FORBIDDEN (e.g. a network admin, who reads but does not write).
// - Who is "in" a conversation is derived, never stored: the ACTIVE officials of its cities and
//   the officers and managers of its hub today. Leaving a city team or a hub ends access at once.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission, type Permission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { noteRefusal } from '@/lib/security/refusals'

type Tx = Prisma.TransactionClient


/** Edits are allowed this long after sending. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000

export const conversationForAccess = {
  id: true,
  hubId: true,
  status: true,
  subject: true,
  assignedToId: true,
  createdById: true,
  hub: { select: { slug: true, name: true } },
  cities: { select: { cityId: true } },
} satisfies Prisma.ConversationSelect

export type ConversationForAccess = Prisma.ConversationGetPayload<{ select: typeof conversationForAccess }>

export const conversationContext = (conversation: { hubId: string; cities: { cityId: string }[] }) => ({
  hubId: conversation.hubId,
  conversationCityIds: conversation.cities.map((city) => city.cityId),
})

export const conversationNotFound = () => new AppError('NOT_FOUND', 'Conversation not found.')

/** The conversation if the actor may see it (else NOT_FOUND) and do `permission` (else FORBIDDEN). */
export async function getConversationFor(
  actor: Actor,
  conversationId: string,
  permission: Permission = 'conversation.view',
  client: Tx | typeof db = db,
): Promise<ConversationForAccess> {
  const conversation = await client.conversation.findUnique({ where: { id: conversationId }, select: conversationForAccess })
  if (!conversation) throw conversationNotFound()
  if (!can(actor, 'conversation.view', conversationContext(conversation))) {
    noteRefusal({ actorId: actor.id, action: 'conversation.view', code: 'NOT_FOUND', targetType: 'Conversation', targetId: conversationId })
    throw conversationNotFound()
  }
  requirePermission(actor, permission, conversationContext(conversation))
  return conversation
}

/** Whether the actor sees the hub's side of a conversation (internal notes included). */
export const isStaffOf = (actor: Actor, hubId: string) =>
  actor.hubRoles.some((role) => role.hubId === hubId)

export async function hubStaffIds(tx: Tx, hubId: string, roles: ('OFFICER' | 'MANAGER')[] = ['OFFICER', 'MANAGER']) {
  const staff = await tx.hubRole.findMany({
    where: { hubId, role: { in: roles }, user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  return staff.map((row) => row.userId)
}

export async function cityOfficialIds(tx: Tx, cityIds: string[]) {
  const officials = await tx.cityOfficial.findMany({
    where: { cityId: { in: cityIds }, status: 'ACTIVE', user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  return officials.map((row) => row.userId)
}

/** Users blocked from messaging by a hub manager may read but not write. */
export async function requireMayWrite(actor: Actor) {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { messagingBlockedAt: true } })
  if (user?.messagingBlockedAt) throw new AppError('FORBIDDEN', 'You may not send messages.', { key: 'messagingBlocked' })
}

/** Who hears of a new message: the other side, and (for notes) the assignee only. */
export async function messageRecipients(
  tx: Tx,
  conversation: { hubId: string; assignedToId: string | null; cities: { cityId: string }[] },
  { fromStaff, internal }: { fromStaff: boolean; internal: boolean },
): Promise<string[]> {
  if (internal) return conversation.assignedToId ? [conversation.assignedToId] : []
  if (fromStaff) return cityOfficialIds(tx, conversation.cities.map((city) => city.cityId))
  return conversation.assignedToId ? [conversation.assignedToId] : hubStaffIds(tx, conversation.hubId)
}
