import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decideJoinRequest } from '@/lib/membership'
import {
  actorOfKind,
  createAdmin,
  createFocalPoint,
  createHubManager,
  createNetwork,
  createOfficial,
  createSuspended,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'

let network: TestNetwork
/** City B (a member of hub Y) asks to join hub X. */
let hubRequestId: string
let focalPointB: Awaited<ReturnType<typeof createFocalPoint>>

async function pendingRequest(data: { hubId?: string; coalitionId?: string; cityId?: string; requestedById?: string }) {
  const request = await db.joinRequest.create({
    data: {
      cityId: data.cityId ?? network.cityB.id,
      target: data.hubId ? 'HUB' : 'COALITION',
      hubId: data.hubId ?? null,
      coalitionId: data.coalitionId ?? null,
      requestedById: data.requestedById ?? focalPointB.user.id,
      motivation: 'We want to learn from your cities.',
    },
  })
  return request.id
}

beforeEach(async () => {
  network = await createNetwork()
  focalPointB = await createFocalPoint(network.cityB.id)
  hubRequestId = await pendingRequest({ hubId: network.hubX.id })
})

describe('decideJoinRequest', () => {
  it('approves: membership row, decision recorded, one audit row, city told', async () => {
    const manager = await createHubManager(network.hubX.id, { name: 'Ama Mensah' })
    const otherFocalPoint = await createFocalPoint(network.cityB.id)
    const official = await createOfficial(network.cityB.id)

    const result = await decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'APPROVE', reason: '' })

    expect(result).toEqual({ id: hubRequestId, status: 'APPROVED', hubSlug: network.hubX.slug })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: hubRequestId } })).toMatchObject({
      status: 'APPROVED',
      decidedById: manager.user.id,
      decidedAt: expect.any(Date),
      decisionReason: null,
    })
    const memberships = await db.cityHubMembership.findMany({ where: { cityId: network.cityB.id, hubId: network.hubX.id } })
    expect(memberships).toHaveLength(1)
    expect(memberships[0]?.leftAt).toBeNull()

    const audits = await db.auditLog.findMany()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      action: 'joinRequest.approve',
      actorId: manager.user.id,
      hubId: network.hubX.id,
      targetId: hubRequestId,
    })
    const notifications = await db.notification.findMany({ orderBy: { userId: 'asc' } })
    expect(notifications.map((n) => n.userId).sort()).toEqual([focalPointB.user.id, otherFocalPoint.user.id].sort())
    expect(notifications.every((n) => n.type === 'joinRequest.approved')).toBe(true)
    expect(notifications.some((n) => n.userId === official.user.id)).toBe(false)
  })

  it('approves a coalition request as a manager of the coordinating hub', async () => {
    const manager = await createHubManager(network.hubX.id)
    const requestId = await pendingRequest({ coalitionId: network.coalition.id })
    const result = await decideJoinRequest(manager.actor, { requestId, decision: 'APPROVE', reason: 'Welcome aboard!' })
    expect(result).toEqual({ id: requestId, status: 'APPROVED', coalitionSlug: network.coalition.slug })
    expect(
      await db.cityCoalitionMembership.count({ where: { cityId: network.cityB.id, coalitionId: network.coalition.id, leftAt: null } }),
    ).toBe(1)
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ decisionReason: 'Welcome aboard!' })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'joinRequest.approve', hubId: network.hubX.id }])
  })

  it('lets only network admins decide for a coalition without a coordinating hub', async () => {
    const requestId = await pendingRequest({ coalitionId: network.orphanCoalition.id })
    const managerX = await createHubManager(network.hubX.id)
    await expectRefusedUnchanged(() => decideJoinRequest(managerX.actor, { requestId, decision: 'APPROVE' }), 'FORBIDDEN')
    const admin = await createAdmin()
    await decideJoinRequest(admin.actor, { requestId, decision: 'APPROVE' })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'joinRequest.approve', actorId: admin.user.id, hubId: null }])
  })

  it('declines with a reason, creates no membership and tells the requester', async () => {
    const manager = await createHubManager(network.hubX.id)
    const requester = await createOfficial(network.cityB.id)
    const requestId = await pendingRequest({ hubId: network.hubY.id, cityId: network.cityA.id, requestedById: requester.user.id })
    const managerY = await createHubManager(network.hubY.id)
    const focalPointA = await createFocalPoint(network.cityA.id)

    const result = await decideJoinRequest(managerY.actor, {
      requestId,
      decision: 'DECLINE',
      reason: '  Please join your regional hub first.  ',
    })

    expect(result).toEqual({ id: requestId, status: 'DECLINED', hubSlug: network.hubY.slug })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'DECLINED',
      decidedById: managerY.user.id,
      decisionReason: 'Please join your regional hub first.',
    })
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityA.id, hubId: network.hubY.id } })).toBe(0)
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'joinRequest.decline', hubId: network.hubY.id, reason: 'Please join your regional hub first.' },
    ])
    const notifications = await db.notification.findMany()
    expect(notifications.map((n) => n.userId).sort()).toEqual([focalPointA.user.id, requester.user.id].sort())
    expect(notifications[0]).toMatchObject({ type: 'joinRequest.declined', data: { reason: 'Please join your regional hub first.' } })
    expect(notifications.some((n) => n.userId === manager.user.id)).toBe(false)
  })

  it('requires a reason to decline', async () => {
    const manager = await createHubManager(network.hubX.id)
    for (const reason of [undefined, '', '   ', 'no']) {
      await expectRefusedUnchanged(() => decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'DECLINE', reason }), 'INVALID')
      await expect(decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'DECLINE', reason })).rejects.toMatchObject({
        fields: { reason: expect.any(Array) },
      })
    }
    await expect(decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'MAYBE' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { decision: expect.any(Array) },
    })
  })

  it('answers NOT_FOUND for an unknown request', async () => {
    const manager = await createHubManager(network.hubX.id)
    await expectRefusedUnchanged(() => decideJoinRequest(manager.actor, { requestId: 'no-such-request', decision: 'APPROVE' }), 'NOT_FOUND')
  })

  it('refuses a second decision, naming who decided and how', async () => {
    const first = await createHubManager(network.hubX.id, { name: 'Ama Mensah' })
    const second = await createHubManager(network.hubX.id)
    await decideJoinRequest(first.actor, { requestId: hubRequestId, decision: 'APPROVE' })
    await expectRefusedUnchanged(
      () => decideJoinRequest(second.actor, { requestId: hubRequestId, decision: 'DECLINE', reason: 'Changed our mind.' }),
      'CONFLICT',
    )
    await expect(decideJoinRequest(first.actor, { requestId: hubRequestId, decision: 'APPROVE' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Already approved by Ama Mensah.',
    })
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityB.id, hubId: network.hubX.id } })).toBe(1)
  })

  it('refuses to decide a withdrawn request', async () => {
    const manager = await createHubManager(network.hubX.id)
    await db.joinRequest.update({
      where: { id: hubRequestId },
      data: { status: 'WITHDRAWN', decidedById: focalPointB.user.id, decidedAt: new Date() },
    })
    await expectRefusedUnchanged(() => decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'APPROVE' }), 'CONFLICT')
    await expect(decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'APPROVE' })).rejects.toMatchObject({
      message: `Already withdrawn by ${focalPointB.user.name}.`,
    })
  })

  it('applies exactly one of two simultaneous decisions; the other is told who decided', async () => {
    const ama = await createHubManager(network.hubX.id, { name: 'Ama Mensah' })
    const kofi = await createHubManager(network.hubX.id, { name: 'Kofi Boateng' })

    const results = await Promise.allSettled([
      decideJoinRequest(ama.actor, { requestId: hubRequestId, decision: 'APPROVE' }),
      decideJoinRequest(kofi.actor, { requestId: hubRequestId, decision: 'DECLINE', reason: 'Not this year.' }),
    ])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    const request = await db.joinRequest.findUniqueOrThrow({ where: { id: hubRequestId } })
    const winner = request.decidedById === ama.user.id ? 'Ama Mensah' : 'Kofi Boateng'
    const verb = request.status === 'APPROVED' ? 'approved' : 'declined'
    expect(request.decidedById === ama.user.id ? 'APPROVED' : 'DECLINED').toBe(request.status)
    expect(rejected[0]?.reason).toMatchObject({ code: 'CONFLICT', message: `Already ${verb} by ${winner}.` })
    expect(await db.auditLog.count()).toBe(1)
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityB.id, hubId: network.hubX.id } })).toBe(
      request.status === 'APPROVED' ? 1 : 0,
    )
  })

  it('keeps the one current membership when the city became a member meanwhile', async () => {
    const manager = await createHubManager(network.hubX.id)
    await db.cityHubMembership.create({ data: { cityId: network.cityB.id, hubId: network.hubX.id } })
    await decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'APPROVE' })
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityB.id, hubId: network.hubX.id } })).toBe(1)
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'joinRequest.approve', metadata: { membershipCreated: false } }])
  })

  it('never applies fields smuggled into the input', async () => {
    const manager = await createHubManager(network.hubX.id)
    await decideJoinRequest(manager.actor, {
      requestId: hubRequestId,
      decision: 'DECLINE',
      reason: 'Not this year.',
      status: 'APPROVED',
      decidedById: focalPointB.user.id,
      cityId: network.cityA.id,
      hubId: network.hubY.id,
    })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: hubRequestId } })).toMatchObject({
      status: 'DECLINED',
      decidedById: manager.user.id,
      cityId: network.cityB.id,
      hubId: network.hubX.id,
    })
    expect(await db.cityHubMembership.count({ where: { hubId: network.hubX.id, cityId: network.cityB.id } })).toBe(0)
  })

  it('does not let a manager of hub Y decide hub X’s requests', async () => {
    const managerY = await createHubManager(network.hubY.id)
    await expectRefusedUnchanged(() => decideJoinRequest(managerY.actor, { requestId: hubRequestId, decision: 'APPROVE' }), 'FORBIDDEN')
    const coalitionRequest = await pendingRequest({ coalitionId: network.coalition.id })
    await expectRefusedUnchanged(
      () => decideJoinRequest(managerY.actor, { requestId: coalitionRequest, decision: 'APPROVE' }),
      'FORBIDDEN',
    )
  })

  const refused: ActorKind[] = [
    'anonymous',
    'unattached',
    'pendingOfficialA',
    'officialA',
    'focalPointA',
    'focalPointB',
    'officerX',
    'managerY',
    'suspendedManagerX',
    'suspendedAdmin',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(() => decideJoinRequest(actor, { requestId: hubRequestId, decision: 'APPROVE' }), refusalCode(kind))
    await expectRefusedUnchanged(
      () => decideJoinRequest(actor, { requestId: hubRequestId, decision: 'DECLINE', reason: 'Not this year.' }),
      refusalCode(kind),
    )
  })

  it('refuses a manager suspended after their actor was loaded, and one loaded after', async () => {
    const { stale, actor } = await createSuspended({ managerOf: network.hubX.id })
    for (const held of [stale, actor]) {
      await expectRefusedUnchanged(() => decideJoinRequest(held, { requestId: hubRequestId, decision: 'APPROVE' }), 'FORBIDDEN')
    }
  })

  it('refuses a manager whose role was removed after their actor was loaded', async () => {
    const manager = await createHubManager(network.hubX.id)
    await db.hubRole.deleteMany({ where: { userId: manager.user.id } })
    await expectRefusedUnchanged(() => decideJoinRequest(manager.actor, { requestId: hubRequestId, decision: 'APPROVE' }), 'FORBIDDEN')
  })
})
