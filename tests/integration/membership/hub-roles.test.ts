import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { appointHubRole, decideJoinRequest, removeHubRole } from '@/lib/membership'
import {
  actorFor,
  actorOfKind,
  createAdmin,
  createHubManager,
  createHubOfficer,
  createNetwork,
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

const refused: ActorKind[] = [
  'anonymous',
  'unattached',
  'pendingOfficialA',
  'officialA',
  'focalPointA',
  'focalPointB',
  'officerX',
  'managerX',
  'managerY',
  'suspendedAdmin',
]

describe('appointHubRole', () => {
  it('appoints an officer by e-mail, audits it on the hub and tells the person', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser()
    const result = await appointHubRole(admin.actor, { email: `  ${person.user.email.toUpperCase()} `, hubSlug: network.hubX.slug, role: 'OFFICER' })
    expect(result).toEqual({ userId: person.user.id, hubSlug: network.hubX.slug, role: 'OFFICER' })
    expect(await db.hubRole.findMany()).toMatchObject([
      { userId: person.user.id, hubId: network.hubX.id, role: 'OFFICER', appointedById: admin.user.id },
    ])
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'hubRole.appoint', actorId: admin.user.id, hubId: network.hubX.id, targetId: person.user.id, metadata: { role: 'OFFICER', previousRole: null } },
    ])
    expect(await db.auditLog.count()).toBe(1)
    expect(await db.notification.findMany()).toMatchObject([
      { userId: person.user.id, type: 'hubRole.appointed', data: { hubSlug: network.hubX.slug, role: 'OFFICER' } },
    ])
    expect((await actorFor(person.user.id)).hubRoles).toEqual([{ hubId: network.hubX.id, hubSlug: network.hubX.slug, role: 'OFFICER' }])
  })

  it('changes an existing role in the same hub instead of adding a second', async () => {
    const admin = await createAdmin()
    const officer = await createHubOfficer(network.hubX.id)
    await appointHubRole(admin.actor, { email: officer.user.email, hubSlug: network.hubX.slug, role: 'MANAGER' })
    expect(await db.hubRole.findMany({ where: { userId: officer.user.id } })).toMatchObject([{ role: 'MANAGER' }])
    expect(await db.auditLog.findMany()).toMatchObject([{ metadata: { role: 'MANAGER', previousRole: 'OFFICER' } }])
    // The held actor is re-read: the new power applies at once.
    const request = await db.joinRequest.create({
      data: { cityId: network.cityB.id, target: 'HUB', hubId: network.hubX.id, motivation: 'We want to learn.' },
    })
    await expect(decideJoinRequest(officer.actor, { requestId: request.id, decision: 'APPROVE' })).resolves.toMatchObject({
      status: 'APPROVED',
    })
  })

  it('answers NOT_FOUND for an unknown person or hub and CONFLICT for a suspended person', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser()
    await expectRefusedUnchanged(
      () => appointHubRole(admin.actor, { email: 'nobody@example.org', hubSlug: network.hubX.slug, role: 'OFFICER' }),
      'NOT_FOUND',
    )
    await expectRefusedUnchanged(
      () => appointHubRole(admin.actor, { email: person.user.email, hubSlug: 'no-such-hub', role: 'OFFICER' }),
      'NOT_FOUND',
    )
    const suspended = await createSuspended({ officialOf: network.cityA.id })
    await expectRefusedUnchanged(
      () => appointHubRole(admin.actor, { email: suspended.user.email, hubSlug: network.hubX.slug, role: 'OFFICER' }),
      'CONFLICT',
    )
  })

  it('refuses invalid input with field errors', async () => {
    const admin = await createAdmin()
    await expect(appointHubRole(admin.actor, { email: 'not-an-email', hubSlug: network.hubX.slug, role: 'ADMIN' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { email: expect.any(Array), role: expect.any(Array) },
    })
  })

  it('never applies extra fields', async () => {
    const admin = await createAdmin()
    const person = await createUnattachedUser()
    await appointHubRole(admin.actor, {
      email: person.user.email,
      hubSlug: network.hubX.slug,
      role: 'OFFICER',
      isNetworkAdmin: true,
      hubId: network.hubY.id,
      appointedById: person.user.id,
    })
    expect(await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).toMatchObject({ isNetworkAdmin: false })
    expect(await db.hubRole.findMany()).toMatchObject([{ hubId: network.hubX.id, appointedById: admin.user.id }])
  })

  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    const person = await createUnattachedUser()
    await expectRefusedUnchanged(
      () => appointHubRole(actor, { email: person.user.email, hubSlug: network.hubX.slug, role: 'MANAGER' }),
      refusalCode(kind),
    )
  })
})

describe('removeHubRole', () => {
  it('removes the role, audits it on the hub and tells the person', async () => {
    const admin = await createAdmin()
    const manager = await createHubManager(network.hubX.id)
    await createHubManager(network.hubY.id)
    expect(await removeHubRole(admin.actor, { userId: manager.user.id, hubSlug: network.hubX.slug })).toEqual({
      userId: manager.user.id,
      hubSlug: network.hubX.slug,
    })
    expect(await db.hubRole.count({ where: { userId: manager.user.id } })).toBe(0)
    expect(await db.hubRole.count()).toBe(1)
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'hubRole.remove', actorId: admin.user.id, hubId: network.hubX.id, targetId: manager.user.id, metadata: { previousRole: 'MANAGER' } },
    ])
    expect(await db.notification.findMany()).toMatchObject([{ userId: manager.user.id, type: 'hubRole.removed' }])
  })

  it('answers NOT_FOUND when the person has no role in the hub, or the hub is unknown', async () => {
    const admin = await createAdmin()
    const managerY = await createHubManager(network.hubY.id)
    await expectRefusedUnchanged(() => removeHubRole(admin.actor, { userId: managerY.user.id, hubSlug: network.hubX.slug }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => removeHubRole(admin.actor, { userId: managerY.user.id, hubSlug: 'no-such-hub' }), 'NOT_FOUND')
  })

  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    const officer = await createHubOfficer(network.hubX.id)
    await expectRefusedUnchanged(() => removeHubRole(actor, { userId: officer.user.id, hubSlug: network.hubX.slug }), refusalCode(kind))
  })

  it('refuses an admin whose admin flag was withdrawn after their actor was loaded', async () => {
    const admin = await createAdmin()
    const officer = await createHubOfficer(network.hubX.id)
    await db.user.update({ where: { id: admin.user.id }, data: { isNetworkAdmin: false } })
    await expectRefusedUnchanged(() => removeHubRole(admin.actor, { userId: officer.user.id, hubSlug: network.hubX.slug }), 'FORBIDDEN')
  })
})
