import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decideQueuedJoinRequest, decideVerification, getConsoleHubFor, getQueueItem, listConsoleHubs, listHubQueues, listNetworkJoinRequests } from '@/lib/moderation'
import { createCaseStudy } from '../../factories'
import {
  createConsoleWorld,
  createPendingJoinRequest,
  createPendingVerification,
  expectConsoleRefusedUnchanged,
  type ConsoleWorld,
} from '../../factories/moderation'

let world: ConsoleWorld

beforeEach(async () => {
  world = await createConsoleWorld()
})

describe('listConsoleHubs and listHubQueues', () => {
  it('a manager sees only their hubs; an admin sees every hub; others have no console', async () => {
    expect((await listConsoleHubs(world.ama.actor)).map((s) => s.hub.slug)).toEqual([world.network.hubX.slug])
    expect((await listConsoleHubs(world.managerY.actor)).map((s) => s.hub.slug)).toEqual([world.network.hubY.slug])
    const all = (await listConsoleHubs(world.admin.actor)).map((s) => s.hub.slug)
    expect(all).toEqual(expect.arrayContaining([world.network.hubX.slug, world.network.hubY.slug]))
    for (const actor of [world.officerX.actor, world.focalPointA.actor]) {
      await expect(listConsoleHubs(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(listHubQueues(world.managerY.actor, world.network.hubX.slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(listHubQueues(world.officerX.actor, world.network.hubX.slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(listHubQueues(world.ama.actor, 'no-such-hub')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(listHubQueues(world.admin.actor, world.network.hubY.slug)).resolves.toMatchObject({ hub: { id: world.network.hubY.id } })
    await expect(getConsoleHubFor(world.ama.actor, world.network.hubX.slug)).resolves.toMatchObject({ id: world.network.hubX.id })
    await expect(getConsoleHubFor(world.ama.actor, world.network.hubY.slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getConsoleHubFor(world.ama.actor, '../etc')).rejects.toMatchObject({ code: 'INVALID' })
  })

  it('lists each queue oldest first with counts; only this hub’s items', async () => {
    const newer = await createPendingJoinRequest(world, { ageMinutes: 5 })
    const older = await createPendingJoinRequest(world, { coalitionId: world.network.coalition.id, ageMinutes: 60 })
    await createPendingJoinRequest(world, { cityId: world.network.cityA.id, hubId: world.network.hubY.id })
    await createPendingJoinRequest(world, { cityId: world.network.cityA.id, coalitionId: world.network.orphanCoalition.id })
    const late = await createPendingVerification(world.network.cityA.id, 1)
    const early = await createPendingVerification(world.network.cityA.id, 90)
    await createPendingVerification(world.network.cityB.id, 120)
    const submitted = await createCaseStudy(world.network.cityA.id, { status: 'SUBMITTED' })
    await db.caseStudyRevision.create({
      data: { caseStudyId: submitted.id, number: 1, status: 'SUBMITTED', content: {}, submittedAt: new Date(Date.now() - 3_600_000) },
    })
    await createCaseStudy(world.network.cityB.id, { status: 'SUBMITTED' })

    const queues = await listHubQueues(world.ama.actor, world.network.hubX.slug)

    expect(queues.joinRequests.count).toBe(2)
    expect(queues.joinRequests.items.map((i) => i.id)).toEqual([older.id, newer.id])
    expect(queues.verifications.count).toBe(2)
    expect(queues.verifications.items.map((i) => i.id)).toEqual([early.id, late.id])
    expect(queues.caseStudies.items.map((i) => i.id)).toEqual([submitted.id])
    expect(queues.reports.items.map((i) => i.id)).toEqual([world.reportId])
    expect(queues.reports.items[0]).toMatchObject({ reporterName: 'Careful Reporter', authorName: 'Rude Author', excerpt: 'An offensive remark.' })

    const [summary] = await listConsoleHubs(world.ama.actor)
    expect(summary).toMatchObject({
      joinRequests: { count: 2, oldest: older.createdAt },
      verifications: { count: 2, oldest: early.createdAt },
      caseStudies: { count: 1 },
      reports: { count: 1 },
      suspensions: 0,
    })
  })
})

describe('getQueueItem', () => {
  it('shows an item with its context, and once decided, who decided it and when', async () => {
    const request = await createPendingJoinRequest(world, {})
    const ref = { hubSlug: world.network.hubX.slug, queue: 'join-requests', id: request.id }
    expect(await getQueueItem(world.ama.actor, ref)).toMatchObject({ queue: 'join-requests', motivation: request.motivation, decided: null })
    await db.joinRequest.update({ where: { id: request.id }, data: { status: 'APPROVED', decidedById: world.kofi.user.id, decidedAt: new Date() } })
    expect(await getQueueItem(world.ama.actor, ref)).toMatchObject({ decided: { outcome: 'approved', by: 'Kofi Boateng' } })
    const report = await getQueueItem(world.kofi.actor, { hubSlug: world.network.hubX.slug, queue: 'reports', id: world.reportId })
    expect(report).toMatchObject({ message: { body: 'An offensive remark.', authorName: 'Rude Author' }, suspension: null, decided: null })
  })

  it('is not found through another hub, for another hub’s manager, or for an officer', async () => {
    const request = await createPendingJoinRequest(world, {})
    await expect(getQueueItem(world.managerY.actor, { hubSlug: world.network.hubX.slug, queue: 'join-requests', id: request.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getQueueItem(world.managerY.actor, { hubSlug: world.network.hubY.slug, queue: 'join-requests', id: request.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getQueueItem(world.managerY.actor, { hubSlug: world.network.hubY.slug, queue: 'reports', id: world.reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getQueueItem(world.officerX.actor, { hubSlug: world.network.hubX.slug, queue: 'reports', id: world.reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('decideVerification', () => {
  it('approves an official waiting for their city team; the wrong hub’s manager and bad reasons are refused', async () => {
    const pending = await createPendingVerification(world.network.cityA.id)
    await expectConsoleRefusedUnchanged(() => decideVerification(world.managerY.actor, { membershipId: pending.id, decision: 'APPROVE' }), 'FORBIDDEN')
    await expectConsoleRefusedUnchanged(() => decideVerification(world.ama.actor, { membershipId: pending.id, decision: 'DECLINE', reason: 'x' }), 'INVALID')
    await expectConsoleRefusedUnchanged(() => decideVerification(world.ama.actor, { membershipId: pending.id, decision: 'DECLINE' }), 'INVALID')
    await decideVerification(world.ama.actor, { membershipId: pending.id, decision: 'APPROVE' })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: 'ACTIVE', decidedById: world.ama.user.id })
    expect(await db.auditLog.count({ where: { action: 'cityTeam.approve', targetId: pending.id, hubId: world.network.hubX.id } })).toBe(1)
  })

  it('two managers at once: one decision, the other told who and when', async () => {
    const pending = await createPendingVerification(world.network.cityA.id)
    const results = await Promise.allSettled([
      decideVerification(world.ama.actor, { membershipId: pending.id, decision: 'DECLINE', reason: 'Unknown to the city.' }),
      decideVerification(world.kofi.actor, { membershipId: pending.id, decision: 'APPROVE' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const decided = await db.cityOfficial.findUniqueOrThrow({ where: { id: pending.id }, include: { decidedBy: true } })
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: 'CONFLICT',
      key: 'alreadyTaken',
      values: { outcome: decided.status === 'ACTIVE' ? 'approved' : 'declined', name: decided.decidedBy?.name, at: decided.decidedAt?.toISOString() },
    })
    expect(await db.auditLog.count({ where: { targetId: pending.id } })).toBe(1)
  })
})

describe('listNetworkJoinRequests', () => {
  it('lists requests to coalitions without a coordinating hub for admins only, who decide them', async () => {
    const orphan = await createPendingJoinRequest(world, { coalitionId: world.network.orphanCoalition.id, ageMinutes: 10 })
    await createPendingJoinRequest(world, { coalitionId: world.network.coalition.id })
    const queue = await listNetworkJoinRequests(world.admin.actor)
    expect(queue.items.map((i) => i.id)).toEqual([orphan.id])
    expect(queue.count).toBe(1)
    expect(await listNetworkJoinRequests(world.ama.actor)).toEqual({ count: 0, items: [] })
    await expectConsoleRefusedUnchanged(() => decideQueuedJoinRequest(world.ama.actor, { requestId: orphan.id, decision: 'APPROVE' }), 'FORBIDDEN')
    await decideQueuedJoinRequest(world.admin.actor, { requestId: orphan.id, decision: 'APPROVE' })
    expect((await listNetworkJoinRequests(world.admin.actor)).count).toBe(0)
  })
})
