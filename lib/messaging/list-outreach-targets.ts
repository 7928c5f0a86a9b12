// The cities a hub's officers and managers may write to first: the current member cities of
// each hub where the actor is an officer or manager (anyone else: none).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { requireCurrentActor } from '@/lib/service/kernel'

export type OutreachTarget = { hubSlug: string; hubName: string; citySlug: string; cityName: string }

export async function listOutreachTargets(heldActor: Actor | null): Promise<OutreachTarget[]> {
  const actor = await requireCurrentActor(heldActor)
  const hubIds = actor.hubRoles.map((role) => role.hubId)
  if (!hubIds.length) return []
  const memberships = await db.cityHubMembership.findMany({
    where: { hubId: { in: hubIds }, leftAt: null },
    orderBy: [{ hub: { name: 'asc' } }, { city: { name: 'asc' } }],
    select: { hub: { select: { slug: true, name: true } }, city: { select: { slug: true, name: true } } },
  })
  return memberships.map(({ hub, city }) => ({ hubSlug: hub.slug, hubName: hub.name, citySlug: city.slug, cityName: city.name }))
}
