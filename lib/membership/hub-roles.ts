// Network admins appoint hub officers and managers and remove them. One role per user and hub
// (unique index); appointing someone who already has a role in the hub changes that role.
//
// Decision: the user's sessionVersion is not bumped. Every request re-reads the actor's roles
// from the database, so a new or removed role takes effect on the next request without signing
// the person out.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { AppointHubRoleSchema, RemoveHubRoleSchema } from '@/lib/validation/membership'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export type AppointHubRoleResult = { userId: string; hubSlug: string; role: 'OFFICER' | 'MANAGER' }
export type RemoveHubRoleResult = { userId: string; hubSlug: string }

async function findHub(slug: string) {
  const hub = await db.hub.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } })
  if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
  return hub
}

export async function appointHubRole(heldActor: Actor | null, rawInput: unknown): Promise<AppointHubRoleResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(AppointHubRoleSchema, rawInput)
  requirePermission(actor, 'hubRole.appoint')

  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, status: true } })
  if (!user) throw new AppError('NOT_FOUND', 'No user has this e-mail address.', { key: 'noSuchUser' })
  if (user.status !== 'ACTIVE') throw new AppError('CONFLICT', 'This user is suspended and cannot hold a hub role.', { key: 'userSuspended' })
  const hub = await findHub(input.hubSlug)

  try {
    return await db.$transaction(async (tx) => {
      const previous = await tx.hubRole.findUnique({
        where: { userId_hubId: { userId: user.id, hubId: hub.id } },
        select: { role: true },
      })
      await tx.hubRole.upsert({
        where: { userId_hubId: { userId: user.id, hubId: hub.id } },
        create: { userId: user.id, hubId: hub.id, role: input.role, appointedById: actor.id },
        update: { role: input.role, appointedById: actor.id },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'hubRole.appoint',
        targetType: 'User',
        targetId: user.id,
        hubId: hub.id,
        metadata: { role: input.role, previousRole: previous?.role ?? null },
      })
      await notify(tx, recipients([user.id], actor.id), 'hubRole.appointed', {
        hubName: hub.name,
        hubSlug: hub.slug,
        role: input.role,
      })
      return { userId: user.id, hubSlug: hub.slug, role: input.role }
    })
  } catch (error) {
    // Two admins appointing the same person at once: the second retries with fresh data.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'This role was changed meanwhile; reload and try again.')
    throw error
  }
}

export async function removeHubRole(heldActor: Actor | null, rawInput: unknown): Promise<RemoveHubRoleResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RemoveHubRoleSchema, rawInput)
  requirePermission(actor, 'hubRole.remove')

  const hub = await findHub(input.hubSlug)
  const noRole = new AppError('NOT_FOUND', `This person has no role in ${hub.name}.`)

  return db.$transaction(async (tx) => {
    const current = await tx.hubRole.findUnique({
      where: { userId_hubId: { userId: input.userId, hubId: hub.id } },
      select: { id: true, role: true },
    })
    if (!current) throw noRole
    const removed = await tx.hubRole.deleteMany({ where: { id: current.id } })
    if (removed.count !== 1) throw noRole
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'hubRole.remove',
      targetType: 'User',
      targetId: input.userId,
      hubId: hub.id,
      metadata: { previousRole: current.role },
    })
    await notify(tx, recipients([input.userId], actor.id), 'hubRole.removed', {
      hubName: hub.name,
      hubSlug: hub.slug,
      role: current.role,
    })
    return { userId: input.userId, hubSlug: hub.slug }
  })
}
