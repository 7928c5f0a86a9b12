import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addFocalPoint } from '@/lib/membership'
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

let network: TestNetwork
/** An active official of city A. */
let official: Awaited<ReturnType<typeof createOfficial>>

beforeEach(async () => {
  network = await createNetwork()
  official = await createOfficial(network.cityA.id)
})

describe('addFocalPoint', () => {
  it('makes an active official a focal point, with one audit row', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    expect(await addFocalPoint(focalPoint.actor, { membershipId: official.membership.id })).toEqual({
      id: official.membership.id,
      role: 'FOCAL_POINT',
    })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: official.membership.id } })).toMatchObject({
      role: 'FOCAL_POINT',
      status: 'ACTIVE',
    })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'cityTeam.addFocalPoint', actorId: focalPoint.user.id, targetId: official.membership.id },
    ])
    expect(await db.auditLog.count()).toBe(1)
  })

  it('lets a network admin add a focal point to a city that has none', async () => {
    const admin = await createAdmin()
    await addFocalPoint(admin.actor, { membershipId: official.membership.id })
    expect(await db.cityOfficial.count({ where: { cityId: network.cityA.id, role: 'FOCAL_POINT' } })).toBe(1)
  })

  it('refuses a pending, declined or removed official, and an existing focal point', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    for (const status of ['PENDING', 'DECLINED', 'REMOVED'] as const) {
      const other = await createOfficial(network.cityA.id, status)
      await expectRefusedUnchanged(() => addFocalPoint(focalPoint.actor, { membershipId: other.membership.id }), 'CONFLICT')
    }
    await expect(addFocalPoint(focalPoint.actor, { membershipId: focalPoint.membership.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `${focalPoint.user.name} is already a focal point.`,
    })
  })

  it('answers NOT_FOUND for an unknown membership', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(() => addFocalPoint(focalPoint.actor, { membershipId: 'nope' }), 'NOT_FOUND')
  })

  it('ignores a city smuggled into the input', async () => {
    const focalPointB = await createFocalPoint(network.cityB.id)
    await expectRefusedUnchanged(
      () => addFocalPoint(focalPointB.actor, { membershipId: official.membership.id, cityId: network.cityB.id }),
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
    'suspendedFocalPointA',
    'suspendedAdmin',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(() => addFocalPoint(actor, { membershipId: official.membership.id }), refusalCode(kind))
  })

  it('refuses a focal point suspended before their actor was loaded', async () => {
    const { actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expectRefusedUnchanged(() => addFocalPoint(actor, { membershipId: official.membership.id }), 'FORBIDDEN')
  })
})
