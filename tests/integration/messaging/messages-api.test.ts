// POST /api/conversations/:id/messages: the JSON way to reply. The session is the one thing
// stubbed (there is no browser here); the service, rules and database are real.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { createNetwork, createOfficial } from '../../factories/actors'
import { createMessagingWorld, messagingSnapshot, uniqueKey, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let signedIn: Actor | null = null
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  getCurrentUser: async () => signedIn,
}))
const { POST } = await import('@/app/api/conversations/[id]/messages/route')

let world: MessagingWorld
beforeEach(async () => {
  world = await createMessagingWorld()
  signedIn = world.official.actor
})

const post = (conversationId: string, body: unknown, headers: Record<string, string> = {}) =>
  POST(new Request(`http://portal.example.org/api/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'portal.example.org', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }), { params: Promise.resolve({ id: conversationId }) })

describe('POST /api/conversations/:id/messages', () => {
  it('adds a reply once, however often the same send is retried', async () => {
    const clientKey = uniqueKey()
    const first = await post(world.conversationId, { body: 'We used **lifecycle costing**.', clientKey })
    expect(first.status).toBe(201)
    const { message } = (await first.json()) as { message: { id: string } }
    const again = await Promise.all([1, 2, 3].map(() => post(world.conversationId, { body: 'We used **lifecycle costing**.', clientKey })))
    for (const response of again) {
      expect(response.status).toBe(200)
      expect(((await response.json()) as { message: { id: string } }).message.id).toBe(message.id)
    }
    expect(await db.message.count({ where: { clientKey } })).toBe(1)
    expect(first.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses, changing nothing: anonymous, cross-site, not JSON, bad JSON, empty or oversized, a stranger', async () => {
    const network = await createNetwork()
    const stranger = await createOfficial(network.cityA.id)
    const before = await messagingSnapshot()
    const cases: [string, () => Promise<Response>, number][] = [
      ['anonymous', async () => { signedIn = null; return post(world.conversationId, { body: 'hi' }) }, 401],
      ['cross-site', async () => post(world.conversationId, { body: 'hi' }, { origin: 'https://evil.example.net' }), 403],
      ['form post', async () => post(world.conversationId, 'body=hi', { 'content-type': 'application/x-www-form-urlencoded' }), 422],
      ['bad JSON', async () => post(world.conversationId, '{"body": ', {}), 422],
      ['not an object', async () => post(world.conversationId, '["hi"]', {}), 422],
      ['empty', async () => post(world.conversationId, { body: '   ' }), 422],
      ['too long', async () => post(world.conversationId, { body: 'x'.repeat(10_001) }), 422],
      ['too large', async () => post(world.conversationId, { body: 'x'.repeat(70_000) }), 422],
      ['stranger', async () => { signedIn = stranger.actor; return post(world.conversationId, { body: 'hi' }) }, 404],
      ['internal note by an official', async () => post(world.conversationId, { body: 'hi', internal: true }), 403],
      ['unknown conversation', async () => post('c0000000000000000000000000', { body: 'hi' }), 404],
    ]
    for (const [name, run, status] of cases) {
      signedIn = world.official.actor
      const response = await run()
      expect(response.status, name).toBe(status)
      expect(((await response.json()) as { error: { message: string } }).error.message, name).toBeTruthy()
    }
    expect(await messagingSnapshot()).toEqual(before)
  })
})
