// The job queue (pg-boss, in PostgreSQL, so every instance shares it). It drives e-mail
// delivery: a job after each commit that queued mail, plus a sweep every minute for retries.
// The outbox table stays the source of truth; a lost job only delays mail, never loses it.
// With MT_PROVIDER set it also runs machine translations (lib/translations/machine): an
// `exclusive` queue, so one job per (subject, language, source hash) is queued or running.
import 'server-only'
import { PgBoss } from 'pg-boss'
import { deliverOutbox } from '@/lib/mail/outbox'
import { sendDailyDigests } from '@/lib/notifications/send-daily-digests'
import { onShutdown } from '@/lib/server/lifecycle'
import type { MachineJob } from '@/lib/translations/machine/run-machine-translation'

export const OUTBOX_QUEUE = 'outbox-deliver'
/** Once a day: the notification digest of users who chose DAILY_DIGEST. */
export const DIGEST_QUEUE = 'notification-digest'
/** Machine translation of one subject into one language, from one version of its source. */
export const MT_QUEUE = 'machine-translate'

const globalForJobs = globalThis as unknown as { circularsBoss?: Promise<PgBoss> }

export function getBoss(connectionString = process.env.DATABASE_URL): Promise<PgBoss> {
  globalForJobs.circularsBoss ??= (async () => {
    if (!connectionString) throw new Error('DATABASE_URL is not set')
    const boss = new PgBoss({ connectionString, max: 2, application_name: 'circulars-jobs' })
    boss.on('error', (error) => console.error('job queue error', error))
    await boss.start()
    await boss.createQueue(OUTBOX_QUEUE)
    await boss.createQueue(DIGEST_QUEUE)
    // Engines fail for a while (timeouts, 429, 5xx): after the adapter's own retries, the job is
    // tried again later, up to five times.
    await boss.createQueue(MT_QUEUE, { policy: 'exclusive', retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 })
    return boss
  })()
  return globalForJobs.circularsBoss
}

/** Registers the workers of this instance. Called once per server start (instrumentation.ts). */
export async function startWorkers() {
  const boss = await getBoss()
  onShutdown(stopJobs)
  if (process.env.SMTP_URL) {
    await boss.work(OUTBOX_QUEUE, async () => {
      await deliverOutbox()
    })
    await boss.schedule(OUTBOX_QUEUE, '* * * * *', {})
    await boss.work(DIGEST_QUEUE, async () => {
      await sendDailyDigests(new Date())
    })
    await boss.schedule(DIGEST_QUEUE, '0 6 * * *', {})
  }
  if (process.env.MT_PROVIDER) {
    const { runMachineTranslation } = await import('@/lib/translations/machine/run-machine-translation')
    await boss.work<MachineJob>(MT_QUEUE, async ([job]) => {
      if (job) await runMachineTranslation(job.data)
    })
  }
}

/** Queues a machine translation unless the same one is already queued or running (false then). */
export async function requestMachineTranslation(job: MachineJob): Promise<boolean> {
  const boss = await getBoss()
  const id = await boss.send(MT_QUEUE, job, { singletonKey: `${job.subjectType}:${job.subjectId}:${job.language}:${job.sourceHash}` })
  return id !== null
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
