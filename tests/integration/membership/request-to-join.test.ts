import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { requestToJoin } from '@/lib/membership'
import {
  actorOfKind,
  createAdmin,
  createFocalPoint,
  createHubManager,
  createNetwork,
  createSuspended,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'
import { createHub } from '../../factories'

const motivation = 'We want to learn from the cities of this hub.'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

describe('requestToJoin', () => {
  it('files a pending hub request, audits it and tells the hub’s managers', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const managerY = await createHubManager(network.hubY.id)
    const managerX = await createHubManager(network.hubX.id)
    await createAdmin()

    const result = await requestToJoin(actor, {
      cityId: network.cityA.id,
      target: 'HUB',
      hubSlug: network.hubY.slug,
      motivation: `  ${motivation}  `,
    })

    expect(result).toEqual({ id: expect.any(String), status: 'PENDING' })
    const request = await db.joinRequest.findUniqueOrThrow({ where: { id: result.id } })
    expect(request).toMatchObject({
      cityId: network.cityA.id,
      target: 'HUB',
      hubId: network.hubY.id,
      coalitionId: null,
      requestedById: actor.id,
      motivation,
      status: 'PENDING',
      decidedById: null,
    })
    const audits = await db.auditLog.findMany()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      action: 'joinRequest.create',
      actorId: actor.id,
      hubId: network.hubY.id,
      targetType: 'JoinRequest',
      targetId: result.id,
    })
    const notifications = await db.notification.findMany()
    expect(notifications.map((n) => n.userId)).toEqual([managerY.user.id])
    expect(notifications[0]).toMatchObject({ type: 'joinRequest.received' })
    expect(notifications[0]?.data).toMatchObject({ requestId: result.id, cityName: network.cityA.name, targetName: network.hubY.name })
    expect(notifications.some((n) => n.userId === managerX.user.id)).toBe(false)
  })

  it('sends a coalition request to the managers of its coordinating hub', async () => {
    const { actor } = await createFocalPoint(network.cityB.id)
    const managerX = await createHubManager(network.hubX.id)
    await createHubManager(network.hubY.id)

    const result = await requestToJoin(actor, {
      cityId: network.cityB.id,
      target: 'COALITION',
      coalitionSlug: network.coalition.slug,
      motivation,
    })

    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      target: 'COALITION',
      coalitionId: network.coalition.id,
      hubId: null,
    })
    const audit = await db.auditLog.findFirstOrThrow()
    expect(audit).toMatchObject({ action: 'joinRequest.create', hubId: network.hubX.id })
    expect((await db.notification.findMany()).map((n) => n.userId)).toEqual([managerX.user.id])
  })

  it('sends a request for a coalition without a coordinating hub to the active network admins', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const admin = await createAdmin()
    await createSuspended({ admin: true })
    await createHubManager(network.hubX.id)

    await requestToJoin(actor, {
      cityId: network.cityA.id,
      target: 'COALITION',
      coalitionSlug: network.orphanCoalition.slug,
      motivation,
    })

    expect(await db.auditLog.findFirstOrThrow()).toMatchObject({ action: 'joinRequest.create', hubId: null })
    expect((await db.notification.findMany()).map((n) => n.userId)).toEqual([admin.user.id])
  })

  it('falls back to the network admins when the hub has no manager', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const admin = await createAdmin()
    const lonelyHub = await createHub()
    await requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: lonelyHub.slug, motivation })
    expect((await db.notification.findMany()).map((n) => n.userId)).toEqual([admin.user.id])
  })

  it('refuses a hub or coalition the city already belongs to, but not one it has left', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(
      () => requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug, motivation }),
      'CONFLICT',
    )
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug, motivation }),
    ).rejects.toMatchObject({ message: `Your city is already a member of ${network.hubX.name}.` })

    await db.cityCoalitionMembership.create({ data: { cityId: network.cityA.id, coalitionId: network.coalition.id } })
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'COALITION', coalitionSlug: network.coalition.slug, motivation }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: `Your city is already a member of ${network.coalition.name}.` })

    await db.cityHubMembership.updateMany({ where: { cityId: network.cityA.id }, data: { leftAt: new Date() } })
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug, motivation }),
    ).resolves.toMatchObject({ status: 'PENDING' })
  })

  it('refuses a repeated request with CONFLICT and keeps one pending row', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const input = { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation }
    await requestToJoin(actor, input)
    await expectRefusedUnchanged(() => requestToJoin(actor, input), 'CONFLICT')
    await expect(requestToJoin(actor, input)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Your city has already requested to join ${network.hubY.name}.`,
    })
    expect(await db.joinRequest.count({ where: { status: 'PENDING' } })).toBe(1)
    expect(await db.auditLog.count()).toBe(1)
  })

  it('lets exactly one of two simultaneous identical requests through', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await createHubManager(network.hubY.id)
    const input = { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation }

    const results = await Promise.allSettled([requestToJoin(actor, input), requestToJoin(actor, input)])

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.reason).toMatchObject({
      code: 'CONFLICT',
      message: `Your city has already requested to join ${network.hubY.name}.`,
    })
    expect(await db.joinRequest.count({ where: { status: 'PENDING' } })).toBe(1)
    expect(await db.auditLog.count()).toBe(1)
    expect(await db.notification.count()).toBe(1)
  })

  it('answers NOT_FOUND for an unknown hub or coalition', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(
      () => requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: 'no-such-hub', motivation }),
      'NOT_FOUND',
    )
    await expectRefusedUnchanged(
      () => requestToJoin(actor, { cityId: network.cityA.id, target: 'COALITION', coalitionSlug: 'no-such-coalition', motivation }),
      'NOT_FOUND',
    )
  })

  it('refuses invalid input with field errors', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation: '  too short ' }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { motivation: expect.any(Array) } })
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', coalitionSlug: network.coalition.slug, motivation }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { hubSlug: ['chooseTarget'] } })
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'CITY', hubSlug: network.hubY.slug, motivation }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { target: expect.any(Array) } })
    await expect(
      requestToJoin(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: 'Bad Slug!', motivation: 'x'.repeat(2001) }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { hubSlug: expect.any(Array), motivation: expect.any(Array) } })
    await expect(requestToJoin(actor, null)).rejects.toMatchObject({ code: 'INVALID' })
    expect(await db.joinRequest.count()).toBe(0)
  })

  it('ignores fields the caller may not set', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const admin = await createAdmin()
    const result = await requestToJoin(actor, {
      cityId: network.cityA.id,
      target: 'HUB',
      hubSlug: network.hubY.slug,
      motivation,
      status: 'APPROVED',
      role: 'FOCAL_POINT',
      decidedById: admin.user.id,
      requestedById: admin.user.id,
      coalitionId: network.coalition.id,
    })
    expect(await db.joinRequest.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      status: 'PENDING',
      requestedById: actor.id,
      decidedById: null,
      coalitionId: null,
    })
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityA.id, hubId: network.hubY.id } })).toBe(0)
  })

  it('refuses a focal point asking on behalf of another city', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(
      () => requestToJoin(actor, { cityId: network.cityB.id, target: 'HUB', hubSlug: network.hubX.slug, motivation }),
      'FORBIDDEN',
    )
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
  it.each(refused)('refuses %s for city A and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    for (const input of [
      { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation },
      { cityId: network.cityA.id, target: 'COALITION', coalitionSlug: network.orphanCoalition.slug, motivation },
    ]) {
      await expectRefusedUnchanged(() => requestToJoin(actor, input), refusalCode(kind))
    }
  })

  it('refuses a suspended focal point whether the actor was loaded before or after the suspension', async () => {
    const { stale, actor } = await createSuspended({ focalPointOf: network.cityA.id })
    expect(stale.status).toBe('ACTIVE')
    for (const held of [stale, actor]) {
      await expectRefusedUnchanged(
        () => requestToJoin(held, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug, motivation }),
        'FORBIDDEN',
      )
    }
  })
})
