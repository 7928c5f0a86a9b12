import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { requestCityTeam } from '@/lib/membership'
import {
  actorOfKind,
  createAdmin,
  createFocalPoint,
  createHubManager,
  createHubOfficer,
  createNetwork,
  createOfficial,
  createSuspended,
  createUnattachedUser,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'

let network: TestNetwork
beforeEach(async () => {
  network = await createNetwork()
})

describe('requestCityTeam', () => {
  it('files a pending official membership and tells the city’s active focal points', async () => {
    const { user, actor } = await createUnattachedUser({ name: 'Esi Owusu' })
    const focalPoint = await createFocalPoint(network.cityA.id)
    await createOfficial(network.cityA.id)
    await createFocalPoint(network.cityB.id)
    await createHubOfficer(network.hubX.id)

    const result = await requestCityTeam(actor, { citySlug: ` ${network.cityA.slug} ` })

    expect(result).toEqual({ id: expect.any(String), status: 'PENDING' })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      userId: user.id,
      cityId: network.cityA.id,
      role: 'OFFICIAL',
      status: 'PENDING',
      decidedById: null,
    })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'cityTeam.request', actorId: user.id, targetId: result.id, hubId: null },
    ])
    expect(await db.auditLog.count()).toBe(1)
    const notifications = await db.notification.findMany()
    expect(notifications.map((n) => n.userId)).toEqual([focalPoint.user.id])
    expect(notifications[0]).toMatchObject({ type: 'cityTeam.requested', data: { requesterName: 'Esi Owusu', membershipId: result.id } })
  })

  it('tells the officers and managers of the city’s hubs when the city has no focal point', async () => {
    const { actor } = await createUnattachedUser()
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    await createHubManager(network.hubY.id)
    await requestCityTeam(actor, { citySlug: network.cityA.slug })
    expect((await db.notification.findMany()).map((n) => n.userId).sort()).toEqual([officer.user.id, manager.user.id].sort())
  })

  it('lets a hub officer or an admin ask to join a city team', async () => {
    for (const { actor } of [await createHubOfficer(network.hubY.id), await createAdmin()]) {
      await expect(requestCityTeam(actor, { citySlug: network.cityA.slug })).resolves.toMatchObject({ status: 'PENDING' })
    }
  })

  it('may ask again after a decline', async () => {
    const { user, actor } = await createUnattachedUser()
    await db.cityOfficial.create({
      data: { userId: user.id, cityId: network.cityB.id, status: 'DECLINED', decidedAt: new Date(), endedAt: new Date() },
    })
    await expect(requestCityTeam(actor, { citySlug: network.cityA.slug })).resolves.toMatchObject({ status: 'PENDING' })
  })

  it('refuses a second request: FORBIDDEN once the first is known, CONFLICT in a race', async () => {
    const { actor } = await createUnattachedUser()
    await requestCityTeam(actor, { citySlug: network.cityA.slug })
    // The held actor still says "no city"; the re-read one does not.
    await expectRefusedUnchanged(() => requestCityTeam(actor, { citySlug: network.cityB.slug }), 'FORBIDDEN')

    const other = await createUnattachedUser()
    const results = await Promise.allSettled([
      requestCityTeam(other.actor, { citySlug: network.cityA.slug }),
      requestCityTeam(other.actor, { citySlug: network.cityB.slug }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT' })
    expect(await db.cityOfficial.count({ where: { userId: other.user.id } })).toBe(1)
  })

  it('answers NOT_FOUND for an unknown city and INVALID for a malformed slug', async () => {
    const { actor } = await createUnattachedUser()
    await expectRefusedUnchanged(() => requestCityTeam(actor, { citySlug: 'atlantis' }), 'NOT_FOUND')
    await expect(requestCityTeam(actor, { citySlug: '../etc' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { citySlug: expect.any(Array) },
    })
  })

  it('never applies a role, status or other city smuggled into the input', async () => {
    const { actor } = await createUnattachedUser()
    const result = await requestCityTeam(actor, {
      citySlug: network.cityA.slug,
      role: 'FOCAL_POINT',
      status: 'ACTIVE',
      cityId: network.cityB.id,
      userId: 'someone-else',
    })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      role: 'OFFICIAL',
      status: 'PENDING',
      cityId: network.cityA.id,
      userId: actor.id,
    })
  })

  const refused: ActorKind[] = [
    'anonymous',
    'pendingOfficialA',
    'officialA',
    'focalPointA',
    'focalPointB',
    'suspendedUnattached',
    'suspendedManagerX',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(() => requestCityTeam(actor, { citySlug: network.cityB.slug }), refusalCode(kind))
  })

  it('refuses a suspended user loaded after the suspension', async () => {
    const { actor } = await createSuspended({ admin: true })
    await expectRefusedUnchanged(() => requestCityTeam(actor, { citySlug: network.cityB.slug }), 'FORBIDDEN')
  })
})
