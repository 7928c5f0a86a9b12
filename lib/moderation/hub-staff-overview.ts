// The dashboard of hub staff (officers and managers): per hub they serve, the open conversations
// and the oldest one whose last word is the city's (waiting for the hub's answer), and what waits
// for a decision (case studies to review, join requests, official verifications) with the age of
// the oldest. The same queue conditions as the console (shared.ts `queueWhere`), so the numbers
// agree with the pages they link to. Hub staff only see their own hubs; the roles come from the
// actor, re-read from the database on every request.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { loadHubQueues } from './list-hub-queues'
import { requireCurrentActor } from '@/lib/service/kernel'

export type Waiting = { count: number; oldest: Date | null }

export type HubStaffOverview = {
  hub: { id: string; slug: string; name: string }
  role: 'OFFICER' | 'MANAGER'
  openConversations: number
  unanswered: { count: number; oldest: { id: string; subject: string; since: Date } | null }
  caseStudies: Waiting
  joinRequests: Waiting
  verifications: Waiting
}

/** How many open conversations are looked at for "unanswered" per hub (oldest activity first). */
const UNANSWERED_SCAN = 500

export async function listHubStaffOverview(heldActor: Actor | null): Promise<HubStaffOverview[]> {
  const actor = await requireCurrentActor(heldActor)
  const roles = new Map<string, 'OFFICER' | 'MANAGER'>()
  for (const role of actor.hubRoles) if (roles.get(role.hubId) !== 'MANAGER') roles.set(role.hubId, role.role)
  if (!roles.size) return []
  const hubs = await db.hub.findMany({ where: { id: { in: [...roles.keys()] } }, orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, region: true } })
  return Promise.all(
    hubs.map(async (hub) => {
      const [queues, openConversations, open] = await Promise.all([
        loadHubQueues(hub, 1),
        db.conversation.count({ where: { hubId: hub.id, status: 'OPEN' } }),
        db.conversation.findMany({
          where: { hubId: hub.id, status: 'OPEN' },
          orderBy: [{ lastMessageAt: 'asc' }, { id: 'asc' }],
          take: UNANSWERED_SCAN,
          select: {
            id: true,
            subject: true,
            messages: {
              where: { isInternalNote: false, hiddenAt: null },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
              take: 1,
              select: { createdAt: true, author: { select: { hubRoles: { where: { hubId: hub.id }, select: { id: true } } } } },
            },
          },
        }),
      ])
      // Unanswered: the last visible message is not from the hub's team (or its author is gone).
      const unanswered = open
        .flatMap((conversation) => {
          const last = conversation.messages[0]
          if (!last || (last.author?.hubRoles.length ?? 0) > 0) return []
          return [{ id: conversation.id, subject: conversation.subject, since: last.createdAt }]
        })
        .sort((a, b) => a.since.getTime() - b.since.getTime())
      const waiting = (queue: { count: number; items: { waitingSince: Date }[] }): Waiting => ({
        count: queue.count,
        oldest: queue.items[0]?.waitingSince ?? null,
      })
      return {
        hub: { id: hub.id, slug: hub.slug, name: hub.name },
        role: roles.get(hub.id)!,
        openConversations,
        unanswered: { count: unanswered.length, oldest: unanswered[0] ?? null },
        caseStudies: waiting(queues.caseStudies),
        joinRequests: waiting(queues.joinRequests),
        verifications: waiting(queues.verifications),
      }
    }),
  )
}
