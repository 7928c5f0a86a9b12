// Password-reset and magic-link requests answer in the same time for known and unknown
// addresses: while answering, the request does the same database work whatever the address
// (its rate limit, then one INSERT into AuthMailRequest). Looking the address up, issuing the
// token and writing the mail to the outbox happen after the response has gone (Next's `after`),
// so neither the answer nor its timing says whether the account exists.
//
// A request whose after-response work was lost (the process died) is picked up by the next
// request's sweep; one older than the link's life is dropped unsent. Rows are deleted once handled.
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { after } from 'next/server'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import type { AuthMailKind } from '@/lib/generated/prisma/enums'
import { kickOutbox, queueMail } from '@/lib/mail/outbox'
import { renderMail } from '@/lib/mail/templates'

export const RESET_TOKEN_MINUTES = 15
/** Requests older than this were lost; their link would be dead on arrival. */
const STALE_MS = 30_000
const DROP_MS = RESET_TOKEN_MINUTES * 60_000

/** Runs work after the response. Tests (and scripts) pass their own, e.g. `(task) => task()`. */
export type Defer = (task: () => Promise<void>) => void | Promise<void>

export const afterResponse: Defer = (task) => {
  const run = () => task().catch((error) => console.error('after-response work failed', error))
  try {
    after(run)
  } catch (error) {
    // Outside a request (a script): at once, in the background.
    if (process.env.NODE_ENV !== 'test') console.warn('after-response work outside a request, running now:', error instanceof Error ? error.message : error)
    void run()
  }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** The request's whole database work while answering, identical for every address. */
export async function recordAuthMailRequest(
  request: { kind: AuthMailKind; email: string; url?: string; baseUrl?: string; ip: string | null },
  defer: Defer = afterResponse,
): Promise<void> {
  const { id } = await db.authMailRequest.create({
    data: { kind: request.kind, email: request.email.trim().toLowerCase(), url: request.url ?? null, baseUrl: request.baseUrl ?? null, ip: request.ip },
    select: { id: true },
  })
  await defer(async () => {
    await handleAuthMailRequest(id)
    await sweepAuthMailRequests()
  })
}

/** After the response: the lookup, the token, the mail. Safe to run twice (the row is claimed). */
export async function handleAuthMailRequest(id: string): Promise<void> {
  const request = await db.authMailRequest.findUnique({ where: { id } })
  if (!request) return
  const user = await db.user.findUnique({
    where: { email: request.email },
    select: { id: true, email: true, name: true, locale: true, status: true },
  })
  const tooOld = Date.now() - request.createdAt.getTime() > DROP_MS
  if (!user || user.status !== 'ACTIVE' || tooOld || (request.kind === 'MAGIC_LINK' && !request.url)) {
    await db.authMailRequest.deleteMany({ where: { id } })
    return
  }
  const token = randomBytes(32).toString('base64url')
  const mail = request.kind === 'PASSWORD_RESET'
    ? await renderMail(user.locale, 'passwordReset', { name: user.name, url: `${request.baseUrl}/reset-password?token=${token}` })
    : await renderMail(user.locale, 'magicLink', { name: user.name, url: request.url! })
  const sent = await db.$transaction(async (tx) => {
    const claimed = await tx.authMailRequest.deleteMany({ where: { id } })
    if (claimed.count !== 1) return false
    if (request.kind === 'PASSWORD_RESET') {
      await tx.passwordResetToken.create({
        data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(request.createdAt.getTime() + RESET_TOKEN_MINUTES * 60_000) },
      })
      await writeAudit(tx, { actorId: user.id, action: 'auth.passwordResetRequested', targetType: 'User', targetId: user.id, ip: request.ip })
    }
    await queueMail(tx, { to: user.email, ...mail })
    return true
  })
  if (sent) kickOutbox()
}

/** Requests whose after-response work never ran. */
export async function sweepAuthMailRequests(limit = 20): Promise<void> {
  const lost = await db.authMailRequest.findMany({
    where: { createdAt: { lt: new Date(Date.now() - STALE_MS) } },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true },
  })
  for (const { id } of lost) await handleAuthMailRequest(id)
}
