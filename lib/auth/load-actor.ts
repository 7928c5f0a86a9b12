// Builds the Actor for a user id from the database (roles, city, hubs, status, session version).
// Admin and manager rights that need two-step sign-in are withheld here until it is on.
import type { AppPrismaClient } from '@/lib/db/client'
import type { Actor } from './actor'
import { twoStepRequiredFor, withholdStaffRights } from './two-step-policy'

export async function loadActor(prisma: AppPrismaClient, userId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      isNetworkAdmin: true,
      sessionVersion: true,
      twoStepEnabledAt: true,
      cityMemberships: {
        where: { status: { in: ['ACTIVE', 'PENDING'] } },
        take: 1,
        select: {
          role: true,
          status: true,
          city: {
            select: {
              id: true,
              slug: true,
              name: true,
              hubMemberships: { where: { leftAt: null }, select: { hubId: true } },
            },
          },
        },
      },
      hubRoles: { select: { hubId: true, role: true, hub: { select: { slug: true } } } },
    },
  })
  if (!user) return null
  const membership = user.cityMemberships[0]
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    status: user.status,
    isNetworkAdmin: user.isNetworkAdmin,
    sessionVersion: user.sessionVersion,
    city: membership
      ? {
          id: membership.city.id,
          slug: membership.city.slug,
          name: membership.city.name,
          role: membership.role,
          status: membership.status === 'ACTIVE' ? 'ACTIVE' : 'PENDING',
          hubIds: membership.city.hubMemberships.map((m) => m.hubId),
        }
      : null,
    hubRoles: user.hubRoles.map((role) => ({ hubId: role.hubId, hubSlug: role.hub.slug, role: role.role })),
    twoStepEnabled: !!user.twoStepEnabledAt,
  }
  return !actor.twoStepEnabled && twoStepRequiredFor(actor) ? withholdStaffRights(actor) : actor
}
