// Mail goes through the outbox: a row written in the same transaction as the event, delivered
// after commit. With SMTP_URL the rows are sent through nodemailer (with retries and backoff);
// without it they stay as the development mailbox (/dev/mailbox, see lib/mail/dev-mailbox.ts).
import 'server-only'
import nodemailer from 'nodemailer'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

export type Mail = { to: string; subject: string; text: string }

export async function queueMail(tx: Prisma.TransactionClient, mail: Mail) {
  await tx.outboxEmail.create({ data: { toAddress: mail.to, subject: mail.subject, textBody: mail.text } })
}

const MAX_ATTEMPTS = 8
const backoffSeconds = (attempt: number) => Math.min(60 * 60, 30 * 2 ** attempt)

/** Sends what is due. Safe to call from several instances: each row is claimed with SKIP LOCKED. */
export async function deliverOutbox(limit = 20): Promise<{ sent: number; failed: number }> {
  const smtpUrl = process.env.SMTP_URL
  if (!smtpUrl) return { sent: 0, failed: 0 }
  const transport = nodemailer.createTransport(smtpUrl)
  const from = process.env.MAIL_FROM ?? 'Circulars Portal <no-reply@example.org>'
  let sent = 0
  let failed = 0
  for (let i = 0; i < limit; i++) {
    // Claim one due row with a lease (one atomic statement), send outside any transaction, then
    // record the outcome. A crash mid-send leaves the row to be retried when the lease ends.
    const [row] = await db.$queryRaw<{ id: string; toAddress: string; subject: string; textBody: string; attempts: number }[]>`
      UPDATE "OutboxEmail" SET "nextAttemptAt" = now() + interval '5 minutes'
       WHERE id = (SELECT id FROM "OutboxEmail" WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
                    ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, "toAddress", subject, "textBody", attempts`
    if (!row) break
    try {
      await transport.sendMail({ from, to: row.toAddress, subject: row.subject, text: row.textBody })
      await db.outboxEmail.update({ where: { id: row.id }, data: { status: 'SENT', sentAt: new Date(), attempts: row.attempts + 1 } })
      sent++
    } catch (error) {
      const attempts = row.attempts + 1
      await db.outboxEmail.update({
        where: { id: row.id },
        data: {
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(Date.now() + backoffSeconds(attempts) * 1000),
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed',
        },
      })
      failed++
    }
  }
  return { sent, failed }
}

/**
 * After a commit that queued mail: ask the job queue for a delivery run. Failures only delay
 * mail (the per-minute sweep picks it up); nothing is lost.
 */
export function kickOutbox() {
  if (!process.env.SMTP_URL) return
  import('@/lib/jobs/queue')
    .then(({ requestOutboxDelivery }) => requestOutboxDelivery())
    .catch((error) => console.error('could not schedule mail delivery', error))
}
