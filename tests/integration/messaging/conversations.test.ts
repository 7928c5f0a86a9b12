import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import {
  assignConversation,
  getConversation,
  listCityConversations,
  listHubConversations,
  listMessagesAfter,
  resolveConversation,
  sendMessage,
  startConversation,
  startOutreach,
} from '@/lib/messaging'
import { actorOfKind, createFocalPoint, createHubOfficer, createOfficial, createSuspended, type ActorKind } from '../../factories/actors'
import { createMessagingWorld, expectRefusedUnchanged, uniqueKey, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let world: MessagingWorld
beforeEach(async () => {
  world = await createMessagingWorld()
})

describe('startConversation', () => {
  it('opens a conversation with its first message; the hub’s staff are notified and mailed', async () => {
    const conversation = await db.conversation.findUniqueOrThrow({
      where: { id: world.conversationId },
      include: { cities: true, messages: true },
    })
    expect(conversation).toMatchObject({ hubId: world.network.hubX.id, status: 'OPEN', subject: 'Compost pilots', kind: 'QUESTION' })
    expect(conversation.cities.map((c) => c.cityId)).toEqual([world.network.cityA.id])
    expect(conversation.messages).toHaveLength(1)
    const notified = await db.notification.findMany({ where: { type: 'conversation.started' }, select: { userId: true } })
    expect(notified.map((n) => n.userId).sort()).toEqual([world.officer.user.id, world.manager.user.id].sort())
    expect(await db.outboxEmail.count()).toBe(2)
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: world.officer.user.email } })
    expect(mail.textBody).toContain(`/inbox/${world.conversationId}`)
    expect(mail.textBody).toContain('/unsubscribe?token=')
    expect(mail.textBody).not.toContain('How did other cities')
    expect(await db.auditLog.count({ where: { action: 'conversation.start' } })).toBe(1)
  })

  it.each<ActorKind>(['anonymous', 'unattached', 'pendingOfficialA', 'officerX', 'managerX', 'admin', 'focalPointB', 'suspendedFocalPointA'])(
    'refuses %s',
    async (kind) => {
      const actor = await actorOfKind(kind, world.network)
      await expectRefusedUnchanged(
        () => startConversation(actor, { hubSlug: world.network.hubX.slug, subject: 'Hello', body: 'Hi' }),
        kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      )
    },
  )

  it('refuses a hub the city does not belong to, and bad input', async () => {
    await expectRefusedUnchanged(
      () => startConversation(world.official.actor, { hubSlug: world.network.hubY.slug, subject: 'Hello', body: 'Hi' }),
      'FORBIDDEN',
    )
    await expectRefusedUnchanged(
      () => startConversation(world.official.actor, { hubSlug: world.network.hubX.slug, subject: ' ', body: 'x'.repeat(10_001) }),
      'INVALID',
    )
  })

  it('creates one conversation for a double-submitted form', async () => {
    const clientKey = uniqueKey()
    const input = { hubSlug: world.network.hubX.slug, subject: 'Twice', body: 'Once only', clientKey }
    const [a, b] = await Promise.all([startConversation(world.official.actor, input), startConversation(world.official.actor, input)])
    expect(a.id).toBe(b.id)
    expect(await db.conversation.count({ where: { subject: 'Twice' } })).toBe(1)
  })
})

describe('startOutreach', () => {
  it('lets an officer write first to a member city; its officials are notified', async () => {
    const { id } = await startOutreach(world.officer.actor, {
      hubSlug: world.network.hubX.slug,
      citySlug: world.network.cityA.slug,
      subject: 'Invitation',
      body: 'Join our webinar.',
    })
    expect(await db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: 'OUTREACH', assignedToId: world.officer.user.id })
    const notified = await db.notification.findMany({ where: { type: 'conversation.started', data: { path: ['conversationId'], equals: id } } })
    expect(notified.map((n) => n.userId).sort()).toEqual([world.official.user.id, world.colleague.user.id].sort())
  })

  it('refuses a city outside the hub, and an official', async () => {
    await expectRefusedUnchanged(
      () => startOutreach(world.officer.actor, { hubSlug: world.network.hubX.slug, citySlug: world.network.cityB.slug, subject: 'x', body: 'y' }),
      'FORBIDDEN',
    )
    await expectRefusedUnchanged(
      () => startOutreach(world.official.actor, { hubSlug: world.network.hubX.slug, citySlug: world.network.cityA.slug, subject: 'x', body: 'y' }),
      'FORBIDDEN',
    )
  })
})

describe('who sees a conversation', () => {
  it('shows it to the city’s officials, the hub’s officers and managers, and admins', async () => {
    for (const kind of ['officialA', 'focalPointA', 'officerX', 'managerX', 'admin'] as const) {
      const actor = await actorOfKind(kind, world.network)
      expect((await getConversation(actor, { conversationId: world.conversationId })).conversation.id).toBe(world.conversationId)
    }
    expect((await listCityConversations(world.colleague.actor)).map((c) => c.id)).toEqual([world.conversationId])
    expect((await listHubConversations(world.officer.actor, 'open')).map((c) => c.id)).toEqual([world.conversationId])
  })

  it.each<ActorKind>(['unattached', 'pendingOfficialA', 'focalPointB', 'managerY'])('answers NOT_FOUND to %s', async (kind) => {
    const actor = await actorOfKind(kind, world.network)
    await expect(getConversation(actor, { conversationId: world.conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(listMessagesAfter(actor, { conversationId: world.conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expectRefusedUnchanged(() => sendMessage(actor, { conversationId: world.conversationId, body: 'Let me in' }), 'NOT_FOUND')
    expect(await listCityConversations(actor)).toEqual([])
    expect(await listHubConversations(actor, 'open')).toEqual([])
  })

  it('refuses anonymous and suspended people', async () => {
    await expect(getConversation(null, { conversationId: world.conversationId })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    const suspended = await createSuspended({ officialOf: world.network.cityA.id })
    await expectRefusedUnchanged(() => sendMessage(suspended.stale, { conversationId: world.conversationId, body: 'x' }), 'FORBIDDEN')
  })

  it('lets an admin read but not reply', async () => {
    const admin = await actorOfKind('admin', world.network)
    await expectRefusedUnchanged(() => sendMessage(admin, { conversationId: world.conversationId, body: 'Admin here' }), 'FORBIDDEN')
  })

  it('ends access when an official leaves the city team', async () => {
    await db.cityOfficial.update({ where: { id: world.official.membership.id }, data: { status: 'REMOVED', endedAt: new Date() } })
    await expect(getConversation(world.official.actor, { conversationId: world.conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('replies and internal notes', () => {
  it('lets any officer reply; the city’s officials are notified', async () => {
    const other = await createHubOfficer(world.network.hubX.id)
    await sendMessage(other.actor, { conversationId: world.conversationId, body: 'Start small.' })
    const notified = await db.notification.findMany({ where: { type: 'conversation.message' }, select: { userId: true } })
    expect(notified.map((n) => n.userId).sort()).toEqual([world.official.user.id, world.colleague.user.id].sort())
  })

  it('hides internal notes from officials, in the thread and in polling', async () => {
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Ask the Lagos team', internal: 'on' })
    const forOfficial = await getConversation(world.official.actor, { conversationId: world.conversationId })
    expect(forOfficial.messages.map((m) => m.isInternalNote)).toEqual([false])
    expect(JSON.stringify(forOfficial)).not.toContain('Lagos')
    expect(JSON.stringify(await listMessagesAfter(world.official.actor, { conversationId: world.conversationId }))).not.toContain('Lagos')
    const forManager = await getConversation(world.manager.actor, { conversationId: world.conversationId })
    expect(forManager.messages.map((m) => m.isInternalNote)).toEqual([false, true])
    expect(await db.notification.count({ where: { userId: world.official.user.id, type: 'conversation.message' } })).toBe(0)
  })

  it('refuses an internal note from an official', async () => {
    await expectRefusedUnchanged(
      () => sendMessage(world.official.actor, { conversationId: world.conversationId, body: 'Secret', internal: 'true' }),
      'FORBIDDEN',
    )
  })

  it('renders Markdown through the sanitiser', async () => {
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Hello **ok**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))' })
    const { messages } = await getConversation(world.official.actor, { conversationId: world.conversationId })
    const html = messages.at(-1)!.html!
    expect(html).toContain('<strong>ok</strong>')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
  })

  it('creates one message for a double-submitted send with the same clientKey', async () => {
    const clientKey = uniqueKey()
    const input = { conversationId: world.conversationId, body: 'Only once', clientKey }
    const results = await Promise.all([sendMessage(world.officer.actor, input), sendMessage(world.officer.actor, input)])
    expect(results[0].id).toBe(results[1].id)
    const again = await sendMessage(world.officer.actor, input)
    expect(again).toMatchObject({ id: results[0].id, created: false })
    expect(await db.message.count({ where: { body: 'Only once' } })).toBe(1)
  })

  it('refuses an empty or too long message', async () => {
    await expectRefusedUnchanged(() => sendMessage(world.officer.actor, { conversationId: world.conversationId, body: '   ' }), 'INVALID')
    await expectRefusedUnchanged(
      () => sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'x'.repeat(10_001) }),
      'INVALID',
    )
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'x'.repeat(10_000) })
  })

  it('lists only messages after a given instant', async () => {
    const first = await db.message.findFirstOrThrow({ where: { conversationId: world.conversationId } })
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Newer' })
    const newer = await listMessagesAfter(world.official.actor, { conversationId: world.conversationId, after: first.createdAt.toISOString() })
    expect(newer.map((m) => m.html)).toEqual(['<p>Newer</p>'])
  })
})

describe('assign and resolve', () => {
  it('assigns to a colleague of the hub and notifies them', async () => {
    await assignConversation(world.officer.actor, { conversationId: world.conversationId, assigneeId: world.manager.user.id })
    expect((await db.conversation.findUniqueOrThrow({ where: { id: world.conversationId } })).assignedToId).toBe(world.manager.user.id)
    expect(await db.notification.count({ where: { userId: world.manager.user.id, type: 'conversation.assigned' } })).toBe(1)
    expect((await listHubConversations(world.manager.actor, 'mine')).map((c) => c.id)).toEqual([world.conversationId])
    expect(await listHubConversations(world.manager.actor, 'unassigned')).toEqual([])
  })

  it('refuses to assign to someone who is not an officer or manager of the hub', async () => {
    const elsewhere = await createHubOfficer(world.network.hubY.id)
    for (const assigneeId of [world.official.user.id, elsewhere.user.id, 'no-such-user']) {
      await expectRefusedUnchanged(() => assignConversation(world.officer.actor, { conversationId: world.conversationId, assigneeId }), 'INVALID')
    }
  })

  it('refuses officials and admins', async () => {
    const focal = await createFocalPoint(world.network.cityA.id)
    await expectRefusedUnchanged(
      () => assignConversation(focal.actor, { conversationId: world.conversationId, assigneeId: world.officer.user.id }),
      'FORBIDDEN',
    )
    await expectRefusedUnchanged(() => resolveConversation(world.official.actor, { conversationId: world.conversationId }), 'FORBIDDEN')
    const admin = await actorOfKind('admin', world.network)
    await expectRefusedUnchanged(() => resolveConversation(admin, { conversationId: world.conversationId }), 'FORBIDDEN')
  })

  it('resolves; a second resolve conflicts; a new message reopens it, a note does not', async () => {
    await resolveConversation(world.officer.actor, { conversationId: world.conversationId })
    expect(await listHubConversations(world.officer.actor, 'resolved')).toHaveLength(1)
    await expectRefusedUnchanged(() => resolveConversation(world.manager.actor, { conversationId: world.conversationId }), 'CONFLICT')
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'note', internal: true })
    expect((await db.conversation.findUniqueOrThrow({ where: { id: world.conversationId } })).status).toBe('RESOLVED')
    await sendMessage(world.colleague.actor, { conversationId: world.conversationId, body: 'One more question' })
    expect(await db.conversation.findUniqueOrThrow({ where: { id: world.conversationId } })).toMatchObject({ status: 'OPEN', resolvedAt: null })
  })
})

describe('blocked from messaging', () => {
  it('refuses a user whose messaging is blocked', async () => {
    const blocked = await createOfficial(world.network.cityA.id, 'ACTIVE', { messagingBlockedAt: new Date() })
    await expectRefusedUnchanged(() => sendMessage(blocked.actor, { conversationId: world.conversationId, body: 'hi' }), 'FORBIDDEN')
  })
})
