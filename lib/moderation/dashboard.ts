// The manager dashboard: how much work waits for a hub's team and how fast the team answers.
//
// Decisions:
// - Scope. Officers and managers see their hubs (all of them together, or one picked); network
//   admins see the whole network or any one hub. Each hub in scope passes
//   `requirePermission('hub.dashboard', { hubId })`; the whole network needs it with no hub.
// - What belongs to a hub mirrors who decides it: join requests to the hub or to a coalition it
//   coordinates; city-team requests and case studies of the cities currently in the hub (the
//   review queue's rule); conversations and message reports of the hub's inbox. Counts are of
//   distinct items, so a city in two of the viewer's hubs is not counted twice.
// - Review time is submitted → decided (approved, changes requested or rejected) over the
//   revisions decided in the last 90 days, for the case studies of the hub's current cities.
// - Response time is a conversation's creation → the first message (not an internal note) by
//   someone who is today an officer or manager of its hub (a departed officer's replies drop
//   out), over conversations started in the last 90 days by cities; hub outreach starts with the
//   hub's own message and is left out. Conversations still unanswered are counted, not timed.
// - Both medians are percentile_cont in PostgreSQL; nothing is loaded row by row.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { HubDashboardQuerySchema } from '@/lib/validation/dashboard'

export const DASHBOARD_WINDOW_DAYS = 90

export type HubDashboard = {
  /** The hubs the viewer may pick, by name. */
  hubs: { slug: string; name: string }[]
  /** The hub shown, or null for all of `hubs` together (the whole network for admins). */
  selected: { slug: string; name: string } | null
  wholeNetwork: boolean
  queues: { joinRequests: number; cityTeamRequests: number; caseStudies: number; openReports: number }
  reviews: { medianSeconds: number | null; decided: number }
  conversations: { open: number; unassigned: number; oldestOpenAt: Date | null; oldestUnassignedAt: Date | null }
  responses: { medianSeconds: number | null; answered: number; unanswered: number }
}

export type DashboardScope = {
  hubs: { id: string; slug: string; name: string }[]
  selected: { id: string; slug: string; name: string } | null
  wholeNetwork: boolean
  hubIds: string[]
}

/**
 * Who may see which hubs: the viewer's hubs (all hubs for admins) and the one asked for. Pages
 * call it before streaming, so a hub that is not the viewer's is a real 404.
 */
export async function resolveDashboardScope(heldActor: Actor | null, rawInput: unknown): Promise<DashboardScope> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(HubDashboardQuerySchema, rawInput ?? {})
  if (!actor.isNetworkAdmin && !actor.hubRoles.length) throw new AppError('FORBIDDEN', 'The dashboard is for hub teams.')

  const hubs = await db.hub.findMany({
    where: actor.isNetworkAdmin ? {} : { id: { in: actor.hubRoles.map((role) => role.hubId) } },
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true },
  })
  const selected = input.hub ? hubs.find((hub) => hub.slug === input.hub) : null
  if (selected === undefined) throw new AppError('NOT_FOUND', 'Hub not found.')
  const wholeNetwork = actor.isNetworkAdmin && !selected
  const hubIds = selected ? [selected.id] : hubs.map((hub) => hub.id)
  if (wholeNetwork) requirePermission(actor, 'hub.dashboard', { hubId: null })
  else for (const hubId of hubIds) requirePermission(actor, 'hub.dashboard', { hubId })
  return { hubs, selected, wholeNetwork, hubIds }
}

export async function getHubDashboard(heldActor: Actor | null, rawInput: unknown, now: Date = new Date()): Promise<HubDashboard> {
  const { hubs, selected, wholeNetwork, hubIds } = await resolveDashboardScope(heldActor, rawInput)

  const since = new Date(now.getTime() - DASHBOARD_WINDOW_DAYS * 86_400_000)
  const inHubs = (column: Prisma.Sql) => (wholeNetwork ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${hubIds}::text[])`)
  const cityInHubs = (cityColumn: Prisma.Sql) =>
    wholeNetwork
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (SELECT 1 FROM "CityHubMembership" m
          WHERE m."cityId" = ${cityColumn} AND m."leftAt" IS NULL AND m."hubId" = ANY(${hubIds}::text[]))`

  const [[queues], [reviews], [conversations], [responses]] = await Promise.all([
    db.$queryRaw<HubDashboard['queues'][]>`
      SELECT
        (SELECT count(*)::int FROM "JoinRequest" jr LEFT JOIN "Coalition" co ON co."id" = jr."coalitionId"
          WHERE jr."status" = 'PENDING' AND (${inHubs(Prisma.sql`jr."hubId"`)} OR ${inHubs(Prisma.sql`co."coordinatingHubId"`)})
        ) AS "joinRequests",
        (SELECT count(*)::int FROM "CityOfficial" o
          WHERE o."status" = 'PENDING' AND ${cityInHubs(Prisma.sql`o."cityId"`)}
        ) AS "cityTeamRequests",
        (SELECT count(*)::int FROM "CaseStudy" c
          WHERE (c."status" = 'SUBMITTED' OR (c."status" = 'PUBLISHED' AND EXISTS (
                  SELECT 1 FROM "CaseStudyRevision" r WHERE r."caseStudyId" = c."id" AND r."status" = 'SUBMITTED')))
            AND ${cityInHubs(Prisma.sql`c."cityId"`)}
        ) AS "caseStudies",
        (SELECT count(*)::int FROM "MessageReport" mr
          JOIN "Message" msg ON msg."id" = mr."messageId"
          JOIN "Conversation" cv ON cv."id" = msg."conversationId"
          WHERE mr."status" = 'OPEN' AND ${inHubs(Prisma.sql`cv."hubId"`)}
        ) AS "openReports"`,
    db.$queryRaw<HubDashboard['reviews'][]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."reviewedAt" - r."submittedAt"))::float8 AS "medianSeconds",
             count(*)::int AS decided
      FROM "CaseStudyRevision" r JOIN "CaseStudy" c ON c."id" = r."caseStudyId"
      WHERE r."status" IN ('APPROVED', 'CHANGES_REQUESTED', 'REJECTED')
        AND r."submittedAt" IS NOT NULL AND r."reviewedAt" >= ${since} AND r."reviewedAt" <= ${now}
        AND ${cityInHubs(Prisma.sql`c."cityId"`)}`,
    db.$queryRaw<HubDashboard['conversations'][]>`
      SELECT count(*)::int AS open,
             (count(*) FILTER (WHERE cv."assignedToId" IS NULL))::int AS unassigned,
             min(cv."createdAt") AS "oldestOpenAt",
             min(cv."createdAt") FILTER (WHERE cv."assignedToId" IS NULL) AS "oldestUnassignedAt"
      FROM "Conversation" cv
      WHERE cv."status" = 'OPEN' AND ${inHubs(Prisma.sql`cv."hubId"`)}`,
    db.$queryRaw<HubDashboard['responses'][]>`
      WITH started AS (
        SELECT cv."createdAt",
               (SELECT min(msg."createdAt") FROM "Message" msg
                  JOIN "HubRole" hr ON hr."userId" = msg."authorId" AND hr."hubId" = cv."hubId"
                 WHERE msg."conversationId" = cv."id" AND NOT msg."isInternalNote") AS "firstReplyAt"
        FROM "Conversation" cv
        WHERE cv."kind" <> 'OUTREACH' AND cv."createdAt" >= ${since} AND cv."createdAt" <= ${now}
          AND ${inHubs(Prisma.sql`cv."hubId"`)}
      )
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "firstReplyAt" - "createdAt"))::float8 AS "medianSeconds",
             count("firstReplyAt")::int AS answered,
             (count(*) - count("firstReplyAt"))::int AS unanswered
      FROM started`,
  ])

  const visible = hubs.map(({ slug, name }) => ({ slug, name }))
  return {
    hubs: visible,
    selected: selected ? { slug: selected.slug, name: selected.name } : null,
    wholeNetwork,
    queues: queues!,
    reviews: reviews!,
    conversations: conversations!,
    responses: responses!,
  }
}
