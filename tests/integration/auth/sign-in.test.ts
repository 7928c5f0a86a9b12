import { describe, expect, it } from 'vitest'
import { createUserSession } from '@/lib/auth/user-sessions'
import { db } from '@/lib/db'
import { authorizeWithPassword } from '@/lib/auth/options'
import { hashPassword } from '@/lib/auth/password'
import { resolveSessionActor } from '@/lib/auth/session'
import { createUser } from '../../factories'

describe('password sign-in', () => {
  it('accepts the right password (any case of the address) and audits success and failure', async () => {
    const user = await createUser({ email: 'nana@example.org', passwordHash: await hashPassword('correct horse battery') })
    expect(await authorizeWithPassword({ email: 'Nana@Example.org', password: 'correct horse battery' }, '192.0.2.1')).toEqual({
      id: user.id,
      email: 'nana@example.org',
      name: user.name,
    })
    expect(await authorizeWithPassword({ email: 'nana@example.org', password: 'wrong' }, '192.0.2.1')).toBeNull()
    expect(await authorizeWithPassword({ email: 'ghost@example.org', password: 'wrong' }, '192.0.2.1')).toBeNull()
    const entries = await db.auditLog.findMany({ orderBy: { id: 'asc' } })
    expect(entries.map((e) => [e.action, e.actorId, e.ip])).toEqual([
      ['auth.signIn', user.id, '192.0.2.1'],
      ['auth.signInFailed', user.id, '192.0.2.1'],
      ['auth.signInFailed', null, '192.0.2.1'],
    ])
    expect(JSON.stringify(entries.map((e) => ({ ...e, id: String(e.id) })))).not.toContain('correct horse')
  })

  it('refuses a suspended account even with the right password', async () => {
    await createUser({ email: 'gone@example.org', status: 'SUSPENDED', passwordHash: await hashPassword('correct horse battery') })
    expect(await authorizeWithPassword({ email: 'gone@example.org', password: 'correct horse battery' }, null)).toBeNull()
  })

  it('refuses malformed input without touching the database', async () => {
    expect(await authorizeWithPassword({ email: ['a'], password: 5 }, null)).toBeNull()
    expect(await authorizeWithPassword(undefined, null)).toBeNull()
    expect(await db.auditLog.count()).toBe(0)
  })

  it('keeps the session of a suspended user resolvable as SUSPENDED (so every check refuses it) and drops unknown users', async () => {
    const user = await createUser({ status: 'SUSPENDED' })
    const sid = await createUserSession(user.id, { userAgent: null, ip: null })
    const actor = await resolveSessionActor({ uid: user.id, sv: 0, sid })
    expect(actor?.status).toBe('SUSPENDED')
    expect(await resolveSessionActor({ uid: 'no-such-user', sv: 0, sid })).toBeNull()
    expect(await resolveSessionActor({ uid: user.id, sid })).toBeNull()
    // A token without a server-side session (or with another user's) signs nobody in.
    expect(await resolveSessionActor({ uid: user.id, sv: 0 })).toBeNull()
    const other = await createUser()
    expect(await resolveSessionActor({ uid: other.id, sv: 0, sid })).toBeNull()
  })
})
