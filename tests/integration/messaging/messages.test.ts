import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import {
  countUnreadConversations,
  editMessage,
  getConversation,
  hideMessage,
  listCityConversations,
  listHubConversations,
  markConversationRead,
  reportMessage,
  sendMessage,
} from '@/lib/messaging'
import { actorOfKind, createHubManager, createHubOfficer } from '../../factories/actors'
import { createMessagingWorld, expectRefusedUnchanged, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let world: MessagingWorld
let firstMessageId: string
beforeEach(async () => {
  world = await createMessagingWorld()
  firstMessageId = (await db.message.findFirstOrThrow({ where: { conversationId: world.conversationId } })).id
})

describe('editMessage', () => {
  it('lets the author correct a message within 15 minutes; it shows as edited', async () => {
    const soon = new Date(Date.now() + 14 * 60 * 1000)
    await editMessage(world.official.actor, { messageId: firstMessageId, body: 'How did other cities begin?' }, soon)
    const { messages } = await getConversation(world.officer.actor, { conversationId: world.conversationId })
    expect(messages[0]).toMatchObject({ html: '<p>How did other cities begin?</p>', editedAt: soon.toISOString() })
  })

  it('refuses after 15 minutes, with nothing changed', async () => {
    const late = new Date(Date.now() + 16 * 60 * 1000)
    await expectRefusedUnchanged(() => editMessage(world.official.actor, { messageId: firstMessageId, body: 'Too late' }, late), 'CONFLICT')
  })

  it('refuses anyone but the author, and outsiders get NOT_FOUND', async () => {
    await expectRefusedUnchanged(() => editMessage(world.colleague.actor, { messageId: firstMessageId, body: 'Mine now' }), 'FORBIDDEN')
    await expectRefusedUnchanged(() => editMessage(world.manager.actor, { messageId: firstMessageId, body: 'Mine now' }), 'FORBIDDEN')
    const outsider = await actorOfKind('focalPointB', world.network)
    await expectRefusedUnchanged(() => editMessage(outsider, { messageId: firstMessageId, body: 'x' }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => editMessage(world.official.actor, { messageId: firstMessageId, body: '' }), 'INVALID')
  })

  it('offers the edit form only to the author within the window', async () => {
    const now = await getConversation(world.official.actor, { conversationId: world.conversationId })
    expect(now.messages[0]).toMatchObject({ canEdit: true, source: 'How did other cities **start**?' })
    const colleague = await getConversation(world.colleague.actor, { conversationId: world.conversationId })
    expect(colleague.messages[0]).toMatchObject({ canEdit: false, source: null })
    const later = await getConversation(world.official.actor, { conversationId: world.conversationId }, new Date(Date.now() + 20 * 60 * 1000))
    expect(later.messages[0]!.canEdit).toBe(false)
  })
})

describe('reportMessage and hideMessage', () => {
  it('refuses to report one’s own message', async () => {
    await expectRefusedUnchanged(() => reportMessage(world.official.actor, { messageId: firstMessageId, reason: 'Oops, mine' }), 'FORBIDDEN')
  })

  it('sends a report to the hub’s managers only; a second report by the same person conflicts', async () => {
    const reply = await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Rude answer' })
    await reportMessage(world.official.actor, { messageId: reply.id, reason: 'This is rude' })
    const notified = await db.notification.findMany({ where: { type: 'message.reported' }, select: { userId: true } })
    expect(notified.map((n) => n.userId)).toEqual([world.manager.user.id])
    await expectRefusedUnchanged(() => reportMessage(world.official.actor, { messageId: reply.id, reason: 'Again' }), 'CONFLICT')
    const outsider = await actorOfKind('managerY', world.network)
    await expectRefusedUnchanged(() => reportMessage(outsider, { messageId: reply.id, reason: 'Not mine to say' }), 'NOT_FOUND')
  })

  it('lets a manager hide a message: reports close, the author is told, everyone sees a placeholder', async () => {
    const reply = await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Rude answer' })
    await reportMessage(world.official.actor, { messageId: reply.id, reason: 'This is rude' })
    await hideMessage(world.manager.actor, { messageId: reply.id, reason: 'Not respectful' })
    expect(await db.messageReport.findFirstOrThrow()).toMatchObject({ status: 'HIDDEN', handledById: world.manager.user.id })
    expect(await db.notification.count({ where: { userId: world.officer.user.id, type: 'message.hidden' } })).toBe(1)
    for (const actor of [world.official.actor, world.officer.actor]) {
      const { messages } = await getConversation(actor, { conversationId: world.conversationId })
      expect(messages.at(-1)).toMatchObject({ hidden: true, html: null, source: null })
      expect(JSON.stringify(messages)).not.toContain('Rude answer')
    }
    await expectRefusedUnchanged(() => hideMessage(world.manager.actor, { messageId: reply.id, reason: 'Again' }), 'CONFLICT')
  })

  it('refuses hiding to officers and officials', async () => {
    await expectRefusedUnchanged(() => hideMessage(world.officer.actor, { messageId: firstMessageId, reason: 'Nope' }), 'FORBIDDEN')
    await expectRefusedUnchanged(() => hideMessage(world.colleague.actor, { messageId: firstMessageId, reason: 'Nope' }), 'FORBIDDEN')
    const otherManager = await createHubManager(world.network.hubY.id)
    await expectRefusedUnchanged(() => hideMessage(otherManager.actor, { messageId: firstMessageId, reason: 'Nope' }), 'NOT_FOUND')
  })
})

describe('read state and unread counts', () => {
  it('counts unread messages per user and clears them when read', async () => {
    // The official wrote the first message: nothing unread for them; the officer has one.
    expect(await countUnreadConversations(world.official.actor)).toBe(0)
    expect(await countUnreadConversations(world.officer.actor)).toBe(1)
    expect((await listHubConversations(world.officer.actor, 'open'))[0]!.unread).toBe(1)

    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Answer one' })
    await sendMessage(world.manager.actor, { conversationId: world.conversationId, body: 'Answer two' })
    expect((await listCityConversations(world.official.actor))[0]!.unread).toBe(2)
    expect(await countUnreadConversations(world.colleague.actor)).toBe(1)

    await markConversationRead(world.official.actor, { conversationId: world.conversationId })
    expect((await listCityConversations(world.official.actor))[0]!.unread).toBe(0)
    expect(await countUnreadConversations(world.official.actor)).toBe(0)
    // Read state is per user: the colleague still has all three unread (the official's too).
    expect((await listCityConversations(world.colleague.actor))[0]!.unread).toBe(3)
  })

  it('never counts internal notes for officials', async () => {
    await markConversationRead(world.official.actor, { conversationId: world.conversationId })
    await sendMessage(world.officer.actor, { conversationId: world.conversationId, body: 'Note', internal: true })
    expect(await countUnreadConversations(world.official.actor)).toBe(0)
    const colleague = await createHubOfficer(world.network.hubX.id)
    expect((await listHubConversations(colleague.actor, 'open'))[0]!.unread).toBe(2)
  })

  it('refuses marking a conversation one cannot see', async () => {
    const outsider = await actorOfKind('focalPointB', world.network)
    await expectRefusedUnchanged(() => markConversationRead(outsider, { conversationId: world.conversationId }), 'NOT_FOUND')
    expect(await countUnreadConversations(outsider)).toBe(0)
    expect(await countUnreadConversations(null)).toBe(0)
  })
})
