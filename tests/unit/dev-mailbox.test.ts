// Who gets the development mailbox, and where. On the code before this change, a PostgreSQL on
// loopback counted as a demo database (demo accounts with the published password, and the
// mailbox on), and the mailbox had no visitor check at all: the first and the last cases below
// fail there.
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { DIRECT_PEER_HEADER, isDirectLoopbackVisitor, isLoopbackAddress, markDirectPeer } from '@/lib/http/direct-peer'
import { decideDevMailbox, mailboxStillOpen, mayReadDevMailbox } from '@/lib/mail/dev-mailbox'
import { isDemoInstall } from '@/lib/server/install-mode'

const person = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'u', email: 'u@example.org', name: 'U', status: 'ACTIVE', isNetworkAdmin: false, sessionVersion: 0, city: null, hubRoles: [], ...overrides,
})

describe('demo install', () => {
  it('is the embedded database or SEED_DEMO=true, never a loopback PostgreSQL by itself', () => {
    expect(isDemoInstall({}, true)).toBe(true)
    expect(isDemoInstall({}, false)).toBe(false) // DATABASE_URL=postgresql://127.0.0.1/... included
    expect(isDemoInstall({ SEED_DEMO: 'true' }, false)).toBe(true)
    expect(isDemoInstall({ SEED_DEMO: 'false' }, true)).toBe(false)
  })
})

describe('development mailbox decision', () => {
  const base = { requested: undefined, smtpConfigured: false, demoMode: true, otherAccounts: 0 }
  it('is on for a demo install without SMTP and off for a real one', () => {
    expect(decideDevMailbox(base).enabled).toBe(true)
    expect(decideDevMailbox({ ...base, demoMode: false }).enabled).toBe(false)
    expect(decideDevMailbox({ ...base, smtpConfigured: true }).enabled).toBe(false)
    expect(decideDevMailbox({ ...base, requested: 'false' }).enabled).toBe(false)
  })
  it('refuses to turn on, even when asked, while the database holds accounts besides the demo ones', () => {
    expect(decideDevMailbox({ ...base, otherAccounts: 1 })).toMatchObject({ enabled: false, reason: expect.stringMatching(/^refused/) })
    expect(decideDevMailbox({ ...base, requested: 'true', demoMode: false, otherAccounts: 3 }).enabled).toBe(false)
    expect(decideDevMailbox({ ...base, requested: 'true', demoMode: false }).enabled).toBe(true)
  })
})

describe('development mailbox after the start', () => {
  it('closes outside a demo install once someone who is not a demo account has registered', async () => {
    expect(await mailboxStillOpen({ demoInstall: false, otherAccounts: async () => 0 })).toBe(true)
    expect(await mailboxStillOpen({ demoInstall: false, otherAccounts: async () => 1 })).toBe(false)
    // A demo install keeps it for the people trying the demo, registrations included.
    expect(await mailboxStillOpen({ demoInstall: true, otherAccounts: async () => 5 })).toBe(true)
  })
})

describe('development mailbox readers', () => {
  it('are direct visitors on this machine and signed-in network admins only', () => {
    expect(mayReadDevMailbox({ enabled: true, directLoopback: true, actor: null })).toBe(true)
    expect(mayReadDevMailbox({ enabled: true, directLoopback: false, actor: null })).toBe(false)
    expect(mayReadDevMailbox({ enabled: true, directLoopback: false, actor: person() })).toBe(false)
    expect(mayReadDevMailbox({ enabled: true, directLoopback: false, actor: person({ isNetworkAdmin: true }) })).toBe(true)
    expect(mayReadDevMailbox({ enabled: true, directLoopback: false, actor: person({ isNetworkAdmin: true, status: 'SUSPENDED' }) })).toBe(false)
    expect(mayReadDevMailbox({ enabled: false, directLoopback: true, actor: person({ isNetworkAdmin: true }) })).toBe(false)
  })
})

describe('direct peer', () => {
  const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
    ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage
  const seen = (message: IncomingMessage) =>
    isDirectLoopbackVisitor(new Headers(Object.entries(message.headers) as [string, string][]))

  it('is the socket address of a request without forwarding headers', () => {
    const local = request('127.0.0.1')
    markDirectPeer(local)
    expect(local.headers[DIRECT_PEER_HEADER]).toBe('127.0.0.1')
    expect(seen(local)).toBe(true)
    const mapped = request('::ffff:127.0.0.1')
    markDirectPeer(mapped)
    expect(seen(mapped)).toBe(true)
  })

  it('cannot be claimed by a remote visitor, nor through a proxy on this machine', () => {
    const forged = request('203.0.113.9', { [DIRECT_PEER_HEADER]: '127.0.0.1' })
    markDirectPeer(forged)
    expect(seen(forged)).toBe(false)
    const proxied = request('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })
    markDirectPeer(proxied)
    expect(seen(proxied)).toBe(false)
    const forwarded = request('::1', { forwarded: 'for=203.0.113.9', [DIRECT_PEER_HEADER]: '::1' })
    markDirectPeer(forwarded)
    expect(seen(forwarded)).toBe(false)
  })

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true)
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1127.0.0.1', '', null].some(isLoopbackAddress)).toBe(false)
  })
})
