// An officer or manager of the hub an introduction request went to connects the two cities: one
// conversation (kind INTRODUCTION, linked to the case study) in which the officials of both
// cities and the hub's officers and managers take part. Its first message is the request's own
// text (by the official who asked); the connector may add a word of introduction. The officials
// of both cities are told; the audit row records who connected whom.
//
// Race-safe: the request is claimed with a conditional update (PENDING → CONNECTED), so two
// officers connecting at once create one conversation; the second gets CONFLICT. A request the
// actor may not act on does not exist for them (NOT_FOUND).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { ConnectIntroductionSchema, SUBJECT_MAX_LENGTH } from '@/lib/validation/messaging'
import { MESSAGE_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import { cityOfficialIds, requireMayWrite } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export async function connectIntroduction(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string; conversationId: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConnectIntroductionSchema, rawInput)
  const request = await db.introductionRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      hubId: true,
      message: true,
      requestedById: true,
      requestingCityId: true,
      requestingCity: { select: { name: true } },
      hub: { select: { name: true } },
      caseStudy: { select: { id: true, title: true, cityId: true, city: { select: { name: true } } } },
    },
  })
  if (!request || !can(actor, 'introduction.connect', { hubId: request.hubId })) {
    throw new AppError('NOT_FOUND', 'Introduction request not found.')
  }
  requirePermission(actor, 'introduction.connect', { hubId: request.hubId })
  await requireMayWrite(actor)

  let mailed = false
  const result = await db.$transaction(async (tx) => {
    const now = new Date()
    const claimed = await tx.introductionRequest.updateMany({
      where: { id: request.id, status: 'PENDING' },
      data: { status: 'CONNECTED', decidedById: actor.id, decidedAt: now },
    })
    if (claimed.count !== 1) throw new AppError('CONFLICT', 'These cities have already been connected.', { key: 'alreadyConnected' })
    const subject = request.caseStudy.title.trim().slice(0, SUBJECT_MAX_LENGTH)
    const cityIds = [request.requestingCityId, request.caseStudy.cityId]
    const connectedAt = new Date(now.getTime() + (input.message ? 1 : 0))
    const conversation = await tx.conversation.create({
      data: {
        hubId: request.hubId,
        kind: 'INTRODUCTION',
        subject,
        createdById: actor.id,
        assignedToId: actor.id,
        relatedCaseStudyId: request.caseStudy.id,
        lastMessageAt: connectedAt,
        cities: { createMany: { data: cityIds.map((cityId) => ({ cityId })) } },
        messages: {
          createMany: {
            data: [
              { authorId: request.requestedById, body: request.message, ...renderForStorage(request.message, MESSAGE_HEADING_BASE), createdAt: now },
              ...(input.message ? [{ authorId: actor.id, body: input.message, ...renderForStorage(input.message, MESSAGE_HEADING_BASE), createdAt: connectedAt }] : []),
            ],
          },
        },
      },
      select: { id: true },
    })
    await tx.introductionRequest.update({ where: { id: request.id }, data: { conversationId: conversation.id } })
    await tx.conversationRead.create({ data: { conversationId: conversation.id, userId: actor.id, lastReadAt: connectedAt } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'introduction.connect',
      targetType: 'IntroductionRequest',
      targetId: request.id,
      hubId: request.hubId,
      metadata: { conversationId: conversation.id, caseStudyId: request.caseStudy.id, cityIds },
    })
    mailed = await notifyWithMail(tx, recipients(await cityOfficialIds(tx, cityIds), actor.id), 'conversation.introduced', {
      conversationId: conversation.id,
      subject,
      cityName: request.requestingCity.name,
      targetCityName: request.caseStudy.city.name,
      hubName: request.hub.name,
      connectorName: actor.name,
    })
    return { id: request.id, conversationId: conversation.id }
  })
  if (mailed) kickOutbox()
  return result
}
