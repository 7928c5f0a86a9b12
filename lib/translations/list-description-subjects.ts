// The descriptions a hub officer or manager may translate and review: their hubs' and the
// coalitions those hubs coordinate.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'

export type DescriptionSubject = { type: 'HUB' | 'COALITION'; id: string; name: string }

export async function listDescriptionSubjects(actor: Actor): Promise<DescriptionSubject[]> {
  const hubIds = actor.status === 'ACTIVE' ? actor.hubRoles.map((role) => role.hubId) : []
  if (!hubIds.length) return []
  const [hubs, coalitions] = await Promise.all([
    db.hub.findMany({ where: { id: { in: hubIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.coalition.findMany({ where: { coordinatingHubId: { in: hubIds } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ])
  return [...hubs.map((hub) => ({ type: 'HUB' as const, ...hub })), ...coalitions.map((coalition) => ({ type: 'COALITION' as const, ...coalition }))]
}
