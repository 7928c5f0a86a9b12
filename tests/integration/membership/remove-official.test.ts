import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { removeOfficial, requestCityTeam } from '@/lib/membership'
import {
  actorOfKind,
  createAdmin,
  createFocalPoint,
  createNetwork,
  createOfficial,
  createSuspended,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'

const reason = 'Left the city administration.'

let network: TestNetwork
/** An active official of city A. */
let official: Awaited<ReturnType<typeof createOfficial>>

beforeEach(async () => {
  network = await createNetwork()
  official = await createOfficial(network.cityA.id)
})

describe('removeOfficial', () => {
  it('removes an active official with a reason, audits it and tells them', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    expect(await removeOfficial(focalPoint.actor, { membershipId: official.membership.id, reason: ` ${reason} ` })).toEqual({
      id: official.membership.id,
      status: 'REMOVED',
    })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: official.membership.id } })).toMatchObject({
      status: 'REMOVED',
      endedAt: expect.any(Date),
      reason,
    })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'cityTeam.removeOfficial', actorId: focalPoint.user.id, targetId: official.membership.id, reason },
    ])
    expect(await db.auditLog.count()).toBe(1)
    expect(await db.notification.findMany()).toMatchObject([
      { userId: official.user.id, type: 'cityTeam.removed', data: { reason, cityName: network.cityA.name } },
    ])
    // The removed official may ask to join a city team again.
    await expect(requestCityTeam(official.actor, { citySlug: network.cityB.slug })).resolves.toMatchObject({ status: 'PENDING' })
  })

  it('removes a focal point while another remains, but never the last one', async () => {
    const first = await createFocalPoint(network.cityA.id)
    const second = await createFocalPoint(network.cityA.id)
    await removeOfficial(first.actor, { membershipId: second.membership.id, reason })
    await expectRefusedUnchanged(() => removeOfficial(first.actor, { membershipId: first.membership.id, reason }), 'CONFLICT')
    const admin = await createAdmin()
    await expect(removeOfficial(admin.actor, { membershipId: first.membership.id, reason })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/last focal point/),
    })
  })

  it('keeps one focal point when two remove each other at the same time', async () => {
    const first = await createFocalPoint(network.cityA.id)
    const second = await createFocalPoint(network.cityA.id)
    const results = await Promise.allSettled([
      removeOfficial(first.actor, { membershipId: second.membership.id, reason }),
      removeOfficial(second.actor, { membershipId: first.membership.id, reason }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|FORBIDDEN/) })
    expect(await db.cityOfficial.count({ where: { cityId: network.cityA.id, role: 'FOCAL_POINT', status: 'ACTIVE' } })).toBe(1)
    expect(await db.auditLog.count()).toBe(1)
  })

  it('refuses to remove someone who is not active, and requires a reason', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    const pending = await createOfficial(network.cityA.id, 'PENDING')
    await expectRefusedUnchanged(() => removeOfficial(focalPoint.actor, { membershipId: pending.membership.id, reason }), 'CONFLICT')
    await removeOfficial(focalPoint.actor, { membershipId: official.membership.id, reason })
    await expectRefusedUnchanged(() => removeOfficial(focalPoint.actor, { membershipId: official.membership.id, reason }), 'CONFLICT')
    await expect(removeOfficial(focalPoint.actor, { membershipId: pending.membership.id })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { reason: expect.any(Array) },
    })
    await expectRefusedUnchanged(() => removeOfficial(focalPoint.actor, { membershipId: 'nope', reason }), 'NOT_FOUND')
  })

  it('never applies a status smuggled into the input', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    await removeOfficial(focalPoint.actor, { membershipId: official.membership.id, reason, status: 'ACTIVE', role: 'FOCAL_POINT' })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: official.membership.id } })).toMatchObject({
      status: 'REMOVED',
      role: 'OFFICIAL',
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
    'suspendedFocalPointA',
    'suspendedAdmin',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(() => removeOfficial(actor, { membershipId: official.membership.id, reason }), refusalCode(kind))
  })

  it('refuses a focal point suspended before their actor was loaded', async () => {
    const { actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expectRefusedUnchanged(() => removeOfficial(actor, { membershipId: official.membership.id, reason }), 'FORBIDDEN')
  })
})
