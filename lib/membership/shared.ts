// Building blocks of the membership services; not a service itself and not re-exported. The
// kernel every service starts with (parseInput, requireCurrentActor, recipients) is
// lib/service/kernel.ts; who is told (admins, deciding managers, focal points) lib/service/people.ts.
import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'

export type JoinTargetRef = {
  target: 'HUB' | 'COALITION'
  hubId: string | null
  coalitionId: string | null
  name: string
  slug: string
  /** Whose managers decide: the hub itself, or the coalition's coordinating hub (null: admins). */
  decidingHubId: string | null
}

/** Resolves a hub or coalition by slug; unknown → NOT_FOUND. */
export async function findJoinTarget(input: {
  target: 'HUB' | 'COALITION'
  hubSlug?: string
  coalitionSlug?: string
}): Promise<JoinTargetRef> {
  if (input.target === 'HUB') {
    const hub = await db.hub.findUnique({ where: { slug: input.hubSlug ?? '' }, select: { id: true, name: true, slug: true } })
    if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
    return { target: 'HUB', hubId: hub.id, coalitionId: null, name: hub.name, slug: hub.slug, decidingHubId: hub.id }
  }
  const coalition = await db.coalition.findUnique({
    where: { slug: input.coalitionSlug ?? '' },
    select: { id: true, name: true, slug: true, coordinatingHubId: true },
  })
  if (!coalition) throw new AppError('NOT_FOUND', 'Coalition not found.')
  return {
    target: 'COALITION',
    hubId: null,
    coalitionId: coalition.id,
    name: coalition.name,
    slug: coalition.slug,
    decidingHubId: coalition.coordinatingHubId,
  }
}

export const joinRequestVerb: Record<'PENDING' | 'APPROVED' | 'DECLINED' | 'WITHDRAWN', string> = {
  PENDING: 'pending',
  APPROVED: 'approved',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
}
