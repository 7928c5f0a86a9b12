// One conversation as its viewer may see it: internal notes only for the hub's side, hidden
// messages as a placeholder (their body never leaves the server), bodies as their stored
// sanitised HTML (lib/markdown/stored.ts), files listed under their message (none under a hidden one). Also the
// polling read (`listMessagesAfter`), authorised the same way.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { htmlOfStored } from '@/lib/markdown/stored'
import { ConversationRefSchema, AfterSchema } from '@/lib/validation/messaging'
import { conversationContext, EDIT_WINDOW_MS, getConversationFor, isStaffOf } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { z } from 'zod'
import { messageAttachmentLink, type MessageAttachmentLink } from './attachments'

const messageRow = {
  id: true,
  authorId: true,
  body: true,
  bodyHtml: true,
  bodyHtmlKey: true,
  isInternalNote: true,
  createdAt: true,
  editedAt: true,
  hiddenAt: true,
  author: { select: { name: true } },
  attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: messageAttachmentLink },
} satisfies Prisma.MessageSelect

export type ThreadMessage = {
  id: string
  authorName: string | null
  isOwn: boolean
  /** Sanitised HTML; null when hidden. */
  html: string | null
  /** The Markdown source, for the author's edit form only. */
  source: string | null
  isInternalNote: boolean
  createdAt: string
  editedAt: string | null
  hidden: boolean
  canEdit: boolean
  /** Files under the message (none when hidden), downloaded from /api/message-files/:id. */
  attachments: MessageAttachmentLink[]
}

function toThreadMessage(actor: Actor, message: Prisma.MessageGetPayload<{ select: typeof messageRow }>, now: Date): ThreadMessage {
  const isOwn = message.authorId === actor.id
  const hidden = message.hiddenAt !== null
  return {
    id: message.id,
    authorName: message.author?.name ?? null,
    isOwn,
    html: hidden ? null : htmlOfStored('message', message),
    source: isOwn && !hidden ? message.body : null,
    isInternalNote: message.isInternalNote,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    hidden,
    canEdit: isOwn && !hidden && now.getTime() - message.createdAt.getTime() < EDIT_WINDOW_MS,
    attachments: hidden ? [] : message.attachments,
  }
}

const visibleMessages = (actor: Actor, hubId: string): Prisma.MessageWhereInput =>
  isStaffOf(actor, hubId) ? {} : { isInternalNote: false }

export async function getConversation(heldActor: Actor | null, rawInput: unknown, now = new Date()) {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(ConversationRefSchema, rawInput)
  const access = await getConversationFor(actor, input.conversationId)
  const context = conversationContext(access)
  const canManage = can(actor, 'conversation.manage', context)
  const [conversation, messages, staff] = await Promise.all([
    db.conversation.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        id: true,
        subject: true,
        status: true,
        kind: true,
        createdAt: true,
        lastMessageAt: true,
        resolvedAt: true,
        hub: { select: { slug: true, name: true } },
        assignedTo: { select: { id: true, name: true } },
        cities: { select: { city: { select: { name: true, slug: true } } } },
        relatedCaseStudy: { select: { slug: true, title: true, status: true, language: true } },
      },
    }),
    db.message.findMany({
      where: { conversationId: access.id, ...visibleMessages(actor, access.hubId) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: messageRow,
    }),
    canManage
      ? db.hubRole.findMany({
          where: { hubId: access.hubId, user: { status: 'ACTIVE' } },
          orderBy: { user: { name: 'asc' } },
          select: { userId: true, role: true, user: { select: { name: true } } },
        })
      : Promise.resolve([]),
  ])
  return {
    conversation,
    messages: messages.map((message) => toThreadMessage(actor, message, now)),
    staff: staff.map((row) => ({ id: row.userId, name: row.user.name, role: row.role })),
    viewer: {
      id: actor.id,
      isStaff: isStaffOf(actor, access.hubId),
      canReply: can(actor, 'conversation.reply', context),
      canManage,
      canReport: can(actor, 'message.report', context),
      canHide: can(actor, 'message.hide', context),
    },
  }
}

const PollSchema = z.object({ conversationId: ConversationRefSchema.shape.conversationId, after: AfterSchema })

/** Messages newer than `after` (all when absent), for the live thread. */
export async function listMessagesAfter(heldActor: Actor | null, rawInput: unknown, now = new Date()) {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(PollSchema, rawInput)
  const access = await getConversationFor(actor, input.conversationId)
  const messages = await db.message.findMany({
    where: {
      conversationId: access.id,
      ...visibleMessages(actor, access.hubId),
      ...(input.after ? { createdAt: { gt: input.after } } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: messageRow,
  })
  return messages.map((message) => toThreadMessage(actor, message, now))
}
