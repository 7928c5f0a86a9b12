// The manager console's test world: hub X with two managers (for races), a conversation between
// city A and hub X where an official wrote a message that a colleague reported, and pending
// join and city-team requests in hub X's queues. Hub Y has its own manager (the wrong hub).
import { expect } from 'vitest'
import { db } from '@/lib/db'
import { reportMessage, sendMessage, startConversation } from '@/lib/messaging'
import { createAdmin, createFocalPoint, createHubManager, createHubOfficer, createNetwork, createOfficial, createUnattachedUser } from './actors'

// Instant e-mails carry a signed unsubscribe link.
process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

export async function createConsoleWorld() {
  const network = await createNetwork()
  const ama = await createHubManager(network.hubX.id, { name: 'Ama Mensah' })
  const kofi = await createHubManager(network.hubX.id, { name: 'Kofi Boateng' })
  const officerX = await createHubOfficer(network.hubX.id)
  const managerY = await createHubManager(network.hubY.id, { name: 'Lucía Pérez' })
  const admin = await createAdmin({ name: 'Network Admin' })
  const focalPointA = await createFocalPoint(network.cityA.id)
  const focalPointB = await createFocalPoint(network.cityB.id)
  const author = await createOfficial(network.cityA.id, 'ACTIVE', { name: 'Rude Author' })
  const reporter = await createOfficial(network.cityA.id, 'ACTIVE', { name: 'Careful Reporter' })
  const { id: conversationId } = await startConversation(author.actor, {
    hubSlug: network.hubX.slug,
    subject: 'Landfill gas',
    body: 'A first, polite question.',
  })
  const message = await sendMessage(author.actor, { conversationId, body: 'An offensive remark.' })
  const report = await reportMessage(reporter.actor, { messageId: message.id, reason: 'This is offensive.' })
  return { network, ama, kofi, officerX, managerY, admin, focalPointA, focalPointB, author, reporter, conversationId, messageId: message.id, reportId: report.id }
}
export type ConsoleWorld = Awaited<ReturnType<typeof createConsoleWorld>>

/** City B asks to join hub X (or a coalition), `ageMinutes` ago. */
export async function createPendingJoinRequest(
  world: ConsoleWorld,
  { hubId, coalitionId, cityId, ageMinutes = 0 }: { hubId?: string; coalitionId?: string; cityId?: string; ageMinutes?: number },
) {
  return db.joinRequest.create({
    data: {
      cityId: cityId ?? world.network.cityB.id,
      target: coalitionId ? 'COALITION' : 'HUB',
      hubId: coalitionId ? null : (hubId ?? world.network.hubX.id),
      coalitionId: coalitionId ?? null,
      requestedById: world.focalPointB.user.id,
      motivation: 'We want to learn from your cities.',
      createdAt: new Date(Date.now() - ageMinutes * 60_000),
    },
  })
}

/** Someone without a city asks to join city A's team (as a registration would), `ageMinutes` ago. */
export async function createPendingVerification(cityId: string, ageMinutes = 0, name?: string) {
  const { user } = await createUnattachedUser(name ? { name } : {})
  return db.cityOfficial.create({
    data: { userId: user.id, cityId, status: 'PENDING', createdAt: new Date(Date.now() - ageMinutes * 60_000) },
  })
}

/** Everything the console's services may write, in a comparable form. */
export async function consoleSnapshot() {
  const [joinRequests, hubMemberships, coalitionMemberships, cityOfficials, reports, messages, suspensions, users, audit, notifications, outbox] =
    await Promise.all([
      db.joinRequest.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, decidedById: true, decisionReason: true } }),
      db.cityHubMembership.count(),
      db.cityCoalitionMembership.count(),
      db.cityOfficial.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, decidedById: true, reason: true } }),
      db.messageReport.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, handledById: true } }),
      db.message.findMany({ orderBy: { id: 'asc' }, select: { id: true, hiddenAt: true, hiddenReason: true } }),
      db.messagingSuspension.findMany({ orderBy: { id: 'asc' }, select: { id: true, liftedAt: true } }),
      db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, messagingBlockedAt: true } }),
      db.auditLog.count(),
      db.notification.count(),
      db.outboxEmail.count(),
    ])
  return { joinRequests, hubMemberships, coalitionMemberships, cityOfficials, reports, messages, suspensions, users, audit, notifications, outbox }
}

export async function expectConsoleRefusedUnchanged(run: () => Promise<unknown>, code: string, extra: Record<string, unknown> = {}) {
  const before = await consoleSnapshot()
  await expect(run()).rejects.toMatchObject({ code, ...extra })
  expect(await consoleSnapshot()).toEqual(before)
}
