// The pending introduction requests in the shared inbox of the hubs where the actor is an
// officer or manager (anyone else: an empty list), oldest first: who asks, for which city, about
// which case study, and their message (plain text; React escapes it).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireCurrentActor } from '@/lib/service/kernel'

const introductionRow = {
  id: true,
  message: true,
  createdAt: true,
  hub: { select: { name: true } },
  requestingCity: { select: { name: true, slug: true } },
  requestedBy: { select: { name: true } },
  caseStudy: { select: { title: true, slug: true, language: true, city: { select: { name: true } } } },
} satisfies Prisma.IntroductionRequestSelect

export type IntroductionRequestRow = Prisma.IntroductionRequestGetPayload<{ select: typeof introductionRow }>

export async function listIntroductionRequests(heldActor: Actor | null, take = 50): Promise<IntroductionRequestRow[]> {
  const actor = await requireCurrentActor(heldActor)
  const hubIds = actor.hubRoles.map((role) => role.hubId)
  if (!hubIds.length) return []
  return db.introductionRequest.findMany({
    where: { hubId: { in: hubIds }, status: 'PENDING' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take,
    select: introductionRow,
  })
}
