// An officer or manager of a hub writes first to the officials of one of the hub's current
// member cities (kind OUTREACH). Same shape as startConversation (files on the first message
// included); the city's officials are told.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { StartOutreachSchema } from '@/lib/validation/messaging'
import { MESSAGE_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import { attachStoredFiles, storeMessageFiles } from './attachments'
import { cityOfficialIds, requireMayWrite } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export async function startOutreach(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(StartOutreachSchema, rawInput)
  const [hub, city] = await Promise.all([
    db.hub.findUnique({ where: { slug: input.hubSlug }, select: { id: true, name: true } }),
    db.city.findUnique({
      where: { slug: input.citySlug },
      select: { id: true, name: true, hubMemberships: { where: { leftAt: null }, select: { hubId: true } } },
    }),
  ])
  if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
  if (!city) throw new AppError('NOT_FOUND', 'City not found.')
  requirePermission(actor, 'conversation.outreach', {
    hubId: hub.id,
    cityId: city.id,
    cityHubIds: city.hubMemberships.map((membership) => membership.hubId),
  })
  await requireMayWrite(actor)

  const findExisting = async () => {
    if (!input.clientKey) return null
    const message = await db.message.findUnique({
      where: { authorId_clientKey: { authorId: actor.id, clientKey: input.clientKey } },
      select: { conversationId: true },
    })
    return message ? { id: message.conversationId } : null
  }
  const existing = await findExisting()
  if (existing) return existing

  const files = await storeMessageFiles(input.files, actor.id)
  try {
    let mailed = false
    const result = await db.$transaction(async (tx) => {
      const conversation = await tx.conversation.create({
        data: {
          hubId: hub.id,
          kind: 'OUTREACH',
          subject: input.subject,
          createdById: actor.id,
          assignedToId: actor.id,
          cities: { create: { cityId: city.id } },
          messages: { create: { authorId: actor.id, body: input.body, ...renderForStorage(input.body, MESSAGE_HEADING_BASE), clientKey: input.clientKey ?? null } },
        },
        select: { id: true, messages: { select: { id: true } } },
      })
      await attachStoredFiles(tx, conversation.messages[0]!.id, actor, files.stored)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'conversation.outreach',
        targetType: 'Conversation',
        targetId: conversation.id,
        hubId: hub.id,
        metadata: { cityId: city.id, attachments: files.stored.length },
      })
      mailed = await notifyWithMail(tx, recipients(await cityOfficialIds(tx, [city.id]), actor.id), 'conversation.started', {
        conversationId: conversation.id,
        subject: input.subject,
        cityName: city.name,
        hubName: hub.name,
        authorName: actor.name,
      })
      return { id: conversation.id }
    })
    if (mailed) kickOutbox()
    return result
  } catch (error) {
    await files.discard()
    if (input.clientKey && isUniqueViolation(error)) {
      const winner = await findExisting()
      if (winner) return winner
    }
    throw error
  }
}
