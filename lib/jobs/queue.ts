// The job queue (pg-boss, in PostgreSQL, so every instance shares it). Today it drives e-mail
// delivery: a job after each commit that queued mail, plus a sweep every minute for retries.
// The outbox table stays the source of truth; a lost job only delays mail, never loses it.
import 'server-only'
import { PgBoss } from 'pg-boss'
import { deliverOutbox } from '@/lib/mail/outbox'
import { sendDailyDigests } from '@/lib/notifications/send-daily-digests'
import { onShutdown } from '@/lib/server/lifecycle'

export const OUTBOX_QUEUE = 'outbox-deliver'
/** Once a day: the notification digest of users who chose DAILY_DIGEST. */
export const DIGEST_QUEUE = 'notification-digest'

const globalForJobs = globalThis as unknown as { circularsBoss?: Promise<PgBoss> }

export function getBoss(connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  globalForJobs.circularsBoss ??= (async () => {
    if (!connectionString) throw new Error('DATABASE_URL is not set')
    const boss = new PgBoss({ connectionString, max: 2, application_name: 'circulars-jobs' })
    boss.on('error', (error) => console.error('job queue error', error))
    await boss.start()
    await boss.createQueue(OUTBOX_QUEUE)
    await boss.createQueue(DIGEST_QUEUE)
    return boss
  })()
  return globalForJobs.circularsBoss
}

/** Registers the workers of this instance. Called once per server start (instrumentation.ts). */
export async function startWorkers() {
  const boss = await getBoss()
  onShutdown(stopJobs)
  await boss.work(OUTBOX_QUEUE, async () => {
    await deliverOutbox()
  })
  await boss.schedule(OUTBOX_QUEUE, '* * * * *', {})
  await boss.work(DIGEST_QUEUE, async () => {
    await sendDailyDigests(new Date())
  })
  await boss.schedule(DIGEST_QUEUE, '0 6 * * *', {})
}

/** Asks for a delivery run soon; many requests within a few seconds collapse into one job. */
export async function requestOutboxDelivery() {
  const boss = await getBoss()
  await boss.send(OUTBOX_QUEUE, {}, { singletonKey: 'outbox', singletonSeconds: 5 })
}

export async function stopJobs() {
  const boss = await globalForJobs.circularsBoss?.catch((error) => {
    console.warn('job queue: it never started, nothing to stop:', error instanceof Error ? error.message : error)
    return undefined
  })
  globalForJobs.circularsBoss = undefined
  await boss?.stop({ graceful: true, timeout: 10_000 })
}
