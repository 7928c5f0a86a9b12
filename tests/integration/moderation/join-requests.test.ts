import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { bulkDecideJoinRequests, decideQueuedJoinRequest } from '@/lib/moderation'
import { createConsoleWorld, createPendingJoinRequest, expectConsoleRefusedUnchanged, type ConsoleWorld } from '../../factories/moderation'

let world: ConsoleWorld

beforeEach(async () => {
  world = await createConsoleWorld()
})

describe('decideQueuedJoinRequest', () => {
  it('approves through the membership service: membership, audit row, city told', async () => {
    const request = await createPendingJoinRequest(world, {})
    const result = await decideQueuedJoinRequest(world.ama.actor, { requestId: request.id, decision: 'APPROVE', reason: '' })
    expect(result).toMatchObject({ id: request.id, status: 'APPROVED' })
    expect(await db.cityHubMembership.count({ where: { cityId: world.network.cityB.id, hubId: world.network.hubX.id, leftAt: null } })).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'joinRequest.approve', targetId: request.id, actorId: world.ama.user.id } })).toBe(1)
    expect(await db.notification.count({ where: { userId: world.focalPointB.user.id, type: 'joinRequest.approved' } })).toBe(1)
  })

  it('decides a coalition request of a coalition the hub coordinates', async () => {
    const request = await createPendingJoinRequest(world, { coalitionId: world.network.coalition.id })
    await decideQueuedJoinRequest(world.kofi.actor, { requestId: request.id, decision: 'DECLINE', reason: 'Not this year.' })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: 'DECLINED',
      decisionReason: 'Not this year.',
      decidedById: world.kofi.user.id,
    })
  })

  it('two managers deciding at once: one decision applies, the other is told who took it and when', async () => {
    const request = await createPendingJoinRequest(world, {})
    const results = await Promise.allSettled([
      decideQueuedJoinRequest(world.ama.actor, { requestId: request.id, decision: 'APPROVE' }),
      decideQueuedJoinRequest(world.kofi.actor, { requestId: request.id, decision: 'DECLINE', reason: 'Not this year.' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected')
    const decided = await db.joinRequest.findUniqueOrThrow({ where: { id: request.id } })
    const winner = decided.decidedById === world.ama.user.id ? 'Ama Mensah' : 'Kofi Boateng'
    expect(lost?.reason).toMatchObject({
      code: 'CONFLICT',
      key: 'alreadyTaken',
      values: { outcome: decided.status === 'APPROVED' ? 'approved' : 'declined', name: winner, at: decided.decidedAt?.toISOString() },
    })
    expect(await db.auditLog.count({ where: { targetId: request.id } })).toBe(1)
  })

  it('a request the city withdrew is reported as withdrawn, with who and when', async () => {
    const request = await createPendingJoinRequest(world, {})
    const at = new Date('2026-11-20T10:00:00Z')
    await db.joinRequest.update({ where: { id: request.id }, data: { status: 'WITHDRAWN', decidedById: world.focalPointB.user.id, decidedAt: at } })
    await expectConsoleRefusedUnchanged(
      () => decideQueuedJoinRequest(world.ama.actor, { requestId: request.id, decision: 'APPROVE' }),
      'CONFLICT',
      { values: { outcome: 'withdrawn', name: world.focalPointB.user.name, at: at.toISOString() } },
    )
  })

  it('refuses the wrong hub’s manager and hub officers, changing nothing', async () => {
    const request = await createPendingJoinRequest(world, {})
    await expectConsoleRefusedUnchanged(() => decideQueuedJoinRequest(world.managerY.actor, { requestId: request.id, decision: 'APPROVE' }), 'FORBIDDEN')
    await expectConsoleRefusedUnchanged(() => decideQueuedJoinRequest(world.officerX.actor, { requestId: request.id, decision: 'APPROVE' }), 'FORBIDDEN')
    await expectConsoleRefusedUnchanged(() => decideQueuedJoinRequest(null, { requestId: request.id, decision: 'APPROVE' }), 'UNAUTHENTICATED')
  })

  it('refuses bad reasons: a decline without one, one too short, one too long', async () => {
    const request = await createPendingJoinRequest(world, {})
    for (const reason of [undefined, '  ', 'no', 'x'.repeat(1001)]) {
      await expectConsoleRefusedUnchanged(
        () => decideQueuedJoinRequest(world.ama.actor, { requestId: request.id, decision: 'DECLINE', reason }),
        'INVALID',
        { fields: { reason: expect.any(Array) } },
      )
    }
    await expectConsoleRefusedUnchanged(() => decideQueuedJoinRequest(world.ama.actor, { requestId: request.id, decision: 'MAYBE' }), 'INVALID')
  })
})

describe('bulkDecideJoinRequests', () => {
  it('decides each request on its own and reports the ones someone else took', async () => {
    const first = await createPendingJoinRequest(world, { ageMinutes: 30 })
    const second = await createPendingJoinRequest(world, { coalitionId: world.network.coalition.id, ageMinutes: 20 })
    const taken = await createPendingJoinRequest(world, { cityId: world.network.cityA.id, coalitionId: world.network.orphanCoalition.id })
    const other = await createPendingJoinRequest(world, { cityId: world.network.cityA.id, hubId: world.network.hubY.id })
    await db.joinRequest.update({ where: { id: taken.id }, data: { coalitionId: world.network.coalition.id } })
    await decideQueuedJoinRequest(world.kofi.actor, { requestId: taken.id, decision: 'APPROVE' })

    const outcomes = await bulkDecideJoinRequests(world.ama.actor, {
      requestIds: [first.id, second.id, taken.id, other.id],
      decision: 'DECLINE',
      reason: 'Our programme is full.',
    })

    expect(outcomes.map((o) => [o.id, o.outcome])).toEqual([
      [first.id, 'done'],
      [second.id, 'done'],
      [taken.id, 'taken'],
      [other.id, 'refused'],
    ])
    expect(outcomes[2]).toMatchObject({ key: 'alreadyTaken', values: { name: 'Kofi Boateng', outcome: 'approved' } })
    const statuses = await db.joinRequest.findMany({ where: { id: { in: [first.id, second.id, taken.id, other.id] } }, select: { id: true, status: true } })
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [first.id]: 'DECLINED',
      [second.id]: 'DECLINED',
      [taken.id]: 'APPROVED',
      [other.id]: 'PENDING',
    })
  })

  it('changes nothing when the reason is bad or nothing is chosen', async () => {
    const first = await createPendingJoinRequest(world, {})
    await expectConsoleRefusedUnchanged(
      () => bulkDecideJoinRequests(world.ama.actor, { requestIds: [first.id], decision: 'DECLINE', reason: 'x' }),
      'INVALID',
    )
    await expectConsoleRefusedUnchanged(() => bulkDecideJoinRequests(world.ama.actor, { requestIds: [], decision: 'APPROVE' }), 'INVALID')
    await expectConsoleRefusedUnchanged(
      () => bulkDecideJoinRequests(world.ama.actor, { requestIds: Array.from({ length: 51 }, (_, i) => `id-${i}`), decision: 'APPROVE' }),
      'INVALID',
    )
  })

  it('two managers bulk-deciding the same requests at once: each request decided exactly once', async () => {
    const requests = [
      await createPendingJoinRequest(world, {}),
      await createPendingJoinRequest(world, { coalitionId: world.network.coalition.id }),
    ]
    const ids = requests.map((r) => r.id)
    const [byAma, byKofi] = await Promise.all([
      bulkDecideJoinRequests(world.ama.actor, { requestIds: ids, decision: 'APPROVE' }),
      bulkDecideJoinRequests(world.kofi.actor, { requestIds: ids, decision: 'DECLINE', reason: 'Programme full.' }),
    ])
    for (const [index] of ids.entries()) {
      expect([byAma[index]?.outcome, byKofi[index]?.outcome].sort()).toEqual(['done', 'taken'])
    }
    expect(await db.auditLog.count({ where: { targetId: { in: ids } } })).toBe(2)
  })
})
