// The daily digest: one mail per DAILY_DIGEST user with their unread notifications of the last
// 24 hours (none: no mail). Run once a day by the job queue (lib/jobs/queue.ts); `now` is a
// parameter so tests and catch-up runs choose the window.
import 'server-only'
import { db } from '@/lib/db'
import { kickOutbox, queueMail } from '@/lib/mail/outbox'
import { renderDigestMail } from './mail'

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_ITEMS = 50

export async function sendDailyDigests(now = new Date()): Promise<{ mailed: number }> {
  const since = new Date(now.getTime() - DAY_MS)
  const users = await db.user.findMany({
    where: {
      emailPreference: 'DAILY_DIGEST',
      status: 'ACTIVE',
      notifications: { some: { readAt: null, createdAt: { gt: since, lte: now } } },
    },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      notifications: {
        where: { readAt: null, createdAt: { gt: since, lte: now } },
        orderBy: { createdAt: 'desc' },
        take: MAX_ITEMS,
        select: { type: true, data: true, createdAt: true },
      },
    },
  })
  let mailed = 0
  for (const user of users) {
    const mail = await renderDigestMail(user, user.notifications)
    await db.$transaction(async (tx) => queueMail(tx, mail))
    mailed++
  }
  if (mailed) kickOutbox()
  return { mailed }
}
