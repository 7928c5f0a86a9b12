// One item of a hub's console with its full context, decided or not: a decided item shows who
// decided it and when instead of offering the decision again. An item that is not in this hub's
// queues (another hub's, unknown id) is NOT_FOUND, as is a hub whose console the actor may not see.
// Case studies are reviewed on their own page (/reviews/[id]), so they are not items here.
import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { IdSchema } from '@/lib/validation/membership'
import { ConsoleHubSlugSchema } from '@/lib/validation/moderation'
import { type ConsoleHub, getConsoleHub } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

const QueueItemRefSchema = z.object({
  hubSlug: ConsoleHubSlugSchema,
  queue: z.enum(['verifications', 'join-requests', 'reports'], { message: 'invalid' }),
  id: IdSchema,
})

export type Decided = { outcome: string; by: string | null; at: Date | null; reason: string | null } | null

export type VerificationDetail = {
  queue: 'verifications'
  hub: ConsoleHub
  id: string
  userName: string
  userJobTitle: string | null
  cityName: string
  citySlug: string
  waitingSince: Date
  teamSize: number
  decided: Decided
}

export type JoinRequestDetail = {
  queue: 'join-requests'
  hub: ConsoleHub
  id: string
  cityName: string
  citySlug: string
  target: 'HUB' | 'COALITION'
  targetName: string
  requesterName: string | null
  motivation: string
  cityHubs: string[]
  waitingSince: Date
  decided: Decided
}

export type ReportDetail = {
  queue: 'reports'
  hub: ConsoleHub
  id: string
  reason: string
  reporterName: string
  waitingSince: Date
  otherOpenReports: number
  message: { id: string; body: string; authorName: string | null; authorId: string | null; sentAt: Date; hiddenAt: Date | null; hiddenByName: string | null }
  conversation: { id: string; subject: string }
  /** The author's active messaging suspension, if any. */
  suspension: { id: string; hubId: string | null; reason: string; byName: string | null; since: Date } | null
  decided: Decided
}

export type QueueItemDetail = VerificationDetail | JoinRequestDetail | ReportDetail

const notFound = () => new AppError('NOT_FOUND', 'Item not found.')

async function verification(hub: ConsoleHub, id: string): Promise<VerificationDetail> {
  const row = await db.cityOfficial.findFirst({
    where: { id, city: { hubMemberships: { some: { hubId: hub.id, leftAt: null } } } },
    select: {
      id: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      reason: true,
      decidedBy: { select: { name: true } },
      user: { select: { name: true, jobTitle: true } },
      city: { select: { name: true, slug: true, officials: { where: { status: 'ACTIVE' }, select: { id: true } } } },
    },
  })
  if (!row) throw notFound()
  return {
    queue: 'verifications',
    hub,
    id: row.id,
    userName: row.user.name,
    userJobTitle: row.user.jobTitle,
    cityName: row.city.name,
    citySlug: row.city.slug,
    waitingSince: row.createdAt,
    teamSize: row.city.officials.length,
    decided:
      row.status === 'PENDING'
        ? null
        : { outcome: row.status === 'ACTIVE' ? 'approved' : row.status.toLowerCase(), by: row.decidedBy?.name ?? null, at: row.decidedAt, reason: row.reason },
  }
}

async function joinRequest(hub: ConsoleHub, id: string): Promise<JoinRequestDetail> {
  const row = await db.joinRequest.findFirst({
    where: { id, OR: [{ hubId: hub.id }, { coalition: { coordinatingHubId: hub.id } }] },
    select: {
      id: true,
      status: true,
      target: true,
      motivation: true,
      createdAt: true,
      decidedAt: true,
      decisionReason: true,
      decidedBy: { select: { name: true } },
      requestedBy: { select: { name: true } },
      hub: { select: { name: true } },
      coalition: { select: { name: true } },
      city: {
        select: { name: true, slug: true, hubMemberships: { where: { leftAt: null }, select: { hub: { select: { name: true } } } } },
      },
    },
  })
  if (!row) throw notFound()
  return {
    queue: 'join-requests',
    hub,
    id: row.id,
    cityName: row.city.name,
    citySlug: row.city.slug,
    target: row.target,
    targetName: row.hub?.name ?? row.coalition?.name ?? '',
    requesterName: row.requestedBy?.name ?? null,
    motivation: row.motivation,
    cityHubs: row.city.hubMemberships.map((membership) => membership.hub.name),
    waitingSince: row.createdAt,
    decided:
      row.status === 'PENDING'
        ? null
        : { outcome: row.status.toLowerCase(), by: row.decidedBy?.name ?? null, at: row.decidedAt, reason: row.decisionReason },
  }
}

async function report(hub: ConsoleHub, id: string): Promise<ReportDetail> {
  const row = await db.messageReport.findFirst({
    where: { id, message: { conversation: { hubId: hub.id } } },
    select: {
      id: true,
      status: true,
      reason: true,
      createdAt: true,
      handledAt: true,
      handledBy: { select: { name: true } },
      reporter: { select: { name: true } },
      message: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          authorId: true,
          hiddenAt: true,
          hiddenReason: true,
          author: { select: { name: true } },
          hiddenBy: { select: { name: true } },
          conversation: { select: { id: true, subject: true } },
          _count: { select: { reports: { where: { status: 'OPEN' } } } },
        },
      },
    },
  })
  if (!row) throw notFound()
  const suspension = row.message.authorId
    ? await db.messagingSuspension.findFirst({
        where: { userId: row.message.authorId, liftedAt: null },
        select: { id: true, hubId: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
      })
    : null
  return {
    queue: 'reports',
    hub,
    id: row.id,
    reason: row.reason,
    reporterName: row.reporter.name,
    waitingSince: row.createdAt,
    otherOpenReports: Math.max(0, row.message._count.reports - (row.status === 'OPEN' ? 1 : 0)),
    message: {
      id: row.message.id,
      body: row.message.body,
      authorName: row.message.author?.name ?? null,
      authorId: row.message.authorId,
      sentAt: row.message.createdAt,
      hiddenAt: row.message.hiddenAt,
      hiddenByName: row.message.hiddenBy?.name ?? null,
    },
    conversation: row.message.conversation,
    suspension: suspension
      ? { id: suspension.id, hubId: suspension.hubId, reason: suspension.reason, byName: suspension.createdBy?.name ?? null, since: suspension.createdAt }
      : null,
    decided:
      row.status === 'OPEN'
        ? null
        : {
            outcome: row.status.toLowerCase(),
            by: row.handledBy?.name ?? null,
            at: row.handledAt,
            reason: row.status === 'HIDDEN' ? row.message.hiddenReason : null,
          },
  }
}

export async function getQueueItem(heldActor: Actor | null, rawInput: unknown): Promise<QueueItemDetail> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(QueueItemRefSchema, rawInput)
  const hub = await getConsoleHub(actor, input.hubSlug)
  if (input.queue === 'verifications') return verification(hub, input.id)
  if (input.queue === 'join-requests') return joinRequest(hub, input.id)
  return report(hub, input.id)
}
