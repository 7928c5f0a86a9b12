import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { leaveMembership, requestToJoin } from '@/lib/membership'
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

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

describe('leaveMembership', () => {
  it('closes the current hub membership, keeps it as history and tells the hub’s managers', async () => {
    const { user, actor } = await createFocalPoint(network.cityA.id)
    const managerX = await createHubManager(network.hubX.id)
    await createHubManager(network.hubY.id)

    const result = await leaveMembership(actor, {
      cityId: network.cityA.id,
      target: 'HUB',
      hubSlug: network.hubX.slug,
      reason: 'Our priorities changed.',
    })

    const rows = await db.cityHubMembership.findMany({ where: { cityId: network.cityA.id, hubId: network.hubX.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: result.id, leftAt: result.leftAt })
    expect(rows[0]?.leftAt).toBeInstanceOf(Date)
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'membership.leave', actorId: user.id, hubId: network.hubX.id, targetId: result.id, reason: 'Our priorities changed.' },
    ])
    expect(await db.auditLog.count()).toBe(1)
    const notifications = await db.notification.findMany()
    expect(notifications.map((n) => n.userId)).toEqual([managerX.user.id])
    expect(notifications[0]).toMatchObject({ type: 'membership.left', data: { cityName: network.cityA.name } })
  })

  it('leaves a coalition; its coordinating hub is recorded, and the city may ask to join again', async () => {
    const { actor } = await createFocalPoint(network.cityB.id)
    await db.cityCoalitionMembership.create({ data: { cityId: network.cityB.id, coalitionId: network.coalition.id } })
    await leaveMembership(actor, { cityId: network.cityB.id, target: 'COALITION', coalitionSlug: network.coalition.slug })
    expect(await db.cityCoalitionMembership.count({ where: { leftAt: null } })).toBe(0)
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'membership.leave', hubId: network.hubX.id, reason: null }])

    await expect(
      requestToJoin(actor, {
        cityId: network.cityB.id,
        target: 'COALITION',
        coalitionSlug: network.coalition.slug,
        motivation: 'We would like to come back.',
      }),
    ).resolves.toMatchObject({ status: 'PENDING' })
  })

  it('tells the network admins when a coalition has no coordinating hub', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const admin = await createAdmin()
    await db.cityCoalitionMembership.create({ data: { cityId: network.cityA.id, coalitionId: network.orphanCoalition.id } })
    await leaveMembership(actor, { cityId: network.cityA.id, target: 'COALITION', coalitionSlug: network.orphanCoalition.slug })
    expect((await db.notification.findMany()).map((n) => n.userId)).toEqual([admin.user.id])
  })

  it('answers NOT_FOUND when the city is not (or no longer) a member', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(
      () => leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug }),
      'NOT_FOUND',
    )
    await expect(leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubY.slug })).rejects.toMatchObject({
      message: `Your city is not a member of ${network.hubY.name}.`,
    })
    await leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug })
    await expectRefusedUnchanged(
      () => leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug }),
      'NOT_FOUND',
    )
    await expectRefusedUnchanged(
      () => leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: 'no-such-hub' }),
      'NOT_FOUND',
    )
  })

  it('refuses invalid input with field errors', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await expect(leaveMembership(actor, { cityId: network.cityA.id, target: 'COALITION' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { coalitionSlug: expect.any(Array) },
    })
    await expect(
      leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug, reason: 'x'.repeat(1001) }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { reason: expect.any(Array) } })
  })

  it('leaves once when asked twice at the same time', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    const input = { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug }
    const results = await Promise.allSettled([leaveMembership(actor, input), leaveMembership(actor, input)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.auditLog.count()).toBe(1)
  })

  it('ignores another city smuggled into the input', async () => {
    const { actor } = await createFocalPoint(network.cityA.id)
    await leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug, city: network.cityB.id })
    expect(await db.cityHubMembership.count({ where: { cityId: network.cityB.id, leftAt: null } })).toBe(1)
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
    await expectRefusedUnchanged(
      () => leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug }),
      refusalCode(kind),
    )
  })

  it('refuses a suspended focal point loaded after the suspension', async () => {
    const { actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expectRefusedUnchanged(
      () => leaveMembership(actor, { cityId: network.cityA.id, target: 'HUB', hubSlug: network.hubX.slug }),
      'FORBIDDEN',
    )
  })
})
