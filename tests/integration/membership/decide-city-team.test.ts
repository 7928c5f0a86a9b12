import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decideCityTeamRequest, requestCityTeam } from '@/lib/membership'
import {
  actorOfKind,
  createAdmin,
  createFocalPoint,
  createHubManager,
  createHubOfficer,
  createNetwork,
  createOfficial,
  createSuspended,
  refusalCode,
  type ActorKind,
  type TestNetwork,
  expectRefusedUnchanged,
} from '../../factories/actors'

let network: TestNetwork
/** A user waiting to join city A's team (city A is in hub X). */
let applicant: Awaited<ReturnType<typeof createOfficial>>

beforeEach(async () => {
  network = await createNetwork()
  applicant = await createOfficial(network.cityA.id, 'PENDING', { name: 'Esi Owusu' })
})

describe('decideCityTeamRequest', () => {
  it('approves as the city’s focal point: ACTIVE official, one audit row, the official told', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    const result = await decideCityTeamRequest(focalPoint.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' })
    expect(result).toEqual({ id: applicant.membership.id, status: 'ACTIVE' })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: applicant.membership.id } })).toMatchObject({
      status: 'ACTIVE',
      role: 'OFFICIAL',
      decidedById: focalPoint.user.id,
      decidedAt: expect.any(Date),
      endedAt: null,
      reason: null,
    })
    expect(await db.auditLog.findMany()).toMatchObject([
      { action: 'cityTeam.approve', actorId: focalPoint.user.id, hubId: null, targetId: applicant.membership.id },
    ])
    expect(await db.auditLog.count()).toBe(1)
    const notifications = await db.notification.findMany()
    expect(notifications).toMatchObject([{ userId: applicant.user.id, type: 'cityTeam.approved' }])
  })

  it('approves as an officer of the city’s hub, recording the hub on the audit row', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    await decideCityTeamRequest(officer.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'cityTeam.approve', hubId: network.hubX.id }])
  })

  it('lets managers of the city’s hub and admins decide', async () => {
    const manager = await createHubManager(network.hubX.id)
    await expect(
      decideCityTeamRequest(manager.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
    ).resolves.toMatchObject({ status: 'ACTIVE' })
    const other = await createOfficial(network.cityB.id, 'PENDING')
    const admin = await createAdmin()
    await expect(
      decideCityTeamRequest(admin.actor, { membershipId: other.membership.id, decision: 'DECLINE', reason: 'Unknown to us.' }),
    ).resolves.toMatchObject({ status: 'DECLINED' })
  })

  it('declines with a reason, ending the membership; the person may ask again', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    const result = await decideCityTeamRequest(focalPoint.actor, {
      membershipId: applicant.membership.id,
      decision: 'DECLINE',
      reason: ' We could not confirm your role. ',
    })
    expect(result).toEqual({ id: applicant.membership.id, status: 'DECLINED' })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: applicant.membership.id } })).toMatchObject({
      status: 'DECLINED',
      decidedById: focalPoint.user.id,
      endedAt: expect.any(Date),
      reason: 'We could not confirm your role.',
    })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'cityTeam.decline', reason: 'We could not confirm your role.' }])
    expect(await db.notification.findMany()).toMatchObject([
      { userId: applicant.user.id, type: 'cityTeam.declined', data: { reason: 'We could not confirm your role.' } },
    ])
    await expect(requestCityTeam(applicant.actor, { citySlug: network.cityB.slug })).resolves.toMatchObject({ status: 'PENDING' })
  })

  it('requires a reason to decline', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    await expectRefusedUnchanged(
      () => decideCityTeamRequest(focalPoint.actor, { membershipId: applicant.membership.id, decision: 'DECLINE' }),
      'INVALID',
    )
    await expect(
      decideCityTeamRequest(focalPoint.actor, { membershipId: applicant.membership.id, decision: 'DECLINE', reason: ' ' }),
    ).rejects.toMatchObject({ code: 'INVALID', fields: { reason: expect.any(Array) } })
  })

  it('refuses a second decision, naming who decided', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id, { name: 'Ama Mensah' })
    const officer = await createHubOfficer(network.hubX.id)
    await decideCityTeamRequest(focalPoint.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' })
    await expectRefusedUnchanged(
      () => decideCityTeamRequest(officer.actor, { membershipId: applicant.membership.id, decision: 'DECLINE', reason: 'Not known to us.' }),
      'CONFLICT',
    )
    await expect(
      decideCityTeamRequest(officer.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Already approved by Ama Mensah.' })
  })

  it('applies exactly one of two simultaneous decisions', async () => {
    const ama = await createFocalPoint(network.cityA.id, { name: 'Ama Mensah' })
    const kofi = await createHubOfficer(network.hubX.id, { name: 'Kofi Boateng' })
    const results = await Promise.allSettled([
      decideCityTeamRequest(ama.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
      decideCityTeamRequest(kofi.actor, { membershipId: applicant.membership.id, decision: 'DECLINE', reason: 'Unknown to us.' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const row = await db.cityOfficial.findUniqueOrThrow({ where: { id: applicant.membership.id } })
    const expected =
      row.decidedById === ama.user.id ? 'Already approved by Ama Mensah.' : 'Already declined by Kofi Boateng.'
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT', message: expected })
    expect(await db.auditLog.count()).toBe(1)
    expect(await db.notification.count()).toBe(1)
  })

  it('does not let a hub officer decide their own request', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const { id } = await requestCityTeam(officer.actor, { citySlug: network.cityA.slug })
    await expectRefusedUnchanged(() => decideCityTeamRequest(officer.actor, { membershipId: id, decision: 'APPROVE' }), 'FORBIDDEN')
  })

  it('answers NOT_FOUND for an unknown request', async () => {
    const admin = await createAdmin()
    await expectRefusedUnchanged(() => decideCityTeamRequest(admin.actor, { membershipId: 'nope', decision: 'APPROVE' }), 'NOT_FOUND')
  })

  it('never applies a role smuggled into the input', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    await decideCityTeamRequest(focalPoint.actor, {
      membershipId: applicant.membership.id,
      decision: 'APPROVE',
      role: 'FOCAL_POINT',
      status: 'REMOVED',
      cityId: network.cityB.id,
    })
    expect(await db.cityOfficial.findUniqueOrThrow({ where: { id: applicant.membership.id } })).toMatchObject({
      role: 'OFFICIAL',
      status: 'ACTIVE',
      cityId: network.cityA.id,
    })
  })

  const refused: ActorKind[] = [
    'anonymous',
    'unattached',
    'pendingOfficialA',
    'officialA',
    'focalPointB',
    'managerY',
    'suspendedFocalPointA',
    'suspendedManagerX',
    'suspendedAdmin',
  ]
  it.each(refused)('refuses %s and changes nothing', async (kind) => {
    const actor = await actorOfKind(kind, network)
    await expectRefusedUnchanged(
      () => decideCityTeamRequest(actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
      refusalCode(kind),
    )
  })

  it('refuses a focal point suspended before their actor was loaded', async () => {
    const { actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expectRefusedUnchanged(
      () => decideCityTeamRequest(actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
      'FORBIDDEN',
    )
  })

  it('refuses an officer of a hub the city has left', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    await db.cityHubMembership.updateMany({ where: { cityId: network.cityA.id }, data: { leftAt: new Date() } })
    await expectRefusedUnchanged(
      () => decideCityTeamRequest(officer.actor, { membershipId: applicant.membership.id, decision: 'APPROVE' }),
      'FORBIDDEN',
    )
  })
})
