// Confirming the address given at registration. A new account signs in with its password only
// after its owner opened the link mailed to that address: otherwise anyone could register with
// someone else's address and act under it. The link is single use and lives 24 hours; only its
// sha256 is stored (PasswordResetToken, purpose EMAIL_VERIFICATION). Opening the link shows a
// button and the address is confirmed by the POST, so a mail scanner that fetches links confirms
// nothing. A magic link or a password reset proves the address too (they set emailVerified).
//
// A password sign-in refused for an unconfirmed address sends a new link, at most a few per
// hour: only the right password gets there, so the answer says nothing to someone guessing.
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { kickOutbox, queueMail } from '@/lib/mail/outbox'
import { renderMail } from '@/lib/mail/templates'
import { consumeRateLimit } from '@/lib/rate-limit'

type Tx = Prisma.TransactionClient

export const VERIFY_TOKEN_HOURS = 24

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** Issues a confirmation link for the user (in the caller's transaction) and returns its URL. */
export async function issueEmailVerification(tx: Tx, userId: string, baseUrl: string): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await tx.passwordResetToken.create({
    data: {
      userId,
      purpose: 'EMAIL_VERIFICATION',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + VERIFY_TOKEN_HOURS * 3_600_000),
    },
  })
  return `${baseUrl}/verify-email?token=${token}`
}

/** A new link for an account whose right password was given before its address was confirmed. */
export async function resendEmailVerification(user: { id: string; email: string }, context: { ip: string | null; baseUrl: string }) {
  try {
    await consumeRateLimit('emailVerification', { account: user.email, ip: context.ip })
  } catch (error) {
    // Enough links are on their way; the sign-in page says so either way.
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return
    throw error
  }
  const account = await db.user.findUnique({ where: { id: user.id }, select: { name: true, locale: true, email: true } })
  if (!account) return
  await db.$transaction(async (tx) => {
    const url = await issueEmailVerification(tx, user.id, context.baseUrl)
    const mail = await renderMail(account.locale, 'verifyEmail', { name: account.name, url })
    await queueMail(tx, { to: account.email, ...mail })
  })
  kickOutbox()
}

const ConfirmSchema = z.object({ token: z.string().trim().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) })

/** Confirms the address behind a link: single use, even when posted twice at once. */
export async function confirmEmail(input: unknown, context: { ip: string | null }): Promise<{ ok: true; alreadyConfirmed: boolean }> {
  const parsed = ConfirmSchema.safeParse(input)
  const refused = () => new AppError('INVALID', 'This confirmation link is invalid or has expired.', { key: 'verifyLinkInvalid' })
  if (!parsed.success) throw refused()
  const tokenHash = sha256(parsed.data.token)
  return db.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findUnique({
      where: { tokenHash },
      select: { id: true, userId: true, purpose: true, user: { select: { emailVerified: true } } },
    })
    if (!token || token.purpose !== 'EMAIL_VERIFICATION') throw refused()
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    })
    if (claimed.count !== 1) throw refused()
    if (token.user.emailVerified) return { ok: true as const, alreadyConfirmed: true }
    await tx.user.update({ where: { id: token.userId }, data: { emailVerified: new Date() } })
    await tx.passwordResetToken.updateMany({
      where: { userId: token.userId, purpose: 'EMAIL_VERIFICATION', usedAt: null },
      data: { usedAt: new Date() },
    })
    await writeAudit(tx, { actorId: token.userId, action: 'auth.emailVerified', targetType: 'User', targetId: token.userId, ip: context.ip })
    return { ok: true as const, alreadyConfirmed: false }
  })
}
