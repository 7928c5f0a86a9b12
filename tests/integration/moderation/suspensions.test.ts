import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { sendMessage, startConversation } from '@/lib/messaging'
import { liftMessagingSuspension, suspendMessaging } from '@/lib/moderation'
import { createConsoleWorld, expectConsoleRefusedUnchanged, type ConsoleWorld } from '../../factories/moderation'

let world: ConsoleWorld

beforeEach(async () => {
  world = await createConsoleWorld()
})

const send = () => sendMessage(world.author.actor, { conversationId: world.conversationId, body: 'Still here.' })

describe('suspendMessaging', () => {
  it('suspends the reported author: they cannot send or start a conversation; audit row; they are told', async () => {
    const result = await suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Repeated insults.' })

    expect(await db.messagingSuspension.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      userId: world.author.user.id,
      hubId: world.network.hubX.id,
      reportId: world.reportId,
      createdById: world.ama.user.id,
      reason: 'Repeated insults.',
      liftedAt: null,
    })
    expect((await db.user.findUniqueOrThrow({ where: { id: world.author.user.id } })).messagingBlockedAt).toEqual(expect.any(Date))
    await expect(send()).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'messagingBlocked' })
    await expect(
      startConversation(world.author.actor, { hubSlug: world.network.hubX.slug, subject: 'Again', body: 'Hello?' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', key: 'messagingBlocked' })
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: 'messaging.suspend', targetId: world.author.user.id } }),
    ).toMatchObject({ actorId: world.ama.user.id, hubId: world.network.hubX.id, reason: 'Repeated insults.' })
    const told = await db.notification.findFirstOrThrow({ where: { userId: world.author.user.id, type: 'messaging.suspended' } })
    expect(told.data).toMatchObject({ hubName: world.network.hubX.name, reason: 'Repeated insults.' })
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: world.author.user.email }, orderBy: { createdAt: 'desc' } })
    expect(mail.textBody).toContain(`a manager of ${world.network.hubX.name} suspended you from messaging. Reason: Repeated insults.`)
  })

  it('two managers suspending at once: one suspension, the other told who and when', async () => {
    const results = await Promise.allSettled([
      suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Suspended by Ama.' }),
      suspendMessaging(world.kofi.actor, { reportId: world.reportId, reason: 'Suspended by Kofi.' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const active = await db.messagingSuspension.findMany({ where: { userId: world.author.user.id, liftedAt: null }, include: { createdBy: true } })
    expect(active).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: 'CONFLICT',
      key: 'alreadyTaken',
      values: { outcome: 'suspended', name: active[0]?.createdBy?.name, at: active[0]?.createdAt.toISOString() },
    })
    expect(await db.auditLog.count({ where: { action: 'messaging.suspend' } })).toBe(1)
  })

  it('refuses the wrong hub’s manager and officers (not found), and bad reasons, changing nothing', async () => {
    for (const actor of [world.managerY.actor, world.officerX.actor, world.reporter.actor]) {
      await expectConsoleRefusedUnchanged(() => suspendMessaging(actor, { reportId: world.reportId, reason: 'Not my hub.' }), 'NOT_FOUND')
    }
    for (const reason of [undefined, '', 'no', 'x'.repeat(1001)]) {
      await expectConsoleRefusedUnchanged(() => suspendMessaging(world.ama.actor, { reportId: world.reportId, reason }), 'INVALID', {
        fields: { reason: expect.any(Array) },
      })
    }
  })

  it('refuses suspending oneself', async () => {
    const own = await sendMessage(world.ama.actor, { conversationId: world.conversationId, body: 'A manager’s reply.' })
    const report = await db.messageReport.create({ data: { messageId: own.id, reporterId: world.author.user.id, reason: 'Unfair.' } })
    await expectConsoleRefusedUnchanged(() => suspendMessaging(world.ama.actor, { reportId: report.id, reason: 'Myself?' }), 'FORBIDDEN', {
      key: 'suspendSelf',
    })
  })
})

describe('liftMessagingSuspension', () => {
  it('lifts: the user can send again, audit row, they are told', async () => {
    const { id } = await suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Repeated insults.' })
    await expect(send()).rejects.toMatchObject({ code: 'FORBIDDEN' })

    await liftMessagingSuspension(world.kofi.actor, { suspensionId: id, reason: 'Apologised to the city.' })

    expect(await db.messagingSuspension.findUniqueOrThrow({ where: { id } })).toMatchObject({
      liftedById: world.kofi.user.id,
      liftReason: 'Apologised to the city.',
      liftedAt: expect.any(Date),
    })
    expect((await db.user.findUniqueOrThrow({ where: { id: world.author.user.id } })).messagingBlockedAt).toBeNull()
    await expect(send()).resolves.toMatchObject({ id: expect.any(String) })
    expect(await db.auditLog.count({ where: { action: 'messaging.restore', targetId: world.author.user.id, actorId: world.kofi.user.id } })).toBe(1)
    expect(await db.notification.count({ where: { userId: world.author.user.id, type: 'messaging.restored' } })).toBe(1)
    // Once lifted, the user may be suspended again (one ACTIVE suspension per user, not one ever).
    await expect(suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Again.' })).resolves.toMatchObject({ userId: world.author.user.id })
  })

  it('two managers lifting at once: lifted once, the other told who and when', async () => {
    const { id } = await suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Repeated insults.' })
    const results = await Promise.allSettled([
      liftMessagingSuspension(world.ama.actor, { suspensionId: id, reason: 'Lifted by Ama.' }),
      liftMessagingSuspension(world.kofi.actor, { suspensionId: id, reason: 'Lifted by Kofi.' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lifted = await db.messagingSuspension.findUniqueOrThrow({ where: { id }, include: { liftedBy: true } })
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: 'CONFLICT',
      values: { outcome: 'lifted', name: lifted.liftedBy?.name, at: lifted.liftedAt?.toISOString() },
    })
    expect(await db.auditLog.count({ where: { action: 'messaging.restore' } })).toBe(1)
  })

  it('refuses another hub’s manager (not found) and bad reasons; a network admin may lift', async () => {
    const { id } = await suspendMessaging(world.ama.actor, { reportId: world.reportId, reason: 'Repeated insults.' })
    await expectConsoleRefusedUnchanged(() => liftMessagingSuspension(world.managerY.actor, { suspensionId: id, reason: 'Not mine.' }), 'NOT_FOUND')
    await expectConsoleRefusedUnchanged(() => liftMessagingSuspension(world.officerX.actor, { suspensionId: id, reason: 'Officer.' }), 'NOT_FOUND')
    await expectConsoleRefusedUnchanged(() => liftMessagingSuspension(world.ama.actor, { suspensionId: id, reason: '' }), 'INVALID')
    await liftMessagingSuspension(world.admin.actor, { suspensionId: id, reason: 'Reviewed by the network.' })
    await expect(send()).resolves.toBeTruthy()
  })
})
