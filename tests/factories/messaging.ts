// Conversations between a hub and a city, the people around them, and a snapshot of everything
// the messaging services may write (for "refused, and nothing changed").
import { expect } from 'vitest'
import { db } from '@/lib/db'
import { startConversation } from '@/lib/messaging'
import { createHubManager, createHubOfficer, createNetwork, createOfficial } from './actors'

let counter = 0
export const uniqueKey = () => `key-${Date.now().toString(36)}-${(++counter).toString(36)}`

/** City A in hub X with two officials, an officer and a manager of X; a conversation A → X. */
export async function createMessagingWorld() {
  const network = await createNetwork()
  const official = await createOfficial(network.cityA.id)
  const colleague = await createOfficial(network.cityA.id)
  const officer = await createHubOfficer(network.hubX.id)
  const manager = await createHubManager(network.hubX.id)
  const { id: conversationId } = await startConversation(official.actor, {
    hubSlug: network.hubX.slug,
    subject: 'Compost pilots',
    body: 'How did other cities **start**?',
  })
  return { network, official, colleague, officer, manager, conversationId }
}
export type MessagingWorld = Awaited<ReturnType<typeof createMessagingWorld>>

export async function messagingSnapshot() {
  const [conversations, messages, reads, reports, notifications, outbox, audit, users] = await Promise.all([
    db.conversation.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, assignedToId: true, lastMessageAt: true } }),
    db.message.findMany({ orderBy: { id: 'asc' }, select: { id: true, body: true, editedAt: true, hiddenAt: true } }),
    db.conversationRead.findMany({ orderBy: [{ conversationId: 'asc' }, { userId: 'asc' }] }),
    db.messageReport.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true } }),
    db.notification.findMany({ orderBy: { id: 'asc' }, select: { id: true, readAt: true } }),
    db.outboxEmail.count(),
    db.auditLog.count(),
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, emailPreference: true } }),
  ])
  return { conversations, messages, reads, reports, notifications, outbox, audit, users }
}

export async function expectRefusedUnchanged(run: () => Promise<unknown>, code: string) {
  const before = await messagingSnapshot()
  await expect(run()).rejects.toMatchObject({ code })
  expect(await messagingSnapshot()).toEqual(before)
}
