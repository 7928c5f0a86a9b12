// Delivery through a real SMTP server (smtp-server) that fails and then recovers: mail is
// delayed, never lost, and sent exactly once.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getBoss, OUTBOX_QUEUE, requestOutboxDelivery, stopJobs } from '@/lib/jobs/queue'
import { deliverOutbox, queueMail } from '@/lib/mail/outbox'

type Received = { to: string[]; body: string }

async function startSmtp(failFirst: number) {
  const received: Received[] = []
  let remainingFailures = failFirst
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = ''
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
      stream.on('end', () => {
        if (remainingFailures > 0) {
          remainingFailures--
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 451 })
          callback(error)
          return
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body })
        callback()
      })
    },
  })
  server.listen(0, '127.0.0.1')
  await once(server.server, 'listening')
  const port = (server.server.address() as AddressInfo).port
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const savedSmtp = process.env.SMTP_URL
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined

beforeEach(() => {
  smtp = undefined
})
afterEach(async () => {
  process.env.SMTP_URL = savedSmtp
  await smtp?.close()
})

describe('outbox delivery', () => {
  it('keeps mail through SMTP failures, backs off, and delivers each message exactly once', async () => {
    smtp = await startSmtp(2)
    process.env.SMTP_URL = smtp.url
    await db.$transaction(async (tx) => {
      await queueMail(tx, { to: 'first@example.org', subject: 'One', text: 'First message' })
      await queueMail(tx, { to: 'second@example.org', subject: 'Two', text: 'Second message' })
    })

    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 2 })
    const failed = await db.outboxEmail.findMany({ orderBy: { createdAt: 'asc' } })
    expect(failed.map((m) => [m.status, m.attempts])).toEqual([['PENDING', 1], ['PENDING', 1]])
    expect(failed.every((m) => m.nextAttemptAt.getTime() > Date.now() + 20_000)).toBe(true)
    expect(failed[0]?.lastError).toContain('mailbox unavailable')

    // Not due yet: nothing is retried early.
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 })

    // The server recovered; the retry time has come.
    await db.outboxEmail.updateMany({ data: { nextAttemptAt: new Date(Date.now() - 1000) } })
    expect(await deliverOutbox()).toEqual({ sent: 2, failed: 0 })
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(['first@example.org', 'second@example.org'])
    expect((await db.outboxEmail.findMany()).every((m) => m.status === 'SENT' && m.sentAt)).toBe(true)

    // Nothing is sent twice.
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 })
    expect(smtp.received).toHaveLength(2)
  })

  it('does nothing without SMTP: mail stays in the development mailbox', async () => {
    delete process.env.SMTP_URL
    await db.$transaction((tx) => queueMail(tx, { to: 'x@example.org', subject: 'Kept', text: 'Body' }))
    expect(await deliverOutbox()).toEqual({ sent: 0, failed: 0 })
    expect(await db.outboxEmail.findFirst()).toMatchObject({ status: 'PENDING', attempts: 0 })
  })

  it('two instances delivering at once send each message once', async () => {
    smtp = await startSmtp(0)
    process.env.SMTP_URL = smtp.url
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 6; i++) await queueMail(tx, { to: `p${i}@example.org`, subject: `M${i}`, text: 'Body' })
    })
    const [a, b] = await Promise.all([deliverOutbox(), deliverOutbox()])
    expect(a.sent + b.sent).toBe(6)
    expect(smtp.received).toHaveLength(6)
  })

  it('a delivery job on the PostgreSQL job queue sends the mail', async () => {
    smtp = await startSmtp(0)
    process.env.SMTP_URL = smtp.url
    await db.$transaction((tx) => queueMail(tx, { to: 'queued@example.org', subject: 'Via queue', text: 'Body' }))
    try {
      const boss = await getBoss(process.env.DATABASE_URL)
      await boss.work(OUTBOX_QUEUE, { pollingIntervalSeconds: 0.5 }, async () => {
        await deliverOutbox()
      })
      await requestOutboxDelivery()
      await expect.poll(() => smtp!.received.length, { timeout: 15_000, interval: 200 }).toBe(1)
      expect(await db.outboxEmail.findFirst()).toMatchObject({ status: 'SENT' })
    } finally {
      await stopJobs()
    }
  })
})
