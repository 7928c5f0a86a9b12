// Marks one of the user's own notifications read. Someone else's notification does not exist
// for them (NOT_FOUND), and nothing changes.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { NotificationRefSchema } from '@/lib/validation/messaging'

export async function markNotificationRead(heldActor: Actor | null, rawInput: unknown, now = new Date()): Promise<void> {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'notification.manage')
  const input = parseInput(NotificationRefSchema, rawInput)
  const own = await db.notification.findFirst({ where: { id: input.notificationId, userId: actor.id }, select: { id: true } })
  if (!own) throw new AppError('NOT_FOUND', 'Notification not found.')
  await db.notification.updateMany({ where: { id: own.id, userId: actor.id, readAt: null }, data: { readAt: now } })
}
