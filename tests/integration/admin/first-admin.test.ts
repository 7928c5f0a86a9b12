// The first network admin of a real install: a one-time setup link, or `npm run admin:create`.
// Before this change a real install on a loopback PostgreSQL was seeded with admin@example.org
// and the published password, and neither path existed: every case here fails there.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { completeAdminSetup, createAdminAccount, hasNetworkAdmin, isAdminSetupTokenUsable, issueAdminSetupToken } from '@/lib/admin/first-admin'
import { completePasswordReset } from '@/lib/auth/password-reset'
import { passwordSignIn } from '@/lib/auth/options'
import { db } from '@/lib/db'
import { seed } from '@/prisma/seed'
import { createUser } from '../../factories'

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const input = (token: string, email = 'first.admin@example.org') => ({ token, name: 'Ada Mensah', email, password: 'a long and unusual passphrase' })
const snapshot = async () => ({
  users: await db.user.findMany({ orderBy: { email: 'asc' }, select: { email: true, isNetworkAdmin: true } }),
  tokens: await db.adminSetupToken.findMany({ orderBy: { createdAt: 'asc' }, select: { tokenHash: true, usedAt: true } }),
})

describe('first admin by setup link', () => {
  it('a real install starts without any account, so without a known password', async () => {
    await seed(db, { demo: false })
    expect(await db.user.count()).toBe(0)
    expect(await hasNetworkAdmin(db)).toBe(false)
  })

  it('stores only the hash, creates the admin once, and the link is spent', async () => {
    const { token, expiresAt } = await issueAdminSetupToken(db)
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000)
    expect(await db.adminSetupToken.count({ where: { tokenHash: token } })).toBe(0)
    expect(await db.adminSetupToken.count({ where: { tokenHash: sha256(token) } })).toBe(1)
    expect(await isAdminSetupTokenUsable(db, token)).toBe(true)

    const user = await completeAdminSetup(db, input(token), { ip: '198.51.100.7' })
    const admin = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(admin).toMatchObject({ email: 'first.admin@example.org', isNetworkAdmin: true, isDemo: false })
    expect(await passwordSignIn({ email: 'first.admin@example.org', password: 'a long and unusual passphrase' }, null)).toMatchObject({ user: { id: user.id } })
    expect(await db.auditLog.count({ where: { action: 'admin.firstAdminCreated', targetId: user.id } })).toBe(1)

    const before = await snapshot()
    await expect(completeAdminSetup(db, input(token, 'second@example.org'), { ip: null })).rejects.toMatchObject({ code: 'INVALID', key: 'setupLinkInvalid' })
    expect(await isAdminSetupTokenUsable(db, token)).toBe(false)
    expect(await snapshot()).toEqual(before)
  })

  it('refuses an expired, a revoked, a forged and a malformed link, changing nothing', async () => {
    const first = await issueAdminSetupToken(db)
    const second = await issueAdminSetupToken(db) // voids the first
    await db.adminSetupToken.updateMany({ where: { tokenHash: sha256(second.token) }, data: { expiresAt: new Date(Date.now() - 1000) } })
    const before = await snapshot()
    for (const token of [first.token, second.token, 'A'.repeat(43), 'short', '../../etc']) {
      await expect(completeAdminSetup(db, input(token), { ip: null })).rejects.toMatchObject({ code: 'INVALID', key: 'setupLinkInvalid' })
      expect(await isAdminSetupTokenUsable(db, token)).toBe(false)
    }
    expect(await snapshot()).toEqual(before)
  })

  it('refuses once a real admin exists, but demo admins (published password) do not count', async () => {
    await seed(db, { demo: true })
    expect(await hasNetworkAdmin(db)).toBe(false)
    const { token } = await issueAdminSetupToken(db)
    await createUser({ email: 'existing.admin@example.org', isNetworkAdmin: true })
    await expect(issueAdminSetupToken(db)).rejects.toMatchObject({ code: 'CONFLICT' })
    const before = await snapshot()
    await expect(completeAdminSetup(db, input(token), { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
    expect(await snapshot()).toEqual(before)
  })

  it('answers bad fields with field errors and keeps the link', async () => {
    const { token } = await issueAdminSetupToken(db)
    await expect(completeAdminSetup(db, { ...input(token), email: 'not an address', password: 'password' }, { ip: null }))
      .rejects.toMatchObject({ code: 'INVALID', fields: { email: expect.any(Array), password: expect.any(Array) } })
    expect(await isAdminSetupTokenUsable(db, token)).toBe(true)
    expect(await db.user.count()).toBe(0)
  })

  it('lets only one of two simultaneous uses win', async () => {
    const { token } = await issueAdminSetupToken(db)
    const results = await Promise.allSettled([
      completeAdminSetup(db, input(token, 'one@example.org'), { ip: null }),
      completeAdminSetup(db, input(token, 'two@example.org'), { ip: null }),
    ])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect(await db.user.count({ where: { isNetworkAdmin: true } })).toBe(1)
  })
})

describe('npm run admin:create', () => {
  it('creates an admin without a password and a one-time link to choose one', async () => {
    const { user, token } = await createAdminAccount(db, { email: ' Kwame@Example.org ', name: 'Kwame Boateng' })
    expect(user.email).toBe('kwame@example.org')
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })
    expect(stored).toMatchObject({ isNetworkAdmin: true, passwordHash: null })
    await completePasswordReset({ token, password: 'the passphrase kwame chose' }, { ip: null })
    expect(await passwordSignIn({ email: 'kwame@example.org', password: 'the passphrase kwame chose' }, null)).toMatchObject({ user: { id: user.id } })
    await expect(completePasswordReset({ token, password: 'someone else again' }, { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
  })

  it('refuses an existing address and bad arguments, changing nothing', async () => {
    await createUser({ email: 'taken@example.org' })
    const before = await snapshot()
    await expect(createAdminAccount(db, { email: 'taken@example.org', name: 'Someone' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(createAdminAccount(db, { email: undefined, name: 'Someone' })).rejects.toMatchObject({ code: 'INVALID', fields: { email: expect.any(Array) } })
    await expect(createAdminAccount(db, { email: 'x@example.org', name: '' })).rejects.toMatchObject({ code: 'INVALID', fields: { name: expect.any(Array) } })
    expect(await snapshot()).toEqual(before)
    expect(await db.passwordResetToken.count()).toBe(0)
  })
})
