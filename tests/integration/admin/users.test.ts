// Suspending ends a person's sessions at once and refuses their sign-in with a reason; restoring
// lets them sign in again. Each writes exactly one audit row.
import { createUserSession } from '@/lib/auth/user-sessions'
import { beforeEach, describe, expect, it } from 'vitest'
import { restoreUser } from '@/lib/admin/restore-user'
import { suspendUser } from '@/lib/admin/suspend-user'
import { externalSignInAllowed, passwordSignIn } from '@/lib/auth/options'
import { hashPassword } from '@/lib/auth/password'
import { resolveSessionActor } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { actorKinds, actorOfKind, createAdmin, createNetwork, createUnattachedUser, refusalCode, type TestNetwork } from '../../factories/actors'
import { expectAdminRefusedUnchanged } from '../../factories/admin'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

describe('suspendUser and restoreUser', () => {
  it('ends the sessions at once, refuses sign-in with a reason, and restores', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser({ email: 'kofi.suspend@example.org', passwordHash: await hashPassword('kofi circular password') })
    const claims = { uid: person.user.id, sv: person.user.sessionVersion, sid: await createUserSession(person.user.id, { userAgent: null, ip: null }) }
    expect(await resolveSessionActor(claims)).not.toBeNull()
    await db.session.create({ data: { sessionToken: 'db-session-token', userId: person.user.id, expires: new Date(Date.now() + 86_400_000) } })

    await suspendUser(admin.actor, { userId: person.user.id, reason: 'Posted spam in hub inboxes' }, { ip: '192.0.2.9' })
    expect(await resolveSessionActor(claims)).toBeNull()
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(0)
    expect(await db.user.findUnique({ where: { id: person.user.id } })).toMatchObject({ status: 'SUSPENDED', suspendedReason: 'Posted spam in hub inboxes' })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'user.suspend', actorId: admin.user.id, targetId: person.user.id, reason: 'Posted spam in hub inboxes', ip: '192.0.2.9' },
    ])

    expect(await passwordSignIn({ email: 'kofi.suspend@example.org', password: 'kofi circular password' }, '192.0.2.10')).toEqual({ refused: 'suspended' })
    // A wrong password does not reveal the suspension.
    expect(await passwordSignIn({ email: 'kofi.suspend@example.org', password: 'wrong password here' }, null)).toEqual({ refused: 'credentials' })

    await db.auditLog.deleteMany()
    await restoreUser(admin.actor, { userId: person.user.id })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'user.restore', targetId: person.user.id, metadata: { suspendedReason: 'Posted spam in hub inboxes' } }])
    expect(await db.auditLog.count()).toBe(1)
    expect(await passwordSignIn({ email: 'kofi.suspend@example.org', password: 'kofi circular password' }, null)).toMatchObject({ user: { id: person.user.id } })
    // The sessions from before the suspension stay ended.
    expect(await resolveSessionActor(claims)).toBeNull()
  })

  it('requires a reason, refuses self-suspension and double suspension, and restoring an active account', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser()
    await expectAdminRefusedUnchanged(() => suspendUser(admin.actor, { userId: person.user.id, reason: '' }), { code: 'INVALID', fields: { reason: expect.any(Array) } })
    await expectAdminRefusedUnchanged(() => suspendUser(admin.actor, { userId: admin.user.id, reason: 'Testing myself' }), { code: 'CONFLICT', key: 'suspendSelf' })
    await expectAdminRefusedUnchanged(() => restoreUser(admin.actor, { userId: person.user.id }), { code: 'CONFLICT', key: 'notSuspended' })
    await suspendUser(admin.actor, { userId: person.user.id, reason: 'First suspension' })
    await expectAdminRefusedUnchanged(() => suspendUser(admin.actor, { userId: person.user.id, reason: 'Second one' }), { code: 'CONFLICT', key: 'alreadySuspended' })
    await expectAdminRefusedUnchanged(() => suspendUser(admin.actor, { userId: 'no-such-user', reason: 'Nobody' }), { code: 'NOT_FOUND' })
  })

  it('refuses everyone but active network admins', async () => {
    const person = await createUnattachedUser()
    for (const kind of actorKinds.filter((k) => k !== 'admin')) {
      const actor = await actorOfKind(kind, network)
      await expectAdminRefusedUnchanged(() => suspendUser(actor, { userId: person.user.id, reason: 'Not allowed' }), { code: refusalCode(kind) })
    }
  })
})

describe('magic-link and SSO sign-in', () => {
  it('lets active accounts in, sends suspended ones to the reason, refuses unknown addresses without creating users; audits refusals', async () => {
    const active = await createUnattachedUser()
    const suspended = await createUnattachedUser({ status: 'SUSPENDED', suspendedReason: 'Test' })
    expect(await externalSignInAllowed(active.user.email.toUpperCase(), 'email')).toBe(true)
    expect(await db.auditLog.count()).toBe(0)
    expect(await externalSignInAllowed(suspended.user.email, 'oidc')).toBe('/sign-in?error=AccountSuspended')
    expect(await externalSignInAllowed('stranger@example.org', 'oidc')).toBe(false)
    expect(await externalSignInAllowed(undefined, 'oidc')).toBe(false)
    expect(await db.user.count({ where: { email: 'stranger@example.org' } })).toBe(0)
    expect(await db.auditLog.findMany({ orderBy: { id: 'asc' } })).toMatchObject([
      { action: 'auth.signInFailed', actorId: suspended.user.id, metadata: { method: 'oidc', reason: 'suspended' } },
      { action: 'auth.signInFailed', actorId: null, metadata: { method: 'oidc', reason: 'unknownAccount' } },
      { action: 'auth.signInFailed', actorId: null, metadata: { method: 'oidc', reason: 'unknownAccount' } },
    ])
  })
})
