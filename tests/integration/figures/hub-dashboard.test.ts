import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { getHubDashboard } from '@/lib/moderation/dashboard'
import { createCity, createUser } from '../../factories'
import {
  createAdmin,
  createFocalPoint,
  createHubManager,
  createHubOfficer,
  createNetwork,
  createOfficial,
  createSuspended,
  type TestNetwork,
} from '../../factories/actors'
import { createFigureCaseStudy, createRevision, createTimedConversation } from '../../factories/figures'

const now = new Date('2026-06-15T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000)
const daysAgo = (days: number) => hoursAgo(days * 24)
const HOUR = 3_600

let network: TestNetwork
let world: Awaited<ReturnType<typeof createWorld>>

/** City A in hub X, city B in hub Y, city C in both; work of every kind with known times. */
async function createWorld() {
  const { hubX, hubY, coalition, orphanCoalition, cityA, cityB } = network
  const cityC = await createCity({}, { hubIds: [hubX.id, hubY.id] })
  const officerX = await createHubOfficer(hubX.id)
  const managerX = await createHubManager(hubX.id)
  const managerY = await createHubManager(hubY.id)
  const officialA = await createOfficial(cityA.id)
  const officialB = await createOfficial(cityB.id)

  // Join requests: to X, to the coalition X coordinates, to Y, to the coalition without a hub; one decided.
  const request = (cityId: string, target: { hubId: string } | { coalitionId: string }, status: 'PENDING' | 'DECLINED' = 'PENDING') =>
    db.joinRequest.create({
      data: {
        cityId,
        target: 'hubId' in target ? 'HUB' : 'COALITION',
        ...target,
        motivation: 'We want to learn from your cities.',
        status,
        decidedAt: status === 'PENDING' ? null : now,
      },
    })
  await request(cityB.id, { hubId: hubX.id })
  await request(cityA.id, { coalitionId: coalition.id })
  await request(cityC.id, { hubId: hubY.id })
  await request(cityA.id, { coalitionId: orphanCoalition.id })
  await request(cityA.id, { hubId: hubY.id }, 'DECLINED')

  // City-team requests: pending in A, B and C; an active official of A does not wait.
  await createOfficial(cityA.id, 'PENDING')
  await createOfficial(cityB.id, 'PENDING')
  await createOfficial(cityC.id, 'PENDING')

  // Case studies awaiting review: submitted in A and B, a published one of C with a submitted
  // revision; a draft and one sent back for changes do not wait.
  const submittedA = await createFigureCaseStudy(cityA.id, { status: 'SUBMITTED' })
  const submittedB = await createFigureCaseStudy(cityB.id, { status: 'SUBMITTED' })
  const publishedC = await createFigureCaseStudy(cityC.id, { status: 'PUBLISHED', publishedAt: daysAgo(200) })
  await createFigureCaseStudy(cityA.id, { status: 'DRAFT' })
  const changesB = await createFigureCaseStudy(cityB.id, { status: 'CHANGES_REQUESTED' })

  // Review times (submitted → decided, last 90 days): A 2 h and 4 h, C 10 h, B 1 h.
  const decidedA = await createFigureCaseStudy(cityA.id, { status: 'PUBLISHED', publishedAt: daysAgo(5) })
  await createRevision(decidedA.id, { status: 'CHANGES_REQUESTED', submittedAt: daysAgo(10), reviewedAt: new Date(daysAgo(10).getTime() + 2 * HOUR * 1000) })
  await createRevision(decidedA.id, { status: 'APPROVED', submittedAt: daysAgo(6), reviewedAt: new Date(daysAgo(6).getTime() + 4 * HOUR * 1000) })
  // Decided 100 days ago: outside the window.
  const oldA = await createFigureCaseStudy(cityA.id, { status: 'REJECTED' })
  await createRevision(oldA.id, { status: 'REJECTED', submittedAt: daysAgo(101), reviewedAt: daysAgo(100) })
  await createRevision(publishedC.id, { status: 'APPROVED', submittedAt: daysAgo(201), reviewedAt: daysAgo(200) })
  await createRevision(publishedC.id, { status: 'REJECTED', submittedAt: daysAgo(20), reviewedAt: new Date(daysAgo(20).getTime() + 10 * HOUR * 1000) })
  await createRevision(publishedC.id, { status: 'SUBMITTED', submittedAt: daysAgo(2) })
  await createRevision(changesB.id, { status: 'CHANGES_REQUESTED', submittedAt: daysAgo(3), reviewedAt: new Date(daysAgo(3).getTime() + 1 * HOUR * 1000) })
  await createRevision(submittedA.id, { status: 'SUBMITTED', submittedAt: daysAgo(1) })
  await createRevision(submittedB.id, { status: 'SUBMITTED', submittedAt: daysAgo(1) })

  // Conversations of hub X.
  const asked = { authorId: officialA.user.id, afterMinutes: 0 }
  const conv1 = await createTimedConversation(hubX.id, {
    createdAt: daysAgo(5),
    assignedToId: officerX.user.id,
    // An internal note is not an answer; the officer replies after 1 h.
    messages: [asked, { authorId: officerX.user.id, afterMinutes: 10, internal: true }, { authorId: officerX.user.id, afterMinutes: 60 }],
  })
  await createTimedConversation(hubX.id, {
    createdAt: daysAgo(3),
    // A manager of another hub is not this hub's reply; X's manager answers after 3 h.
    messages: [asked, { authorId: managerY.user.id, afterMinutes: 30 }, { authorId: managerX.user.id, afterMinutes: 180 }],
  })
  await createTimedConversation(hubX.id, {
    createdAt: daysAgo(8),
    status: 'RESOLVED',
    messages: [asked, { authorId: officerX.user.id, afterMinutes: 120 }, { authorId: officerX.user.id, afterMinutes: 300 }],
  })
  // Unanswered for a day.
  await createTimedConversation(hubX.id, { createdAt: daysAgo(1), messages: [asked] })
  // Outreach starts with the hub's own message; a conversation of 100 days ago is outside the window.
  await createTimedConversation(hubX.id, {
    createdAt: daysAgo(4),
    kind: 'OUTREACH',
    status: 'RESOLVED',
    messages: [{ authorId: officerX.user.id, afterMinutes: 0 }],
  })
  await createTimedConversation(hubX.id, {
    createdAt: daysAgo(100),
    status: 'RESOLVED',
    messages: [asked, { authorId: officerX.user.id, afterMinutes: 6000 }],
  })
  // Hub Y: one open, unassigned conversation answered after 30 min.
  const conv4 = await createTimedConversation(hubY.id, {
    createdAt: daysAgo(10),
    messages: [{ authorId: officialB.user.id, afterMinutes: 0 }, { authorId: managerY.user.id, afterMinutes: 30 }],
  })

  // Reports: one open and one dismissed in X, one open in Y.
  const reporter = await createUser()
  await db.messageReport.create({ data: { messageId: conv1.messages[0]!.id, reporterId: reporter.id, reason: 'Spam' } })
  await db.messageReport.create({
    data: { messageId: conv1.messages[2]!.id, reporterId: reporter.id, reason: 'Rude', status: 'DISMISSED', handledAt: now },
  })
  await db.messageReport.create({ data: { messageId: conv4.messages[0]!.id, reporterId: reporter.id, reason: 'Spam' } })

  return { cityC, officerX, managerX, managerY, officialA }
}

beforeEach(async () => {
  network = await createNetwork()
  world = await createWorld()
})

describe('getHubDashboard', () => {
  it('gives a hub officer the queues, medians and conversations of their hub', async () => {
    const dashboard = await getHubDashboard(world.officerX.actor, {}, now)
    expect(dashboard.hubs).toEqual([{ slug: network.hubX.slug, name: network.hubX.name }])
    expect(dashboard.selected).toBeNull()
    expect(dashboard.wholeNetwork).toBe(false)
    expect(dashboard.queues).toEqual({ joinRequests: 2, cityTeamRequests: 2, caseStudies: 2, openReports: 1 })
    // Revisions of cities A and C decided in the window: 2 h, 4 h, 10 h.
    expect(dashboard.reviews).toEqual({ medianSeconds: 4 * HOUR, decided: 3 })
    expect(dashboard.conversations).toEqual({ open: 3, unassigned: 2, oldestOpenAt: daysAgo(5), oldestUnassignedAt: daysAgo(3) })
    // First replies after 1 h, 3 h and 2 h; one conversation still waits.
    expect(dashboard.responses).toEqual({ medianSeconds: 2 * HOUR, answered: 3, unanswered: 1 })
  })

  it('scopes a manager of hub Y to hub Y', async () => {
    const dashboard = await getHubDashboard(world.managerY.actor, {}, now)
    expect(dashboard.queues).toEqual({ joinRequests: 1, cityTeamRequests: 2, caseStudies: 2, openReports: 1 })
    // Cities B and C: 1 h and 10 h.
    expect(dashboard.reviews).toEqual({ medianSeconds: 5.5 * HOUR, decided: 2 })
    expect(dashboard.conversations).toEqual({ open: 1, unassigned: 1, oldestOpenAt: daysAgo(10), oldestUnassignedAt: daysAgo(10) })
    expect(dashboard.responses).toEqual({ medianSeconds: 0.5 * HOUR, answered: 1, unanswered: 0 })
  })

  it('counts each item once for someone on the team of two hubs, and lets them pick one', async () => {
    await db.hubRole.create({ data: { userId: world.officerX.user.id, hubId: network.hubY.id, role: 'OFFICER' } })
    const both = await getHubDashboard(world.officerX.actor, {}, now)
    expect(both.hubs.map((hub) => hub.slug).sort()).toEqual([network.hubX.slug, network.hubY.slug].sort())
    expect(both.queues).toEqual({ joinRequests: 3, cityTeamRequests: 3, caseStudies: 3, openReports: 2 })
    expect(both.reviews).toEqual({ medianSeconds: 3 * HOUR, decided: 4 })
    expect(both.conversations.open).toBe(4)

    const onlyY = await getHubDashboard(world.officerX.actor, { hub: network.hubY.slug }, now)
    expect(onlyY.selected).toEqual({ slug: network.hubY.slug, name: network.hubY.name })
    expect(onlyY.queues).toEqual({ joinRequests: 1, cityTeamRequests: 2, caseStudies: 2, openReports: 1 })
  })

  it('gives a network admin the whole network, or any one hub', async () => {
    const admin = await createAdmin()
    const network_ = await getHubDashboard(admin.actor, {}, now)
    expect(network_.wholeNetwork).toBe(true)
    expect(network_.hubs).toHaveLength(2)
    // The coalition without a coordinating hub counts for the network as a whole.
    expect(network_.queues).toEqual({ joinRequests: 4, cityTeamRequests: 3, caseStudies: 3, openReports: 2 })
    expect(network_.reviews).toEqual({ medianSeconds: 3 * HOUR, decided: 4 })
    // First replies after 30 min, 1 h, 2 h and 3 h.
    expect(network_.responses).toEqual({ medianSeconds: 1.5 * HOUR, answered: 4, unanswered: 1 })

    const hubX = await getHubDashboard(admin.actor, { hub: network.hubX.slug }, now)
    expect(hubX.wholeNetwork).toBe(false)
    expect(hubX.queues).toEqual((await getHubDashboard(world.officerX.actor, {}, now)).queues)
  })

  it('reports no median when nothing was decided or answered in the window', async () => {
    const admin = await createAdmin()
    const later = new Date(now.getTime() + 200 * 86_400_000)
    const dashboard = await getHubDashboard(admin.actor, {}, later)
    expect(dashboard.reviews).toEqual({ medianSeconds: null, decided: 0 })
    expect(dashboard.responses).toEqual({ medianSeconds: null, answered: 0, unanswered: 0 })
  })

  it('refuses a hub outside the viewer’s teams as not found, and a malformed one as invalid', async () => {
    await expect(getHubDashboard(world.officerX.actor, { hub: network.hubY.slug }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getHubDashboard(world.officerX.actor, { hub: 'no-such-hub' }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getHubDashboard(world.officerX.actor, { hub: 'Not a slug!' }, now)).rejects.toMatchObject({ code: 'INVALID' })
    await expect(getHubDashboard(world.officerX.actor, { hub: network.hubX.slug, extra: '1' }, now)).rejects.toMatchObject({ code: 'INVALID' })
  })

  it('refuses officials, focal points, suspended staff and the signed-out', async () => {
    const focalPoint = await createFocalPoint(network.cityA.id)
    const suspended = await createSuspended({ managerOf: network.hubX.id })
    await expect(getHubDashboard(world.officialA.actor, {}, now)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getHubDashboard(focalPoint.actor, {}, now)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getHubDashboard(suspended.stale, {}, now)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getHubDashboard(null, {}, now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('forgets a hub role that was removed, even for an actor loaded before', async () => {
    await db.hubRole.deleteMany({ where: { userId: world.managerX.user.id } })
    await expect(getHubDashboard(world.managerX.actor, {}, now)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
