// A reply (or, for the hub's officers and managers, an internal note the officials never see).
//
// Decisions:
// - Idempotent: the client sends a key per composed message; the unique index
//   (authorId, clientKey) makes a double submit create one row, and the loser of the race (or a
//   retry) gets the existing message back instead of an error.
// - A new public message reopens a resolved conversation; an internal note does not (the
//   officials have nothing new to read).
// - Audit rows record that a message was sent, never its body.
// - Files (lib/messaging/attachments.ts) are judged before anything is written; a refused file
//   refuses the message. A retry with a known clientKey stores nothing.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { MESSAGE_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { SendMessageSchema } from '@/lib/validation/messaging'
import { attachStoredFiles, storeMessageFiles } from './attachments'
import { getConversationFor, isStaffOf, messageRecipients, requireMayWrite } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export type SendMessageResult = { id: string; conversationId: string; created: boolean }

export async function sendMessage(heldActor: Actor | null, rawInput: unknown): Promise<SendMessageResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SendMessageSchema, rawInput)
  const conversation = await getConversationFor(
    actor,
    input.conversationId,
    input.internal ? 'conversation.manage' : 'conversation.reply',
  )
  await requireMayWrite(actor)

  const findExisting = async (): Promise<SendMessageResult | null> => {
    if (!input.clientKey) return null
    const message = await db.message.findUnique({
      where: { authorId_clientKey: { authorId: actor.id, clientKey: input.clientKey } },
      select: { id: true, conversationId: true },
    })
    return message ? { ...message, created: false } : null
  }
  const existing = await findExisting()
  if (existing) return existing

  const fromStaff = isStaffOf(actor, conversation.hubId)
  const files = await storeMessageFiles(input.files, actor.id)
  try {
    let mailed = false
    const result = await db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: {
          conversationId: conversation.id,
          authorId: actor.id,
          body: input.body,
          ...renderForStorage(input.body, MESSAGE_HEADING_BASE),
          isInternalNote: input.internal,
          clientKey: input.clientKey ?? null,
        },
        select: { id: true, createdAt: true },
      })
      await attachStoredFiles(tx, message.id, actor, files.stored)
      await tx.conversation.update({
        where: { id: conversation.id },
        data: input.internal
          ? { lastMessageAt: message.createdAt }
          : { lastMessageAt: message.createdAt, status: 'OPEN', resolvedAt: null },
      })
      // The author has read their own message.
      await tx.conversationRead.upsert({
        where: { conversationId_userId: { conversationId: conversation.id, userId: actor.id } },
        create: { conversationId: conversation.id, userId: actor.id, lastReadAt: message.createdAt },
        update: { lastReadAt: message.createdAt },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: input.internal ? 'conversation.note' : 'conversation.reply',
        targetType: 'Message',
        targetId: message.id,
        hubId: conversation.hubId,
        metadata: {
          conversationId: conversation.id,
          reopened: !input.internal && conversation.status === 'RESOLVED',
          attachments: files.stored.length,
        },
      })
      mailed = await notifyWithMail(
        tx,
        recipients(await messageRecipients(tx, conversation, { fromStaff, internal: input.internal }), actor.id),
        'conversation.message',
        { conversationId: conversation.id, subject: conversation.subject, authorName: actor.name, hubName: conversation.hub.name },
      )
      return { id: message.id, conversationId: conversation.id, created: true }
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
