// Marks every unread notification of the user read; returns how many changed.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { requireCurrentActor } from '@/lib/service/kernel'

export async function markAllNotificationsRead(heldActor: Actor | null, now = new Date()): Promise<number> {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'notification.manage')
  const result = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } })
  return result.count
}
