import { describe, expect, it } from 'vitest'
import { createUserSession } from '@/lib/auth/user-sessions'
import { db } from '@/lib/db'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { completePasswordReset, requestPasswordReset, signOutEverywhere } from '@/lib/auth/password-reset'
import { resolveSessionActor } from '@/lib/auth/session'
import { createUser } from '../../factories'

// The mail is made after the response (lib/auth/auth-mail-requests.ts): here, inline.
const context = { ip: '198.51.100.4', baseUrl: 'http://localhost:3000', defer: (task: () => Promise<void>) => task() }

async function mailedToken(email: string) {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: 'desc' } })
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody)
  expect(match).not.toBeNull()
  return match![1]!
}

describe('password reset', () => {
  it('mails a single-use link that changes the password and signs out every session', async () => {
    const user = await createUser({ email: 'kofi@example.org', passwordHash: await hashPassword('old passphrase here') })
    const sid = await createUserSession(user.id, { userAgent: null, ip: null })
    const before = await resolveSessionActor({ uid: user.id, sv: 0, sid })
    expect(before?.id).toBe(user.id)

    await requestPasswordReset({ email: 'KOFI@example.org' }, context)
    const token = await mailedToken('kofi@example.org')
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0) // only the hash is stored

    await completePasswordReset({ token, password: 'a brand new passphrase' }, { ip: null })
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })
    expect(await verifyPassword(after.passwordHash!, 'a brand new passphrase')).toBe(true)
    expect(after.sessionVersion).toBe(1)
    expect(await resolveSessionActor({ uid: user.id, sv: 0, sid })).toBeNull()
    expect(await resolveSessionActor({ uid: user.id, sv: 1, sid })).toBeNull() // its record ended too

    await expect(completePasswordReset({ token, password: 'yet another passphrase' }, { ip: null })).rejects.toMatchObject({
      code: 'INVALID',
    })
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })
    expect(unchanged.passwordHash).toBe(after.passwordHash)
  })

  it('answers alike for unknown addresses and sends nothing', async () => {
    await expect(requestPasswordReset({ email: 'nobody@example.org' }, context)).resolves.toEqual({ ok: true })
    expect(await db.outboxEmail.count()).toBe(0)
    expect(await db.passwordResetToken.count()).toBe(0)
  })

  it('refuses an expired link', async () => {
    const user = await createUser({ email: 'ama@example.org' })
    await requestPasswordReset({ email: 'ama@example.org' }, context)
    const token = await mailedToken('ama@example.org')
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    await expect(completePasswordReset({ token, password: 'a brand new passphrase' }, { ip: null })).rejects.toMatchObject({
      code: 'INVALID',
    })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0)
  })

  it('refuses a tampered token and a weak new password', async () => {
    const user = await createUser({ email: 'esi@example.org' })
    await requestPasswordReset({ email: 'esi@example.org' }, context)
    const token = await mailedToken('esi@example.org')
    await expect(completePasswordReset({ token: `${token.slice(0, -2)}xx`, password: 'a brand new passphrase' }, { ip: null }))
      .rejects.toMatchObject({ code: 'INVALID' })
    await expect(completePasswordReset({ token, password: 'qwerty123' }, { ip: null })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { password: ['passwordCommon'] },
    })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0)
  })

  it('claims a link once even when submitted twice at once', async () => {
    await createUser({ email: 'yaw@example.org' })
    await requestPasswordReset({ email: 'yaw@example.org' }, context)
    const token = await mailedToken('yaw@example.org')
    const results = await Promise.allSettled([
      completePasswordReset({ token, password: 'first new passphrase' }, { ip: null }),
      completePasswordReset({ token, password: 'second new passphrase' }, { ip: null }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((await db.user.findUniqueOrThrow({ where: { email: 'yaw@example.org' } })).sessionVersion).toBe(1)
  })

  it('rate limits reset requests per account', async () => {
    await createUser({ email: 'busy@example.org' })
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: 'busy@example.org' }, { ...context, ip: `10.0.0.${i}` })
    await expect(requestPasswordReset({ email: 'busy@example.org' }, { ...context, ip: '10.0.0.99' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    })
    expect(await db.outboxEmail.count()).toBe(5)
  })

  it('"sign out everywhere" invalidates existing sessions', async () => {
    const user = await createUser()
    const sid = await createUserSession(user.id, { userAgent: null, ip: null })
    expect((await resolveSessionActor({ uid: user.id, sv: 0, sid }))?.id).toBe(user.id)
    await signOutEverywhere(user.id, { ip: null })
    expect(await resolveSessionActor({ uid: user.id, sv: 0, sid })).toBeNull()
    expect(await resolveSessionActor({ uid: user.id, sv: 1, sid })).toBeNull() // every record is ended
    const fresh = await createUserSession(user.id, { userAgent: null, ip: null })
    expect((await resolveSessionActor({ uid: user.id, sv: 1, sid: fresh }))?.id).toBe(user.id)
  })
})
