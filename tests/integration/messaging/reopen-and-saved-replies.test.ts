// Issue 15, defect 6: hub staff reopen a resolved conversation; saved replies belong to a hub's
// team. Everyone else is refused and nothing changes.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { createSavedReply, deleteSavedReply, listSavedReplies, reopenConversation, resolveConversation } from '@/lib/messaging'
import { actorOfKind } from '../../factories/actors'
import { createMessagingWorld, expectRefusedUnchanged, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let world: MessagingWorld
beforeEach(async () => {
  world = await createMessagingWorld()
})

describe('reopenConversation', () => {
  it('reopens a resolved conversation once, with an audit row; an open one conflicts', async () => {
    await resolveConversation(world.officer.actor, { conversationId: world.conversationId })
    await expectRefusedUnchanged(() => reopenConversation(world.official.actor, { conversationId: world.conversationId }), 'FORBIDDEN')
    await reopenConversation(world.manager.actor, { conversationId: world.conversationId })
    expect(await db.conversation.findUniqueOrThrow({ where: { id: world.conversationId } })).toMatchObject({ status: 'OPEN', resolvedAt: null })
    expect(await db.auditLog.findMany({ where: { action: 'conversation.reopen' } })).toMatchObject([{ actorId: world.manager.user.id, targetId: world.conversationId }])
    await expectRefusedUnchanged(() => reopenConversation(world.officer.actor, { conversationId: world.conversationId }), 'CONFLICT')
  })
})

describe('saved replies', () => {
  it('are kept per hub by its staff, unique by title, and refused to everyone else', async () => {
    const reply = await createSavedReply(world.officer.actor, { conversationId: world.conversationId, title: 'Opening hours', body: 'Saturdays 9 to 13.' })
    expect(await listSavedReplies(world.manager.actor, { conversationId: world.conversationId })).toEqual([reply])
    await expectRefusedUnchanged(
      () => createSavedReply(world.manager.actor, { conversationId: world.conversationId, title: 'Opening hours', body: 'Other text.' }),
      'CONFLICT',
    )
    await expectRefusedUnchanged(() => createSavedReply(world.officer.actor, { conversationId: world.conversationId, title: '', body: 'x' }), 'INVALID')
    await expectRefusedUnchanged(
      () => createSavedReply(world.official.actor, { conversationId: world.conversationId, title: 'Mine', body: 'x' }),
      'FORBIDDEN',
    )
    await expect(listSavedReplies(world.official.actor, { conversationId: world.conversationId })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await db.savedReply.findMany({ select: { title: true, body: true } })).toEqual([{ title: 'Opening hours', body: 'Saturdays 9 to 13.' }])
    const admin = await actorOfKind('admin', world.network)
    await expectRefusedUnchanged(() => deleteSavedReply(admin, { savedReplyId: reply.id }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => deleteSavedReply(world.official.actor, { savedReplyId: reply.id }), 'NOT_FOUND')
    expect(await db.savedReply.count()).toBe(1)
    await deleteSavedReply(world.officer.actor, { savedReplyId: reply.id })
    expect(await db.savedReply.count()).toBe(0)
  })
})
