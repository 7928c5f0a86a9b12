// From a published case study, an ACTIVE official of another city asks to be introduced to the
// city behind it. The request goes to the officers and managers of one hub of that city (the
// hub that reviewed the case study if the city still belongs to it, else the hub it joined
// first), shown in their hub inbox; they connect the cities (connect-introduction.ts).
//
// Refused, with nothing changed: anonymous (UNAUTHENTICATED), a case study that is not
// published (NOT_FOUND, like its page), one's own city (FORBIDDEN, ownCity), a city without a
// hub (CONFLICT, noHubToIntroduce), and a second PENDING request from the same city for the same
// case study (CONFLICT, introductionPending; also a partial unique index). A double-submitted
// form (same clientKey) returns the request the first submit created.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { RequestIntroductionSchema } from '@/lib/validation/messaging'
import { hubStaffIds, requireMayWrite } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export type RequestIntroductionResult = { id: string; created: boolean }

const pendingConflict = () =>
  new AppError('CONFLICT', 'Your city has already asked for this introduction.', { key: 'introductionPending' })

export async function requestIntroduction(heldActor: Actor | null, rawInput: unknown): Promise<RequestIntroductionResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RequestIntroductionSchema, rawInput)
  const caseStudy = await db.caseStudy.findFirst({
    where: { slug: input.caseStudySlug, status: 'PUBLISHED' },
    select: {
      id: true,
      title: true,
      cityId: true,
      reviewHubId: true,
      city: {
        select: {
          name: true,
          hubMemberships: { where: { leftAt: null }, orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }], select: { hubId: true, hub: { select: { name: true } } } },
        },
      },
    },
  })
  if (!caseStudy) throw new AppError('NOT_FOUND', 'Case study not found.')
  if (actor.city?.status === 'ACTIVE' && actor.city.id === caseStudy.cityId) {
    throw new AppError('FORBIDDEN', 'This case study is from your own city.', { key: 'ownCity' })
  }
  requirePermission(actor, 'introduction.request', { cityId: caseStudy.cityId })
  await requireMayWrite(actor)
  const requestingCity = actor.city!

  const findByKey = async (): Promise<RequestIntroductionResult | null> => {
    if (!input.clientKey) return null
    const found = await db.introductionRequest.findUnique({
      where: { requestedById_clientKey: { requestedById: actor.id, clientKey: input.clientKey } },
      select: { id: true },
    })
    return found ? { id: found.id, created: false } : null
  }
  const existing = await findByKey()
  if (existing) return existing

  const memberships = caseStudy.city.hubMemberships
  const hub = memberships.find((membership) => membership.hubId === caseStudy.reviewHubId) ?? memberships[0]
  if (!hub) throw new AppError('CONFLICT', 'The city of this case study belongs to no hub that could introduce you.', { key: 'noHubToIntroduce' })
  const pending = await db.introductionRequest.findFirst({
    where: { requestingCityId: requestingCity.id, caseStudyId: caseStudy.id, status: 'PENDING' },
    select: { id: true },
  })
  if (pending) throw pendingConflict()

  try {
    let mailed = false
    const result = await db.$transaction(async (tx) => {
      const request = await tx.introductionRequest.create({
        data: {
          caseStudyId: caseStudy.id,
          hubId: hub.hubId,
          requestingCityId: requestingCity.id,
          requestedById: actor.id,
          message: input.message,
          clientKey: input.clientKey ?? null,
        },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'introduction.request',
        targetType: 'IntroductionRequest',
        targetId: request.id,
        hubId: hub.hubId,
        metadata: { caseStudyId: caseStudy.id, requestingCityId: requestingCity.id, targetCityId: caseStudy.cityId },
      })
      mailed = await notifyWithMail(tx, recipients(await hubStaffIds(tx, hub.hubId), actor.id), 'introduction.requested', {
        requestId: request.id,
        authorName: actor.name,
        cityName: requestingCity.name,
        targetCityName: caseStudy.city.name,
        caseStudyTitle: caseStudy.title,
        hubName: hub.hub.name,
      })
      return { id: request.id, created: true }
    })
    if (mailed) kickOutbox()
    return result
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The same form twice at once returns what the first created; another form is a duplicate.
      const winner = await findByKey()
      if (winner) return winner
      throw pendingConflict()
    }
    throw error
  }
}
