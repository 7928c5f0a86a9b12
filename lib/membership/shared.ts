// Building blocks of the membership services; not a service itself and not re-exported.
//
// Decision: every service re-reads the actor from the database (`requireCurrentActor`) instead of
// trusting the Actor object it is handed. An Actor held across a suspension or a role removal
// (a long-running request, a script, a cached object) must not keep its old powers; the re-read
// costs one indexed query.
import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'

type Tx = Prisma.TransactionClient

/** Parses service input; a failure is INVALID with the field errors a form can show. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const flattened = z.flattenError(result.error) as { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> }
  const fields: Record<string, string[]> = {}
  for (const [field, messages] of Object.entries(flattened.fieldErrors)) {
    if (messages?.length) fields[field] = messages
  }
  const message = flattened.formErrors.length ? 'The request was malformed.' : 'Please correct the highlighted fields.'
  throw new AppError('INVALID', message, { fields })
}

/** The actor as the database sees them now: signed in, still existing, not suspended. */
export async function requireCurrentActor(held: Actor | null | undefined): Promise<Actor> {
  if (!held) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  const actor = await loadActor(db, held.id)
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  if (actor.status !== 'ACTIVE') throw new AppError('FORBIDDEN', 'Your account is suspended.', { key: 'suspended' })
  return actor
}

export type JoinTargetRef = {
  target: 'HUB' | 'COALITION'
  hubId: string | null
  coalitionId: string | null
  name: string
  slug: string
  /** Whose managers decide: the hub itself, or the coalition's coordinating hub (null: admins). */
  decidingHubId: string | null
}

/** Resolves a hub or coalition by slug; unknown → NOT_FOUND. */
export async function findJoinTarget(input: {
  target: 'HUB' | 'COALITION'
  hubSlug?: string
  coalitionSlug?: string
}): Promise<JoinTargetRef> {
  if (input.target === 'HUB') {
    const hub = await db.hub.findUnique({ where: { slug: input.hubSlug ?? '' }, select: { id: true, name: true, slug: true } })
    if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
    return { target: 'HUB', hubId: hub.id, coalitionId: null, name: hub.name, slug: hub.slug, decidingHubId: hub.id }
  }
  const coalition = await db.coalition.findUnique({
    where: { slug: input.coalitionSlug ?? '' },
    select: { id: true, name: true, slug: true, coordinatingHubId: true },
  })
  if (!coalition) throw new AppError('NOT_FOUND', 'Coalition not found.')
  return {
    target: 'COALITION',
    hubId: null,
    coalitionId: coalition.id,
    name: coalition.name,
    slug: coalition.slug,
    decidingHubId: coalition.coordinatingHubId,
  }
}

export async function networkAdminIds(tx: Tx): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { isNetworkAdmin: true, status: 'ACTIVE' }, select: { id: true } })
  return admins.map((admin) => admin.id)
}

/**
 * Who decides join requests for a hub: its active managers. A coalition without a coordinating
 * hub, or a hub without a manager, falls back to the network admins so a request is never unseen.
 */
export async function decidingManagerIds(tx: Tx, hubId: string | null): Promise<string[]> {
  if (hubId) {
    const managers = await tx.hubRole.findMany({
      where: { hubId, role: 'MANAGER', user: { status: 'ACTIVE' } },
      select: { userId: true },
    })
    if (managers.length) return managers.map((manager) => manager.userId)
  }
  return networkAdminIds(tx)
}

export async function activeFocalPointIds(tx: Tx, cityId: string): Promise<string[]> {
  const focalPoints = await tx.cityOfficial.findMany({
    where: { cityId, status: 'ACTIVE', role: 'FOCAL_POINT', user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  return focalPoints.map((focalPoint) => focalPoint.userId)
}

/** Recipients without blanks, duplicates, or the actor (nobody is notified of their own action). */
export function recipients(ids: (string | null | undefined)[], actorId: string): string[] {
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))]
}

/** "Already approved by Ama Mensah." — tells the loser of a race who won and how. */
export function alreadyDecided(verb: string, deciderName: string | null | undefined): AppError {
  return deciderName
    ? new AppError('CONFLICT', `Already ${verb} by ${deciderName}.`, { key: `already.${verb}`, values: { name: deciderName } })
    : new AppError('CONFLICT', `Already ${verb}.`)
}

export const joinRequestVerb: Record<'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN', string> = {
  PENDING: 'pending',
  APPROVED: 'approved',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
}
