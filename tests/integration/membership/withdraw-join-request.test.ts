import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decideJoinRequest, withdrawJoinRequest } from '@/lib/membership'
import {
  actorOfKind,
  createFocalPoint,
  createHubManager,
  createNetwork,
  createSuspended,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'

let network: TestNetwork
/** City A asks to join the coalition coordinated by hub X. */
let requestId: string

beforeEach(async () => {
  network = await createNetwork()
  const request = await db.joinRequest.create({
    data: { cityId: network.cityA.id, target: 'COALITION', coalitionId: network.coalition.id, motivation: 'We want to learn.' },
  })
  requestId = request.id
})

describe('withdrawJoinRequest', () => {
  it('withdraws a pending request, recording who and when, with one audit row', async () => {
    const { user, actor } = await createFocalPoint(network.cityA.id)
    expect(await withdrawJoinRequest(actor, { requestId, status: 'APPROVED' })).toEqual({ id: requestId, status: 'WITHDRAWN' })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'WITHDRAWN',
      decidedById: user.id,
      decidedAt: expect.any(Date),
    })
    expect(await db.cityCoalitionMembership.count()).toBe(0)
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'joinRequest.withdraw', actorId: user.id, hubId: network.hubX.id, targetId: requestId },
    ])
    expect(await db.auditLog.count()).toBe(1)
  })

  it('lets the city ask again after withdrawing', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await withdrawJoinRequest(actor, { requestId })
    await db.joinRequest.create({
      data: { cityId: network.cityA.id, target: 'COALITION', coalitionId: network.coalition.id, motivation: 'Again, please.' },
    })
    expect(await db.joinRequest.count({ where: { cityId: network.cityA.id } })).toBe(2)
  })

  it('refuses to withdraw a decided or already withdrawn request', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    const manager = await createHubManager(network.hubX.id, { name: 'Ama Mensah' })
    await decideJoinRequest(manager.actor, { requestId, decision: 'DECLINE', reason: 'Not this year.' })
    await expectRefusedUnchanged(() => withdrawJoinRequest(focalPoint.actor, { requestId }), 'CONFLICT')
    await expect(withdrawJoinRequest(focalPoint.actor, { requestId })).rejects.toMatchObject({
      message: 'Already declined by Ama Mensah.',
    })

    const second = await db.joinRequest.create({
      data: { cityId: network.cityA.id, target: 'HUB', hubId: network.hubY.id, motivation: 'We want to learn.' },
    })
    await withdrawJoinRequest(focalPoint.actor, { requestId: second.id })
    await expectRefusedUnchanged(() => withdrawJoinRequest(focalPoint.actor, { requestId: second.id }), 'CONFLICT')
  })

  it('withdraws once when asked twice at the same time', async () => {
    const a = await createFocalPoint(network.cityA.id)
    const b = await createFocalPoint(network.cityA.id)
    const results = await Promise.allSettled([
      withdrawJoinRequest(a.actor, { requestId }),
      withdrawJoinRequest(b.actor, { requestId }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT' })
    expect(await db.auditLog.count()).toBe(1)
  })

  it('answers NOT_FOUND for an unknown request and INVALID for a missing id', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(() => withdrawJoinRequest(actor, { requestId: 'nope' }), 'NOT_FOUND')
    await expect(withdrawJoinRequest(actor, { requestId: '  ' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { requestId: expect.any(Array) },
    })
  })

  const refused: ActorKind[] = [
    'anonymous',
    'unattached',
    'pendingOfficialA',
    'officialA',
    'focalPointB',
    'officerX',
    'managerX',
    'managerY',
    'admin',
    'suspendedFocalPointA',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(() => withdrawJoinRequest(actor, { requestId }), refusalCode(kind))
  })

  it('refuses a suspended focal point loaded after the suspension', async () => {
    const { actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expectRefusedUnchanged(() => withdrawJoinRequest(actor, { requestId }), 'FORBIDDEN')
  })
})
