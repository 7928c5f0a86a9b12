// The notification centre: the signed-in user's own notifications, newest first, paginated.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { requireCurrentActor } from '@/lib/service/kernel'
import { NotificationPageSchema } from '@/lib/validation/messaging'

export const NOTIFICATIONS_PER_PAGE = 20

export async function listNotifications(heldActor: Actor | null, rawPage: unknown) {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'notification.manage')
  const page = NotificationPageSchema.parse(rawPage)
  const [items, total, unread, user] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
      select: { id: true, type: true, data: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id } }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailPreference: true } }),
  ])
  return {
    items,
    page,
    pageCount: Math.max(1, Math.ceil(total / NOTIFICATIONS_PER_PAGE)),
    total,
    unread,
    emailPreference: user.emailPreference,
  }
}
