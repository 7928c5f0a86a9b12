import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getDashboard, requestCityTeam } from '@/lib/membership'
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
  type TestNetwork,
} from '../../factories/actors'

let network: TestNetwork
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)

/** Pending work in every queue, with known ages. */
async function createPendingWork() {
  const requester = await createFocalPoint(network.cityB.id, { name: 'Kofi Boateng' })
  const join = async (data: { cityId: string; hubId?: string; coalitionId?: string; age: number }) =>
    db.joinRequest.create({
      data: {
        cityId: data.cityId,
        target: data.hubId ? 'HUB' : 'COALITION',
        hubId: data.hubId ?? null,
        coalitionId: data.coalitionId ?? null,
        requestedById: requester.user.id,
        motivation: 'We want to learn from your cities.',
        createdAt: minutesAgo(data.age),
      },
    })
  const bToX = await join({ cityId: network.cityB.id, hubId: network.hubX.id, age: 10 })
  const bToCoalition = await join({ cityId: network.cityB.id, coalitionId: network.coalition.id, age: 30 })
  const bToOrphan = await join({ cityId: network.cityB.id, coalitionId: network.orphanCoalition.id, age: 20 })
  const aToY = await join({ cityId: network.cityA.id, hubId: network.hubY.id, age: 5 })
  const aToOrphan = await join({ cityId: network.cityA.id, coalitionId: network.orphanCoalition.id, age: 50 })

  const applicantA1 = await createOfficial(network.cityA.id, 'PENDING', { name: 'Esi Owusu' })
  await db.cityOfficial.update({ where: { id: applicantA1.membership.id }, data: { createdAt: minutesAgo(3) } })
  const applicantA2 = await createOfficial(network.cityA.id, 'PENDING', { name: 'Yaw Darko' })
  await db.cityOfficial.update({ where: { id: applicantA2.membership.id }, data: { createdAt: minutesAgo(40) } })
  const applicantB = await createOfficial(network.cityB.id, 'PENDING', { name: 'Abena Asante' })
  return { requester, bToX, bToCoalition, bToOrphan, aToY, aToOrphan, applicantA1, applicantA2, applicantB }
}

beforeEach(async () => {
  network = await createNetwork()
})

describe('getDashboard', () => {
  it('shows a focal point their city, its memberships and open requests, and their city’s team requests', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    await db.cityCoalitionMembership.create({ data: { cityId: network.cityA.id, coalitionId: network.coalition.id } })
    const work = await createPendingWork()

    const dashboard = await getDashboard(focalPoint.actor)

    expect(dashboard.city).toEqual({
      name: network.cityA.name,
      slug: network.cityA.slug,
      role: 'FOCAL_POINT',
      status: 'ACTIVE',
      hubs: [{ slug: network.hubX.slug, name: network.hubX.name }],
      coalitions: [{ slug: network.coalition.slug, name: network.coalition.name }],
      pendingJoinRequests: [
        expect.objectContaining({ id: work.aToOrphan.id, target: 'COALITION', targetName: network.orphanCoalition.name }),
        expect.objectContaining({ id: work.aToY.id, target: 'HUB', targetName: network.hubY.name, targetSlug: network.hubY.slug }),
      ],
    })
    expect(dashboard.awaitingDecision.joinRequests).toEqual([])
    expect(dashboard.awaitingDecision.cityTeamRequests).toEqual([
      { id: work.applicantA2.membership.id, cityName: network.cityA.name, citySlug: network.cityA.slug, requesterName: 'Yaw Darko', createdAt: expect.any(Date) },
      { id: work.applicantA1.membership.id, cityName: network.cityA.name, citySlug: network.cityA.slug, requesterName: 'Esi Owusu', createdAt: expect.any(Date) },
    ])
  })

  it('shows a manager the join requests of their hub and of coalitions it coordinates, oldest first', async () => {
    const managerX = await createHubManager(network.hubX.id)
    const work = await createPendingWork()

    const dashboard = await getDashboard(managerX.actor)

    expect(dashboard.city).toBeNull()
    expect(dashboard.awaitingDecision.joinRequests).toEqual([
      {
        id: work.bToCoalition.id,
        target: 'COALITION',
        targetName: network.coalition.name,
        targetSlug: network.coalition.slug,
        cityName: network.cityB.name,
        citySlug: network.cityB.slug,
        motivation: 'We want to learn from your cities.',
        requesterName: 'Kofi Boateng',
        createdAt: expect.any(Date),
      },
      expect.objectContaining({ id: work.bToX.id, targetName: network.hubX.name }),
    ])
    // City A is in hub X: its team requests are the manager's too; city B's are not.
    expect(dashboard.awaitingDecision.cityTeamRequests.map((r) => r.id)).toEqual([
      work.applicantA2.membership.id,
      work.applicantA1.membership.id,
    ])
  })

  it('shows a manager of hub Y only hub Y’s work', async () => {
    const managerY = await createHubManager(network.hubY.id)
    const work = await createPendingWork()
    const dashboard = await getDashboard(managerY.actor)
    expect(dashboard.awaitingDecision.joinRequests.map((r) => r.id)).toEqual([work.aToY.id])
    expect(dashboard.awaitingDecision.cityTeamRequests.map((r) => r.id)).toEqual([work.applicantB.membership.id])
  })

  it('shows an officer team requests of their hub’s cities but no join requests', async () => {
    const officerX = await createHubOfficer(network.hubX.id)
    await createPendingWork()
    const dashboard = await getDashboard(officerX.actor)
    expect(dashboard.awaitingDecision.joinRequests).toEqual([])
    expect(dashboard.awaitingDecision.cityTeamRequests.map((r) => r.requesterName)).toEqual(['Yaw Darko', 'Esi Owusu'])
  })

  it('shows a network admin everything, including coalitions without a coordinating hub', async () => {
    const admin = await createAdmin()
    const work = await createPendingWork()
    const dashboard = await getDashboard(admin.actor)
    expect(dashboard.awaitingDecision.joinRequests.map((r) => r.id)).toEqual([
      work.aToOrphan.id,
      work.bToCoalition.id,
      work.bToOrphan.id,
      work.bToX.id,
      work.aToY.id,
    ])
    expect(dashboard.awaitingDecision.cityTeamRequests).toHaveLength(3)
  })

  it('leaves decided requests out', async () => {
    const admin = await createAdmin()
    const work = await createPendingWork()
    await db.joinRequest.update({ where: { id: work.bToX.id }, data: { status: 'DECLINED', decidedAt: new Date() } })
    await db.cityOfficial.update({ where: { id: work.applicantB.membership.id }, data: { status: 'ACTIVE' } })
    const dashboard = await getDashboard(admin.actor)
    expect(dashboard.awaitingDecision.joinRequests.map((r) => r.id)).not.toContain(work.bToX.id)
    expect(dashboard.awaitingDecision.cityTeamRequests.map((r) => r.id)).not.toContain(work.applicantB.membership.id)
  })

  it('shows a pending official their city without its open requests, and nothing to decide', async () => {
    const pending = await createOfficial(network.cityA.id, 'PENDING')
    await createPendingWork()
    const dashboard = await getDashboard(pending.actor)
    expect(dashboard.city).toMatchObject({ slug: network.cityA.slug, role: 'OFFICIAL', status: 'PENDING', pendingJoinRequests: [] })
    expect(dashboard.awaitingDecision).toEqual({ joinRequests: [], cityTeamRequests: [] })
  })

  it('does not offer an officer their own city-team request', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    await requestCityTeam(officer.actor, { citySlug: network.cityA.slug })
    const dashboard = await getDashboard(officer.actor)
    expect(dashboard.city).toMatchObject({ status: 'PENDING' })
    expect(dashboard.awaitingDecision.cityTeamRequests).toEqual([])
  })

  it('never returns e-mail addresses or password hashes', async () => {
    const admin = await createAdmin()
    await createPendingWork()
    await db.user.updateMany({ data: { passwordHash: 'argon2-secret-hash' } })
    const json = JSON.stringify(await getDashboard(admin.actor))
    const users = await db.user.findMany({ select: { email: true } })
    for (const { email } of users) expect(json).not.toContain(email)
    expect(json).not.toContain('argon2-secret-hash')
    expect(json).not.toMatch(/passwordHash|email/i)
  })

  it('asks an anonymous visitor to sign in and refuses a suspended person', async () => {
    await expect(getDashboard(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    const { stale, actor } = await createSuspended({ focalPointOf: network.cityA.id })
    await expect(getDashboard(stale)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getDashboard(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getDashboard(await actorOfKind('suspendedAdmin', network))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('shows a signed-in person without any role an empty dashboard', async () => {
    const { actor } = await createUnattachedUser()
    await createPendingWork()
    expect(await getDashboard(actor)).toEqual({ city: null, awaitingDecision: { joinRequests: [], cityTeamRequests: [] } })
  })
})
