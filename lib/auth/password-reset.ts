// Password reset by an e-mailed, single-use link valid for 15 minutes. Only the token's sha256
// is stored; the link is made after the response (lib/auth/auth-mail-requests.ts). Completing a
// reset bumps the session version, which signs out every session.
import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { consumeRateLimit } from '@/lib/rate-limit'
import { PasswordResetRequestSchema, PasswordResetSchema } from '@/lib/validation/auth'
import { type Defer, recordAuthMailRequest } from './auth-mail-requests'
import { hashPassword } from './password'

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/**
 * Same answer, and the same database work while answering, for known and unknown addresses:
 * the token and the mail are made after the response (lib/auth/auth-mail-requests.ts).
 */
export async function requestPasswordReset(input: unknown, context: { ip: string | null; baseUrl: string; defer?: Defer }) {
  const parsed = PasswordResetRequestSchema.safeParse(input)
  if (!parsed.success) {
    throw new AppError('INVALID', 'Enter a valid e-mail address.', { fields: z.flattenError(parsed.error).fieldErrors })
  }
  await consumeRateLimit('passwordReset', { account: parsed.data.email, ip: context.ip })
  await recordAuthMailRequest({ kind: 'PASSWORD_RESET', email: parsed.data.email, baseUrl: context.baseUrl, ip: context.ip }, context.defer)
  return { ok: true as const }
}

export async function completePasswordReset(input: unknown, context: { ip: string | null }) {
  const parsed = PasswordResetSchema.safeParse(input)
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors
    if (fields.token) throw new AppError('INVALID', 'This reset link is invalid or has expired.', { key: 'resetLinkInvalid' })
    throw new AppError('INVALID', 'Please choose another password.', { fields })
  }
  const passwordHash = await hashPassword(parsed.data.password)
  const tokenHash = sha256(parsed.data.token)
  await db.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true } })
    // Single use, even when the link is submitted twice at once: only one update can claim it.
    const claimed = token?.purpose === 'PASSWORD_RESET'
      ? await tx.passwordResetToken.updateMany({
          where: { id: token.id, usedAt: null, expiresAt: { gt: new Date() } },
          data: { usedAt: new Date() },
        })
      : { count: 0 }
    if (!token || claimed.count !== 1) throw new AppError('INVALID', 'This reset link is invalid or has expired.', { key: 'resetLinkInvalid' })
    await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    })
    // The link came to this address: a reset confirms it (an unconfirmed registration too).
    await tx.user.updateMany({ where: { id: token.userId, emailVerified: null }, data: { emailVerified: new Date() } })
    await tx.passwordResetToken.updateMany({ where: { userId: token.userId, purpose: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: new Date() } })
    await tx.userSession.updateMany({ where: { userId: token.userId, endedAt: null }, data: { endedAt: new Date() } })
    await writeAudit(tx, { actorId: token.userId, action: 'auth.passwordReset', targetType: 'User', targetId: token.userId, ip: context.ip })
  })
  return { ok: true as const }
}

/** "Sign out everywhere": every existing session of the user stops working at once. */
export async function signOutEverywhere(userId: string, context: { ip: string | null }) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } })
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } })
    await writeAudit(tx, { actorId: userId, action: 'auth.signOutEverywhere', targetType: 'User', targetId: userId, ip: context.ip })
  })
}
