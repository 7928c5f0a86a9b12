// Join requests to coalitions without a coordinating hub: no hub's managers decide them, the
// network admins do (lib/auth/permissions.ts, joinRequest.decide). They get their own queue on the
// console's front page, oldest first, so that they are never unseen. Admins only (console.view
// with no hub); anyone else gets an empty list.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { JoinRequestItem, Queue } from './list-hub-queues'
import { QUEUE_LIMIT } from './list-hub-queues'
import { requireCurrentActor } from '@/lib/service/kernel'

export async function listNetworkJoinRequests(heldActor: Actor | null): Promise<Queue<JoinRequestItem>> {
  const actor = await requireCurrentActor(heldActor)
  if (!can(actor, 'console.view', { hubId: null })) return { count: 0, items: [] }
  const where = { status: 'PENDING', target: 'COALITION', coalition: { coordinatingHubId: null } } as const
  const [rows, count] = await Promise.all([
    db.joinRequest.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        target: true,
        motivation: true,
        createdAt: true,
        city: { select: { name: true, slug: true } },
        coalition: { select: { name: true } },
        requestedBy: { select: { name: true } },
      },
    }),
    db.joinRequest.count({ where }),
  ])
  return {
    count,
    items: rows.map((row) => ({
      id: row.id,
      cityName: row.city.name,
      citySlug: row.city.slug,
      target: row.target,
      targetName: row.coalition?.name ?? '',
      requesterName: row.requestedBy?.name ?? null,
      motivation: row.motivation,
      waitingSince: row.createdAt,
    })),
  }
}
