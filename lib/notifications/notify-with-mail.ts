// Notifies users and, for those who chose INSTANT e-mail, queues one mail each: all in the
// transaction of the event. The caller calls kickOutbox() after commit when this returns true.
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { queueMail } from '@/lib/mail/outbox'
import { renderNotificationMail } from './mail'
import { notify, type NotificationType } from './notify'

export async function notifyWithMail(
  tx: Prisma.TransactionClient,
  userIds: string[],
  type: NotificationType,
  data: Prisma.InputJsonObject,
): Promise<boolean> {
  const unique = [...new Set(userIds)]
  if (!unique.length) return false
  await notify(tx, unique, type, data)
  const instant = await tx.user.findMany({
    where: { id: { in: unique }, emailPreference: 'INSTANT', status: 'ACTIVE' },
    select: { id: true, email: true, name: true, locale: true },
  })
  for (const user of instant) await queueMail(tx, await renderNotificationMail(user, { type, data }))
  return instant.length > 0
}
