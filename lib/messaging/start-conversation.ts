// An ACTIVE official asks the officer team of a hub their city currently belongs to: a new
// conversation with its first message, in one transaction with its audit row and the
// notification of the hub's officers and managers (their shared inbox). A double-submitted form
// (same clientKey) returns the conversation the first submit created. Files on the first
// message follow lib/messaging/attachments.ts: judged before anything is written.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { StartConversationSchema } from '@/lib/validation/messaging'
import { MESSAGE_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import { attachStoredFiles, storeMessageFiles } from './attachments'
import { hubStaffIds, requireMayWrite } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export type StartConversationResult = { id: string }

export async function startConversation(heldActor: Actor | null, rawInput: unknown): Promise<StartConversationResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(StartConversationSchema, rawInput)
  const hub = await db.hub.findUnique({ where: { slug: input.hubSlug }, select: { id: true, name: true } })
  if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
  const city = actor.city
  requirePermission(actor, 'conversation.start', { cityId: city?.id, hubId: hub.id, cityHubIds: city?.hubIds })
  await requireMayWrite(actor)

  const existing = input.clientKey ? await findByClientKey(actor.id, input.clientKey) : null
  if (existing) return existing

  const files = await storeMessageFiles(input.files, actor.id)
  try {
    let mailed = false
    const result = await db.$transaction(async (tx) => {
      const conversation = await tx.conversation.create({
        data: {
          hubId: hub.id,
          kind: 'QUESTION',
          subject: input.subject,
          createdById: actor.id,
          cities: { create: { cityId: city!.id } },
          messages: { create: { authorId: actor.id, body: input.body, ...renderForStorage(input.body, MESSAGE_HEADING_BASE), clientKey: input.clientKey ?? null } },
        },
        select: { id: true, messages: { select: { id: true } } },
      })
      await attachStoredFiles(tx, conversation.messages[0]!.id, actor, files.stored)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'conversation.start',
        targetType: 'Conversation',
        targetId: conversation.id,
        hubId: hub.id,
        metadata: { cityId: city!.id, attachments: files.stored.length },
      })
      mailed = await notifyWithMail(tx, recipients(await hubStaffIds(tx, hub.id), actor.id), 'conversation.started', {
        conversationId: conversation.id,
        subject: input.subject,
        cityName: city!.name,
        hubName: hub.name,
        authorName: actor.name,
      })
      return { id: conversation.id }
    })
    if (mailed) kickOutbox()
    return result
  } catch (error) {
    await files.discard()
    // The same form submitted twice at once: the loser returns what the winner created.
    if (input.clientKey && isUniqueViolation(error)) {
      const winner = await findByClientKey(actor.id, input.clientKey)
      if (winner) return winner
    }
    throw error
  }
}

async function findByClientKey(authorId: string, clientKey: string) {
  const message = await db.message.findUnique({
    where: { authorId_clientKey: { authorId, clientKey } },
    select: { conversationId: true },
  })
  return message ? { id: message.conversationId } : null
}
