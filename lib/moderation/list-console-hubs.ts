// The console's front page: every hub the actor manages (every hub for a network admin) with the
// size of each queue and how long its oldest item has waited. Someone without a console gets
// FORBIDDEN; the page turns that into a 404.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { loadHubQueues } from './list-hub-queues'
import { type ConsoleHub, listVisibleHubs } from './shared'
import { requireCurrentActor } from '@/lib/service/kernel'

export type QueueSummary = { count: number; oldest: Date | null }

export type ConsoleHubSummary = {
  hub: ConsoleHub
  verifications: QueueSummary
  joinRequests: QueueSummary
  caseStudies: QueueSummary
  reports: QueueSummary
  suspensions: number
}

export async function listConsoleHubs(heldActor: Actor | null): Promise<ConsoleHubSummary[]> {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'console.view')
  const hubs = await listVisibleHubs(actor)
  return Promise.all(
    hubs.map(async (hub) => {
      const queues = await loadHubQueues(hub, 1)
      const summary = (queue: { count: number; items: { waitingSince: Date }[] }) => ({
        count: queue.count,
        oldest: queue.items[0]?.waitingSince ?? null,
      })
      return {
        hub,
        verifications: summary(queues.verifications),
        joinRequests: summary(queues.joinRequests),
        caseStudies: summary(queues.caseStudies),
        reports: summary(queues.reports),
        suspensions: queues.suspensions.count,
      }
    }),
  )
}
