// Building blocks of the manager console; not a service itself.
//
// Decisions:
// - The console decides nothing on its own rules: join requests and city-team requests go through
//   the membership services, hiding through lib/messaging/hide-message.ts. What the console adds
//   is the queue per hub and, when another manager decided first, WHO decided and WHEN (the
//   services say "already decided"; the console re-reads the row and says by whom and at what time).
// - A hub the actor may not see (console.view) does not exist for them: NOT_FOUND, not FORBIDDEN.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'


export type TakenOutcome = 'approved' | 'declined' | 'withdrawn' | 'hidden' | 'dismissed' | 'suspended' | 'lifted' | 'removed'

/** "Already approved by Ama Mensah on 29 Nov 2026, 10:04." — the loser of a race is told who won and when. */
export function alreadyTaken(outcome: TakenOutcome, by: string | null | undefined, at: Date | null | undefined): AppError {
  const when = at ? ` on ${at.toISOString()}` : ''
  return new AppError('CONFLICT', `Already ${outcome}${by ? ` by ${by}` : ''}${when}.`, {
    key: by ? 'alreadyTaken' : 'alreadyTakenUnknown',
    values: { outcome, name: by ?? '', at: at?.toISOString() ?? '' },
  })
}

export type ConsoleHub = { id: string; slug: string; name: string; region: string }

const consoleHubSelect = { id: true, slug: true, name: true, region: true } satisfies Prisma.HubSelect

/** The hubs whose console the actor sees: the hubs they manage; every hub for a network admin. */
export async function listVisibleHubs(actor: Actor): Promise<ConsoleHub[]> {
  if (actor.isNetworkAdmin) return db.hub.findMany({ orderBy: { name: 'asc' }, select: consoleHubSelect })
  const managed = actor.hubRoles.filter((role) => role.role === 'MANAGER').map((role) => role.hubId)
  if (!managed.length) return []
  return db.hub.findMany({ where: { id: { in: managed } }, orderBy: { name: 'asc' }, select: consoleHubSelect })
}

/** The hub by slug if the actor may see its console; NOT_FOUND otherwise (and for unknown slugs). */
export async function getConsoleHub(actor: Actor, hubSlug: string): Promise<ConsoleHub> {
  const hub = await db.hub.findUnique({ where: { slug: hubSlug }, select: consoleHubSelect })
  if (!hub || !can(actor, 'console.view', { hubId: hub.id })) throw new AppError('NOT_FOUND', 'Hub not found.')
  return hub
}

// What each queue holds for a hub. The item pages use the same conditions, so an item that left
// the queue (decided, or its city left the hub) is no longer offered for a decision there.
export const queueWhere = {
  verifications: (hubId: string) =>
    ({ status: 'PENDING', city: { hubMemberships: { some: { hubId, leftAt: null } } } }) satisfies Prisma.CityOfficialWhereInput,
  joinRequests: (hubId: string) =>
    ({ status: 'PENDING', OR: [{ hubId }, { coalition: { coordinatingHubId: hubId } }] }) satisfies Prisma.JoinRequestWhereInput,
  caseStudies: (hubId: string) =>
    ({
      city: { hubMemberships: { some: { hubId, leftAt: null } } },
      OR: [{ status: 'SUBMITTED' }, { status: 'PUBLISHED', revisions: { some: { status: 'SUBMITTED' } } }],
    }) satisfies Prisma.CaseStudyWhereInput,
  reports: (hubId: string) => ({ status: 'OPEN', message: { conversation: { hubId } } }) satisfies Prisma.MessageReportWhereInput,
  suspensions: (hubId: string) => ({ hubId, liftedAt: null }) satisfies Prisma.MessagingSuspensionWhereInput,
}

export type BulkOutcome = { id: string; outcome: 'done' | 'taken' | 'refused'; message: string; key?: string; values?: Record<string, string> }

/** Runs one decision per item, in order, each in its own transaction; a lost race or a refusal is reported, not thrown. */
export async function runBulk(ids: string[], decide: (id: string) => Promise<unknown>): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = []
  for (const id of ids) {
    try {
      await decide(id)
      outcomes.push({ id, outcome: 'done', message: 'Done.' })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      outcomes.push({
        id,
        outcome: error.code === 'CONFLICT' ? 'taken' : 'refused',
        message: error.message,
        ...(error.key ? { key: error.key } : {}),
        ...(error.values ? { values: error.values } : {}),
      })
    }
  }
  return outcomes
}
