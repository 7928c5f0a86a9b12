// The header's badge: unread notifications of the current user (0 when signed out).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'

export async function countUnreadNotifications(actor: Actor | null): Promise<number> {
  if (!actor || actor.status !== 'ACTIVE') return 0
  return db.notification.count({ where: { userId: actor.id, readAt: null } })
}
