// A registration confirms its address before its first password sign-in; the link is single
// use, for its purpose only, and a reset or a magic link confirms the address too.
import { describe, expect, it } from 'vitest'
import { confirmEmail } from '@/lib/auth/email-verification'
import { authOptions, passwordSignIn } from '@/lib/auth/options'
import { hashPassword } from '@/lib/auth/password'
import { completePasswordReset } from '@/lib/auth/password-reset'
import { registerOfficial } from '@/lib/auth/register'
import { db } from '@/lib/db'
import { createCity, createUser } from '../../factories'

const context = { ip: '203.0.113.9', locale: 'en', baseUrl: 'http://localhost:3000' }
const EMAIL = 'kofi.mensah@example.org'
const PASSWORD = 'kofi composts in kumasi'

async function register() {
  await createCity({ slug: 'kumasi' })
  await registerOfficial({ name: 'Kofi Mensah', email: EMAIL, jobTitle: 'Planner', citySlug: 'kumasi', password: PASSWORD }, context)
}

async function mailedTokens(): Promise<string[]> {
  const mails = await db.outboxEmail.findMany({ where: { toAddress: EMAIL }, orderBy: { createdAt: 'asc' } })
  return mails.flatMap((mail) => [...mail.textBody.matchAll(/\/verify-email\?token=([A-Za-z0-9_-]+)/g)].map((m) => m[1]!))
}

describe('e-mail verification', () => {
  it('refuses the first password sign-in until the mailed link is confirmed, once', async () => {
    await register()
    expect((await db.user.findUniqueOrThrow({ where: { email: EMAIL } })).emailVerified).toBeNull()
    const [token] = await mailedTokens()
    expect(token).toBeTruthy()

    // The right password: refused as unconfirmed, and a new link goes out. A wrong one: the usual answer.
    expect(await passwordSignIn({ email: EMAIL, password: PASSWORD }, '203.0.113.9')).toEqual({ refused: 'unverified' })
    expect(await passwordSignIn({ email: EMAIL, password: 'not the password' }, '203.0.113.9')).toEqual({ refused: 'credentials' })
    expect(await mailedTokens()).toHaveLength(2)

    await expect(confirmEmail({ token }, { ip: '203.0.113.9' })).resolves.toEqual({ ok: true, alreadyConfirmed: false })
    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } })
    expect(user.emailVerified).toBeInstanceOf(Date)
    expect(await db.auditLog.count({ where: { action: 'auth.emailVerified', actorId: user.id } })).toBe(1)
    expect(await passwordSignIn({ email: EMAIL, password: PASSWORD }, '203.0.113.9')).toMatchObject({ user: { id: user.id } })

    // Single use: the same link again, and the other link sent meanwhile (used up with it), are refused.
    for (const used of await mailedTokens()) {
      await expect(confirmEmail({ token: used }, { ip: null })).rejects.toMatchObject({ code: 'INVALID', key: 'verifyLinkInvalid' })
    }
  })

  it('accepts a link only for its purpose, unexpired and well formed, changing nothing otherwise', async () => {
    await register()
    const [token] = await mailedTokens()
    const user = await db.user.findUniqueOrThrow({ where: { email: EMAIL } })

    // A confirmation link is no password reset.
    await expect(completePasswordReset({ token, password: 'a new passphrase for kofi' }, { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
    for (const bad of ['', 'short', 'x'.repeat(300), `${token}'--`, 42, null, { token }]) {
      await expect(confirmEmail({ token: bad }, { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
    }
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1_000) } })
    await expect(confirmEmail({ token }, { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull()
    expect(await db.passwordResetToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(0)
  })

  it('sends at most three new links an hour, however often the right password is tried', async () => {
    await register()
    for (let i = 0; i < 6; i++) {
      expect(await passwordSignIn({ email: EMAIL, password: PASSWORD }, '203.0.113.9')).toEqual({ refused: 'unverified' })
    }
    expect(await mailedTokens()).toHaveLength(1 + 3)
  })

  it('is confirmed by a completed password reset: the reset link came to the address', async () => {
    const user = await createUser({ email: 'ama@example.org', emailVerified: null, passwordHash: await hashPassword('old passphrase of ama') })
    const { createHash } = await import('node:crypto')
    await db.passwordResetToken.create({
      data: { userId: user.id, tokenHash: createHash('sha256').update('a-reset-token-of-ama-0123456789').digest('hex'), expiresAt: new Date(Date.now() + 60_000) },
    })
    await completePasswordReset({ token: 'a-reset-token-of-ama-0123456789', password: 'new passphrase of ama' }, { ip: null })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date)
    expect(await passwordSignIn({ email: 'ama@example.org', password: 'new passphrase of ama' }, null)).toMatchObject({ user: { id: user.id } })
  })

  it('is confirmed by a used magic link, which came to the address; asking for one confirms nothing', async () => {
    const user = await createUser({ email: 'esi@example.org', emailVerified: null })
    const signIn = authOptions.callbacks!.signIn!
    const account = { provider: 'email', type: 'email' as const, providerAccountId: 'esi@example.org' }
    await signIn({ user: { id: user.id, email: 'esi@example.org' }, account, email: { verificationRequest: true } } as never)
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull()
    expect(await signIn({ user: { id: user.id, email: 'esi@example.org' }, account } as never)).toBe(true)
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeInstanceOf(Date)
  })
})
