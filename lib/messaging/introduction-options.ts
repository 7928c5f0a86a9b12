// What a signed-in viewer of a published case study may do about an introduction to its city:
// nothing (not an active official, or the city is their own), ask, or wait for the pending
// request their city already made. Also the latest conversation that connected them, if any.
// Called only for signed-in viewers (components/messaging/introduction-panel.tsx), never for
// anonymous ones, so the public page does no extra work for them.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'

export type IntroductionOptions =
  | { state: 'none' }
  | { state: 'available' | 'pending'; conversationId: string | null }

export async function getIntroductionOptions(actor: Actor | null, caseStudyId: string): Promise<IntroductionOptions> {
  if (!actor || actor.city?.status !== 'ACTIVE') return { state: 'none' }
  const caseStudy = await db.caseStudy.findFirst({ where: { id: caseStudyId, status: 'PUBLISHED' }, select: { id: true, cityId: true } })
  if (!caseStudy || !can(actor, 'introduction.request', { cityId: caseStudy.cityId })) return { state: 'none' }
  const requests = await db.introductionRequest.findMany({
    where: { requestingCityId: actor.city!.id, caseStudyId: caseStudy.id },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { status: true, conversationId: true },
  })
  const conversationId = requests.find((request) => request.conversationId)?.conversationId ?? null
  return { state: requests.some((request) => request.status === 'PENDING') ? 'pending' : 'available', conversationId }
}
