// What waits for a reviewer: case studies of the cities currently in the hubs where the actor is
// an officer or manager, that are SUBMITTED or published with a submitted revision. Oldest
// submission first. Someone without a hub role has an empty queue.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { requireCurrentActor } from '@/lib/service/kernel'

export type ReviewQueueItem = {
  id: string
  slug: string
  title: string
  city: { name: string; slug: string }
  kind: 'caseStudy' | 'revision'
  revisionNumber: number | null
  submittedAt: Date | null
  /** The actor wrote or co-wrote it, so may comment and request changes but not approve it. */
  ownCaseStudy: boolean
}

export async function listReviewQueue(heldActor: Actor | null): Promise<ReviewQueueItem[]> {
  const actor = await requireCurrentActor(heldActor)
  const hubIds = actor.hubRoles.map((role) => role.hubId)
  if (!hubIds.length) return []
  const rows = await db.caseStudy.findMany({
    where: {
      city: { hubMemberships: { some: { hubId: { in: hubIds }, leftAt: null } } },
      OR: [{ status: 'SUBMITTED' }, { status: 'PUBLISHED', revisions: { some: { status: 'SUBMITTED' } } }],
    },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      createdById: true,
      city: { select: { name: true, slug: true } },
      authors: { where: { userId: actor.id }, select: { userId: true } },
      revisions: { where: { status: 'SUBMITTED' }, select: { number: true, submittedAt: true, authorId: true }, take: 1 },
    },
    take: 500,
  })
  return rows
    .map((row) => {
      const revision = row.revisions[0]
      return {
        id: row.id,
        slug: row.slug,
        title: row.title,
        city: row.city,
        kind: row.status === 'PUBLISHED' ? ('revision' as const) : ('caseStudy' as const),
        revisionNumber: revision?.number ?? null,
        submittedAt: revision?.submittedAt ?? null,
        ownCaseStudy: row.createdById === actor.id || row.authors.length > 0 || revision?.authorId === actor.id,
      }
    })
    .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0))
}
