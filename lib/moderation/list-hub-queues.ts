// The console of one hub: its four queues (official verifications, join requests, case studies
// awaiting review, reported messages), each oldest first with its total count, and the messaging
// suspensions imposed through the hub that are still active. Each queue lists its oldest 100;
// the rest follow as those are decided. Names of people, never their e-mail addresses.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { ConsoleHubSlugSchema } from '@/lib/validation/moderation'
import { type ConsoleHub, getConsoleHub, queueWhere } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export const QUEUE_LIMIT = 100

export type VerificationItem = { id: string; userName: string; cityName: string; citySlug: string; waitingSince: Date }
export type JoinRequestItem = {
  id: string
  cityName: string
  citySlug: string
  target: 'HUB' | 'COALITION'
  targetName: string
  requesterName: string | null
  motivation: string
  waitingSince: Date
}
export type CaseStudyItem = {
  id: string
  title: string
  cityName: string
  kind: 'caseStudy' | 'revision'
  revisionNumber: number | null
  waitingSince: Date
}
export type ReportItem = {
  id: string
  reason: string
  reporterName: string
  authorName: string | null
  subject: string
  excerpt: string
  waitingSince: Date
}
export type SuspensionItem = { id: string; userName: string; reason: string; createdByName: string | null; since: Date }

export type Queue<T> = { count: number; items: T[] }

export type HubQueues = {
  hub: ConsoleHub
  verifications: Queue<VerificationItem>
  joinRequests: Queue<JoinRequestItem>
  caseStudies: Queue<CaseStudyItem>
  reports: Queue<ReportItem>
  suspensions: Queue<SuspensionItem>
}

const EXCERPT_LENGTH = 200

export const excerptOf = (body: string) => (body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH - 1)}…` : body)

/** The queues of a hub the caller has already authorised; `take` items of each. */
export async function loadHubQueues(hub: ConsoleHub, take = QUEUE_LIMIT): Promise<HubQueues> {
  const [verifications, verificationCount, joinRequests, joinRequestCount, caseStudies, reports, reportCount, suspensions, suspensionCount] =
    await Promise.all([
      db.cityOfficial.findMany({
        where: queueWhere.verifications(hub.id),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take,
        select: { id: true, createdAt: true, user: { select: { name: true } }, city: { select: { name: true, slug: true } } },
      }),
      db.cityOfficial.count({ where: queueWhere.verifications(hub.id) }),
      db.joinRequest.findMany({
        where: queueWhere.joinRequests(hub.id),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take,
        select: {
          id: true,
          target: true,
          motivation: true,
          createdAt: true,
          city: { select: { name: true, slug: true } },
          hub: { select: { name: true } },
          coalition: { select: { name: true } },
          requestedBy: { select: { name: true } },
        },
      }),
      db.joinRequest.count({ where: queueWhere.joinRequests(hub.id) }),
      // Few enough per hub to sort in memory by the submission of the revision under review.
      db.caseStudy.findMany({
        where: queueWhere.caseStudies(hub.id),
        take: 500,
        select: {
          id: true,
          title: true,
          status: true,
          updatedAt: true,
          city: { select: { name: true } },
          revisions: { where: { status: 'SUBMITTED' }, select: { number: true, submittedAt: true }, take: 1 },
        },
      }),
      db.messageReport.findMany({
        where: queueWhere.reports(hub.id),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take,
        select: {
          id: true,
          reason: true,
          createdAt: true,
          reporter: { select: { name: true } },
          message: { select: { body: true, author: { select: { name: true } }, conversation: { select: { subject: true } } } },
        },
      }),
      db.messageReport.count({ where: queueWhere.reports(hub.id) }),
      db.messagingSuspension.findMany({
        where: queueWhere.suspensions(hub.id),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take,
        select: { id: true, reason: true, createdAt: true, user: { select: { name: true } }, createdBy: { select: { name: true } } },
      }),
      db.messagingSuspension.count({ where: queueWhere.suspensions(hub.id) }),
    ])
  const sortedCaseStudies = caseStudies
    .map((row) => ({
      id: row.id,
      title: row.title,
      cityName: row.city.name,
      kind: row.status === 'PUBLISHED' ? ('revision' as const) : ('caseStudy' as const),
      revisionNumber: row.revisions[0]?.number ?? null,
      waitingSince: row.revisions[0]?.submittedAt ?? row.updatedAt,
    }))
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.id.localeCompare(b.id))
  return {
    hub,
    verifications: {
      count: verificationCount,
      items: verifications.map((row) => ({
        id: row.id,
        userName: row.user.name,
        cityName: row.city.name,
        citySlug: row.city.slug,
        waitingSince: row.createdAt,
      })),
    },
    joinRequests: {
      count: joinRequestCount,
      items: joinRequests.map((row) => ({
        id: row.id,
        cityName: row.city.name,
        citySlug: row.city.slug,
        target: row.target,
        targetName: row.hub?.name ?? row.coalition?.name ?? '',
        requesterName: row.requestedBy?.name ?? null,
        motivation: row.motivation,
        waitingSince: row.createdAt,
      })),
    },
    caseStudies: { count: sortedCaseStudies.length, items: sortedCaseStudies.slice(0, take) },
    reports: {
      count: reportCount,
      items: reports.map((row) => ({
        id: row.id,
        reason: row.reason,
        reporterName: row.reporter.name,
        authorName: row.message.author?.name ?? null,
        subject: row.message.conversation.subject,
        excerpt: excerptOf(row.message.body),
        waitingSince: row.createdAt,
      })),
    },
    suspensions: {
      count: suspensionCount,
      items: suspensions.map((row) => ({
        id: row.id,
        userName: row.user.name,
        reason: row.reason,
        createdByName: row.createdBy?.name ?? null,
        since: row.createdAt,
      })),
    },
  }
}

export async function listHubQueues(heldActor: Actor | null, rawHubSlug: unknown): Promise<HubQueues> {
  const actor = await requireCurrentActor(heldActor)
  const hubSlug = parseInput(ConsoleHubSlugSchema, rawHubSlug)
  return loadHubQueues(await getConsoleHub(actor, hubSlug))
}
