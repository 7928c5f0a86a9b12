// The active members of a city team, for those who manage it (its focal points, admins).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'

export async function listCityTeam(actor: Actor | null, cityId: string) {
  if (!can(actor, 'cityTeam.removeOfficial', { cityId })) return null
  return db.cityOfficial.findMany({
    where: { cityId, status: 'ACTIVE' },
    orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
    select: { id: true, role: true, userId: true, user: { select: { name: true, jobTitle: true } } },
  })
}

/** The latest in-app notifications of the signed-in user. */
export async function listRecentNotifications(actor: Actor, take = 10) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, type: true, data: true, readAt: true, createdAt: true },
  })
}
