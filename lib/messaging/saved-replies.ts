// Saved replies: texts a hub's officers and managers keep for questions that come back, shared
// by the hub's whole team and put into a reply with one choice (they are never sent as they
// are: the officer reads and adapts them first). The same rule as managing a conversation
// (`conversation.manage` for the hub) decides who lists, saves and removes them; a title is
// unique per hub (unique index).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { ConversationRefSchema, SavedReplyInputSchema, SavedReplyRefSchema } from '@/lib/validation/messaging'
import { getConversationFor } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type SavedReply = { id: string; title: string; body: string }

/** The saved replies of a conversation's hub, by title; only for the hub's officers and managers. */
export async function listSavedReplies(heldActor: Actor | null, rawInput: unknown): Promise<SavedReply[]> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConversationRefSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId, 'conversation.manage')
  return db.savedReply.findMany({
    where: { hubId: conversation.hubId },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, body: true },
  })
}

/** Saves a reply for the hub of the conversation it was written in. */
export async function createSavedReply(heldActor: Actor | null, rawInput: unknown): Promise<SavedReply> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SavedReplyInputSchema, rawInput)
  const conversation = await getConversationFor(actor, input.conversationId, 'conversation.manage')
  try {
    return await db.$transaction(async (tx) => {
      const reply = await tx.savedReply.create({
        data: { hubId: conversation.hubId, title: input.title, body: input.body, createdById: actor.id },
        select: { id: true, title: true, body: true },
      })
      await writeAudit(tx, { actorId: actor.id, action: 'savedReply.create', targetType: 'SavedReply', targetId: reply.id, hubId: conversation.hubId })
      return reply
    })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'A saved reply of this hub already has this title.', { key: 'savedReplyTitleTaken', fields: { title: ['savedReplyTitleTaken'] } })
    }
    throw error
  }
}

/** Removes a saved reply of one of the actor's hubs (NOT_FOUND for anyone else). */
export async function deleteSavedReply(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SavedReplyRefSchema, rawInput)
  const reply = await db.savedReply.findUnique({ where: { id: input.savedReplyId }, select: { id: true, hubId: true } })
  if (!reply || !actor.hubRoles.some((role) => role.hubId === reply.hubId)) throw new AppError('NOT_FOUND', 'Saved reply not found.')
  requirePermission(actor, 'conversation.manage', { hubId: reply.hubId })
  await db.$transaction(async (tx) => {
    await tx.savedReply.delete({ where: { id: reply.id } })
    await writeAudit(tx, { actorId: actor.id, action: 'savedReply.delete', targetType: 'SavedReply', targetId: reply.id, hubId: reply.hubId })
  })
  return { id: reply.id }
}
