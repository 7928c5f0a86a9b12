import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { reportMessage, sendMessage } from '@/lib/messaging'
import { bulkHandleReports, handleReport } from '@/lib/moderation'
import { createConsoleWorld, expectConsoleRefusedUnchanged, type ConsoleWorld } from '../../factories/moderation'

let world: ConsoleWorld

beforeEach(async () => {
  world = await createConsoleWorld()
})

describe('handleReport', () => {
  it('hides the message: every open report on it closes, the author is told why, one audit row', async () => {
    const colleague = await db.cityOfficial.findFirstOrThrow({ where: { userId: world.focalPointA.user.id } })
    const second = await reportMessage(world.focalPointA.actor, { messageId: world.messageId, reason: 'Me too.' })
    expect(colleague.status).toBe('ACTIVE')

    expect(await handleReport(world.ama.actor, { reportId: world.reportId, decision: 'HIDE', reason: 'Offensive language.' })).toEqual({
      id: world.reportId,
      status: 'HIDDEN',
    })

    expect(await db.message.findUniqueOrThrow({ where: { id: world.messageId } })).toMatchObject({
      hiddenById: world.ama.user.id,
      hiddenReason: 'Offensive language.',
      hiddenAt: expect.any(Date),
    })
    const reports = await db.messageReport.findMany({ where: { id: { in: [world.reportId, second.id] } } })
    expect(reports.map((r) => r.status)).toEqual(['HIDDEN', 'HIDDEN'])
    const told = await db.notification.findFirstOrThrow({ where: { userId: world.author.user.id, type: 'message.hidden' } })
    expect(told.data).toMatchObject({ reason: 'Offensive language.' })
    expect(await db.auditLog.count({ where: { action: 'message.hide', targetId: world.messageId, hubId: world.network.hubX.id } })).toBe(1)
  })

  it('dismisses the report: the message stays, the reason is in the audit log', async () => {
    await handleReport(world.kofi.actor, { reportId: world.reportId, decision: 'DISMISS', reason: 'Blunt, not offensive.' })
    expect(await db.messageReport.findUniqueOrThrow({ where: { id: world.reportId } })).toMatchObject({
      status: 'DISMISSED',
      handledById: world.kofi.user.id,
      handledAt: expect.any(Date),
    })
    expect((await db.message.findUniqueOrThrow({ where: { id: world.messageId } })).hiddenAt).toBeNull()
    expect(
      await db.auditLog.findFirstOrThrow({ where: { action: 'messageReport.dismiss', targetId: world.reportId } }),
    ).toMatchObject({ actorId: world.kofi.user.id, hubId: world.network.hubX.id, reason: 'Blunt, not offensive.' })
  })

  it.each([
    ['HIDE', 'HIDE'],
    ['DISMISS', 'DISMISS'],
    ['HIDE', 'DISMISS'],
    ['DISMISS', 'HIDE'],
  ] as const)('two managers at once (%s and %s): one decision, the other told who and when', async (first, second) => {
    const results = await Promise.allSettled([
      handleReport(world.ama.actor, { reportId: world.reportId, decision: first, reason: 'Decided by Ama.' }),
      handleReport(world.kofi.actor, { reportId: world.reportId, decision: second, reason: 'Decided by Kofi.' }),
    ])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r) => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    const report = await db.messageReport.findUniqueOrThrow({ where: { id: world.reportId }, include: { handledBy: true } })
    expect(report.status).not.toBe('OPEN')
    expect(lost[0]?.reason).toMatchObject({ code: 'CONFLICT', key: 'alreadyTaken', values: { name: expect.stringMatching(/^(Ama Mensah|Kofi Boateng)$/) } })
    expect(await db.auditLog.count({ where: { action: { in: ['message.hide', 'messageReport.dismiss'] } } })).toBe(1)
  })

  it('a report already handled says by whom and when, and changes nothing', async () => {
    await handleReport(world.ama.actor, { reportId: world.reportId, decision: 'DISMISS', reason: 'Nothing wrong.' })
    const handled = await db.messageReport.findUniqueOrThrow({ where: { id: world.reportId } })
    await expectConsoleRefusedUnchanged(
      () => handleReport(world.kofi.actor, { reportId: world.reportId, decision: 'HIDE', reason: 'Hide it anyway.' }),
      'CONFLICT',
      { values: { outcome: 'dismissed', name: 'Ama Mensah', at: handled.handledAt?.toISOString() } },
    )
  })

  it('refuses the wrong hub’s manager, officers and people in the conversation (not found), changing nothing', async () => {
    for (const actor of [world.managerY.actor, world.officerX.actor, world.reporter.actor, world.focalPointA.actor]) {
      await expectConsoleRefusedUnchanged(() => handleReport(actor, { reportId: world.reportId, decision: 'DISMISS', reason: 'Not mine.' }), 'NOT_FOUND')
    }
    await expectConsoleRefusedUnchanged(() => handleReport(null, { reportId: world.reportId, decision: 'DISMISS', reason: 'Nobody.' }), 'UNAUTHENTICATED')
  })

  it('lets a network admin handle any hub’s reports', async () => {
    await handleReport(world.admin.actor, { reportId: world.reportId, decision: 'DISMISS', reason: 'Reviewed by the network.' })
    expect((await db.messageReport.findUniqueOrThrow({ where: { id: world.reportId } })).status).toBe('DISMISSED')
  })

  it('refuses bad reasons and decisions', async () => {
    for (const reason of [undefined, '', 'ok', 'x'.repeat(1001)]) {
      await expectConsoleRefusedUnchanged(() => handleReport(world.ama.actor, { reportId: world.reportId, decision: 'HIDE', reason }), 'INVALID', {
        fields: { reason: expect.any(Array) },
      })
    }
    await expectConsoleRefusedUnchanged(() => handleReport(world.ama.actor, { reportId: world.reportId, decision: 'DELETE', reason: 'Gone.' }), 'INVALID')
  })
})

describe('bulkHandleReports', () => {
  it('handles each report; the second report of a hidden message is reported as already hidden', async () => {
    const second = await reportMessage(world.focalPointA.actor, { messageId: world.messageId, reason: 'Me too.' })
    const other = await sendMessage(world.author.actor, { conversationId: world.conversationId, body: 'Another remark.' })
    const third = await reportMessage(world.reporter.actor, { messageId: other.id, reason: 'Also offensive.' })

    const outcomes = await bulkHandleReports(world.ama.actor, {
      reportIds: [world.reportId, second.id, third.id],
      decision: 'HIDE',
      reason: 'Offensive language.',
    })

    expect(outcomes.map((o) => o.outcome)).toEqual(['done', 'taken', 'done'])
    expect(outcomes[1]).toMatchObject({ values: { outcome: 'hidden', name: 'Ama Mensah' } })
    expect(await db.message.count({ where: { id: { in: [world.messageId, other.id] }, hiddenAt: { not: null } } })).toBe(2)
  })

  it('changes nothing on a bad reason', async () => {
    await expectConsoleRefusedUnchanged(
      () => bulkHandleReports(world.ama.actor, { reportIds: [world.reportId], decision: 'DISMISS', reason: '' }),
      'INVALID',
    )
  })
})
