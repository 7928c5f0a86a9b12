// Introductions from a published case study: an official of city A asks, the officers of the
// case study's hub see the request and connect the two cities in one conversation that both
// cities' officials and the hub's staff take part in. Refusals change nothing.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import {
  connectIntroduction,
  getConversation,
  getIntroductionOptions,
  listCityConversations,
  listHubConversations,
  listIntroductionRequests,
  requestIntroduction,
  sendMessage,
} from '@/lib/messaging'
import { actorOfKind, createHubOfficer, createOfficial, createSuspended, type ActorKind } from '../../factories/actors'
import { createCaseStudy, createCity, createHub } from '../../factories/index'
import { createIntroductionWorld, expectIntroductionRefused, type IntroductionWorld } from '../../factories/introductions'
import { uniqueKey } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let world: IntroductionWorld
beforeEach(async () => {
  world = await createIntroductionWorld()
})

const ask = (actor: Actor | null = world.requester.actor, extra: Record<string, unknown> = {}) =>
  requestIntroduction(actor, { caseStudySlug: world.caseStudy.slug, message: 'We would like to learn from your **repair café**.', ...extra })

describe('requestIntroduction', () => {
  it('records a pending request for the case study’s hub; its officers and managers are notified', async () => {
    const { id, created } = await ask()
    expect(created).toBe(true)
    const request = await db.introductionRequest.findUniqueOrThrow({ where: { id } })
    expect(request).toMatchObject({
      status: 'PENDING',
      hubId: world.network.hubY.id,
      requestingCityId: world.network.cityA.id,
      caseStudyId: world.caseStudy.id,
      requestedById: world.requester.user.id,
      conversationId: null,
    })
    const notified = await db.notification.findMany({ where: { type: 'introduction.requested' }, select: { userId: true, data: true } })
    expect(notified.map((n) => n.userId).sort()).toEqual([world.officerY.user.id, world.managerY.user.id].sort())
    expect(notified[0]!.data).toMatchObject({ cityName: world.network.cityA.name, caseStudyTitle: world.caseStudy.title })
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: world.officerY.user.email } })
    expect(mail.textBody).toContain('/hub-inbox')
    expect(mail.textBody).not.toContain('repair café')
    expect(await db.auditLog.count({ where: { action: 'introduction.request', targetId: id } })).toBe(1)

    const rows = await listIntroductionRequests(world.officerY.actor)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id,
      requestingCity: { name: world.network.cityA.name },
      requestedBy: { name: world.requester.user.name },
      caseStudy: { title: world.caseStudy.title, slug: world.caseStudy.slug, city: { name: world.network.cityB.name } },
    })
    expect(rows[0]!.message).toContain('repair café')
    // Other hubs and officials do not see it.
    expect(await listIntroductionRequests(world.officerX.actor)).toEqual([])
    expect(await listIntroductionRequests(world.requester.actor)).toEqual([])
  })

  it('goes to the hub the city joined first when the reviewing hub is not one of its hubs', async () => {
    await db.caseStudy.update({ where: { id: world.caseStudy.id }, data: { reviewHubId: null } })
    const { id } = await ask()
    expect((await db.introductionRequest.findUniqueOrThrow({ where: { id } })).hubId).toBe(world.network.hubY.id)
  })

  it.each<ActorKind>(['anonymous', 'unattached', 'pendingOfficialA', 'officerX', 'managerY', 'admin', 'suspendedFocalPointA'])(
    'refuses %s',
    async (kind) => {
      const actor = await actorOfKind(kind, world.network)
      await expectIntroductionRefused(() => ask(actor), kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')
    },
  )

  it('refuses an official of the case study’s own city', async () => {
    await expectIntroductionRefused(() => ask(world.hostOfficial.actor), 'FORBIDDEN', 'ownCity')
  })

  it('refuses a case study that is not published (as not found), and bad input', async () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'UNPUBLISHED'] as const) {
      const draft = await createCaseStudy(world.network.cityB.id, { status })
      await expectIntroductionRefused(
        () => requestIntroduction(world.requester.actor, { caseStudySlug: draft.slug, message: 'Hello' }),
        'NOT_FOUND',
      )
    }
    await expectIntroductionRefused(() => requestIntroduction(world.requester.actor, { caseStudySlug: 'no-such-case', message: 'Hello' }), 'NOT_FOUND')
    await expectIntroductionRefused(() => ask(world.requester.actor, { message: '   ' }), 'INVALID')
    await expectIntroductionRefused(() => ask(world.requester.actor, { caseStudySlug: '../etc' }), 'INVALID')
  })

  it('refuses a second pending request from the same city for the same case study', async () => {
    await ask()
    await expectIntroductionRefused(() => ask(world.colleague.actor), 'CONFLICT', 'introductionPending')
    // Another city may still ask; so may city A about another case study.
    const cityC = await createCity({}, { hubIds: [world.network.hubX.id] })
    const officialC = await createOfficial(cityC.id)
    await expect(ask(officialC.actor)).resolves.toMatchObject({ created: true })
    const other = await createCaseStudy(world.network.cityB.id, { status: 'PUBLISHED' })
    await expect(requestIntroduction(world.requester.actor, { caseStudySlug: other.slug, message: 'Hi' })).resolves.toMatchObject({ created: true })
  })

  it('creates one request for a double-submitted form, and one for two racing colleagues', async () => {
    const clientKey = uniqueKey()
    const [a, b] = await Promise.all([ask(world.requester.actor, { clientKey }), ask(world.requester.actor, { clientKey })])
    expect(a.id).toBe(b.id)
    expect(await db.introductionRequest.count()).toBe(1)
    expect(await db.notification.count({ where: { type: 'introduction.requested' } })).toBe(2)

    const other = await createCaseStudy(world.network.cityB.id, { status: 'PUBLISHED' })
    const results = await Promise.allSettled([
      requestIntroduction(world.requester.actor, { caseStudySlug: other.slug, message: 'One', clientKey: uniqueKey() }),
      requestIntroduction(world.colleague.actor, { caseStudySlug: other.slug, message: 'Two', clientKey: uniqueKey() }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', key: 'introductionPending' } })
    expect(await db.introductionRequest.count({ where: { caseStudyId: other.id } })).toBe(1)
  })

  it('refuses when the case study’s city belongs to no hub', async () => {
    await db.cityHubMembership.updateMany({ where: { cityId: world.network.cityB.id }, data: { leftAt: new Date() } })
    await expectIntroductionRefused(() => ask(), 'CONFLICT', 'noHubToIntroduce')
  })

  it('tells the case study page what a viewer may do', async () => {
    const caseStudy = world.caseStudy.id
    expect(await getIntroductionOptions(null, caseStudy)).toEqual({ state: 'none' })
    expect(await getIntroductionOptions(world.hostOfficial.actor, caseStudy)).toEqual({ state: 'none' })
    expect(await getIntroductionOptions(world.officerY.actor, caseStudy)).toEqual({ state: 'none' })
    expect(await getIntroductionOptions(world.requester.actor, caseStudy)).toEqual({ state: 'available', conversationId: null })
    const { id } = await ask()
    expect(await getIntroductionOptions(world.colleague.actor, caseStudy)).toEqual({ state: 'pending', conversationId: null })
    const { conversationId } = await connectIntroduction(world.officerY.actor, { requestId: id })
    expect(await getIntroductionOptions(world.requester.actor, caseStudy)).toEqual({ state: 'available', conversationId })
    await db.caseStudy.update({ where: { id: caseStudy }, data: { status: 'UNPUBLISHED' } })
    expect(await getIntroductionOptions(world.requester.actor, caseStudy)).toEqual({ state: 'none' })
  })
})

describe('connectIntroduction', () => {
  it('connects both cities and the hub in one conversation; both cities are told; audited', async () => {
    const { id } = await ask()
    const result = await connectIntroduction(world.officerY.actor, { requestId: id, message: 'Meet the team of City B.' })
    const request = await db.introductionRequest.findUniqueOrThrow({ where: { id } })
    expect(request).toMatchObject({ status: 'CONNECTED', conversationId: result.conversationId, decidedById: world.officerY.user.id })
    expect(request.decidedAt).toBeInstanceOf(Date)

    const conversation = await db.conversation.findUniqueOrThrow({
      where: { id: result.conversationId },
      include: { cities: true, messages: { orderBy: { createdAt: 'asc' } } },
    })
    expect(conversation).toMatchObject({
      kind: 'INTRODUCTION',
      hubId: world.network.hubY.id,
      subject: world.caseStudy.title,
      relatedCaseStudyId: world.caseStudy.id,
      assignedToId: world.officerY.user.id,
    })
    expect(conversation.cities.map((c) => c.cityId).sort()).toEqual([world.network.cityA.id, world.network.cityB.id].sort())
    expect(conversation.messages.map((m) => [m.authorId, m.body])).toEqual([
      [world.requester.user.id, 'We would like to learn from your **repair café**.'],
      [world.officerY.user.id, 'Meet the team of City B.'],
    ])

    const told = await db.notification.findMany({ where: { type: 'conversation.introduced' }, select: { userId: true } })
    expect(told.map((n) => n.userId).sort()).toEqual([world.requester.user.id, world.colleague.user.id, world.hostOfficial.user.id].sort())
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'introduction.connect', targetId: id } })
    expect(audit).toMatchObject({ actorId: world.officerY.user.id, hubId: world.network.hubY.id })
    expect(JSON.stringify(audit.metadata)).not.toContain('repair café')

    // Everyone in it sees it and may write; the request leaves the hub's list.
    for (const actor of [world.requester.actor, world.hostOfficial.actor, world.managerY.actor]) {
      const thread = await getConversation(actor, { conversationId: result.conversationId })
      expect(thread.viewer.canReply).toBe(true)
    }
    expect((await listCityConversations(world.requester.actor)).map((c) => c.id)).toContain(result.conversationId)
    expect((await listCityConversations(world.hostOfficial.actor)).map((c) => c.id)).toContain(result.conversationId)
    expect((await listHubConversations(world.managerY.actor, 'open')).map((c) => c.id)).toContain(result.conversationId)
    expect(await listIntroductionRequests(world.officerY.actor)).toEqual([])
    await sendMessage(world.hostOfficial.actor, { conversationId: result.conversationId, body: 'Happy to help!' })
    const replyNotified = await db.notification.findMany({ where: { type: 'conversation.message' }, select: { userId: true } })
    expect(replyNotified.map((n) => n.userId)).toContain(world.officerY.user.id)

    // Outsiders still see nothing.
    for (const actor of [world.officerX.actor, await actorOfKind('managerX', world.network)]) {
      await expect(getConversation(actor, { conversationId: result.conversationId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('works without a word from the connector', async () => {
    const { id } = await ask()
    const { conversationId } = await connectIntroduction(world.managerY.actor, { requestId: id })
    expect(await db.message.count({ where: { conversationId } })).toBe(1)
  })

  it('refuses anyone but the request hub’s officers and managers, and a second connect', async () => {
    const { id } = await ask()
    await expectIntroductionRefused(() => connectIntroduction(null, { requestId: id }), 'UNAUTHENTICATED')
    for (const actor of [world.officerX.actor, world.requester.actor, world.hostOfficial.actor, await actorOfKind('admin', world.network)]) {
      await expectIntroductionRefused(() => connectIntroduction(actor, { requestId: id }), 'NOT_FOUND')
    }
    const suspended = await createSuspended({ officerOf: world.network.hubY.id })
    await expectIntroductionRefused(() => connectIntroduction(suspended.stale, { requestId: id }), 'FORBIDDEN')
    await expectIntroductionRefused(() => connectIntroduction(world.officerY.actor, { requestId: 'nope' }), 'NOT_FOUND')

    const results = await Promise.allSettled([
      connectIntroduction(world.officerY.actor, { requestId: id }),
      connectIntroduction(world.managerY.actor, { requestId: id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db.conversation.count({ where: { kind: 'INTRODUCTION' } })).toBe(1)
    await expectIntroductionRefused(() => connectIntroduction(world.officerY.actor, { requestId: id }), 'CONFLICT', 'alreadyConnected')
  })

  it('lets the city ask again once connected', async () => {
    const { id } = await ask()
    await connectIntroduction(world.officerY.actor, { requestId: id })
    await expect(ask(world.colleague.actor)).resolves.toMatchObject({ created: true })
  })

  it('lists only requests of the actor’s hubs, oldest first', async () => {
    const first = await ask()
    const hubZ = await createHub()
    const cityZ = await createCity({}, { hubIds: [hubZ.id] })
    const other = await createCaseStudy(cityZ.id, { status: 'PUBLISHED' })
    await requestIntroduction(world.requester.actor, { caseStudySlug: other.slug, message: 'Hi Z' })
    const second = await createCaseStudy(world.network.cityB.id, { status: 'PUBLISHED' })
    const later = await requestIntroduction(world.requester.actor, { caseStudySlug: second.slug, message: 'Again' })
    expect((await listIntroductionRequests(world.officerY.actor)).map((r) => r.id)).toEqual([first.id, later.id])
    const officerZ = await createHubOfficer(hubZ.id)
    expect(await listIntroductionRequests(officerZ.actor)).toHaveLength(1)
  })
})
