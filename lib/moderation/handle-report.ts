// A hub manager (or network admin) handles a reported message: hides it (lib/messaging/hide-message.ts:
// the message shows as hidden, every open report on it closes, its author is told why) or
// dismisses this report (the message stays; the reason goes to the audit log).
//
// Race-safe: dismissing flips the report with a conditional update (WHERE status = 'OPEN');
// hiding passes the report to hide-message, which claims it (still OPEN) in the transaction that
// hides the message. So of two managers deciding the same report at once, whatever they chose,
// exactly one decision applies; the other is told who decided and when.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { hideMessage } from '@/lib/messaging/hide-message'
import { HandleReportSchema } from '@/lib/validation/moderation'
import { getReportForDecision, type ReportForDecision } from './report-access'
import { alreadyTaken } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type HandleReportResult = { id: string; status: 'HIDDEN' | 'DISMISSED' }

function reportTaken(report: { status: string; handledAt: Date | null; handledBy: { name: string } | null }) {
  return alreadyTaken(report.status === 'HIDDEN' ? 'hidden' : 'dismissed', report.handledBy?.name, report.handledAt)
}

async function hide(actor: Actor, report: ReportForDecision, reason: string): Promise<HandleReportResult> {
  try {
    await hideMessage(actor, { messageId: report.message.id, reason, reportId: report.id })
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error
    const [current, message] = await Promise.all([
      db.messageReport.findUnique({ where: { id: report.id }, select: { status: true, handledAt: true, handledBy: { select: { name: true } } } }),
      db.message.findUnique({ where: { id: report.message.id }, select: { hiddenAt: true, hiddenBy: { select: { name: true } } } }),
    ])
    if (current?.status === 'DISMISSED') throw reportTaken(current)
    throw alreadyTaken('hidden', message?.hiddenBy?.name, message?.hiddenAt)
  }
  return { id: report.id, status: 'HIDDEN' }
}

async function dismiss(actor: Actor, report: ReportForDecision, reason: string): Promise<HandleReportResult> {
  const hubId = report.message.conversation.hubId
  requirePermission(actor, 'messageReport.dismiss', { hubId })
  return db.$transaction(async (tx) => {
    const dismissed = await tx.messageReport.updateMany({
      where: { id: report.id, status: 'OPEN' },
      data: { status: 'DISMISSED', handledById: actor.id, handledAt: new Date() },
    })
    if (dismissed.count !== 1) {
      const winner = await tx.messageReport.findUnique({
        where: { id: report.id },
        select: { status: true, handledAt: true, handledBy: { select: { name: true } } },
      })
      if (!winner) throw new AppError('NOT_FOUND', 'Report not found.')
      throw reportTaken(winner)
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'messageReport.dismiss',
      targetType: 'MessageReport',
      targetId: report.id,
      hubId,
      reason,
      metadata: { messageId: report.message.id, conversationId: report.message.conversation.id },
    })
    return { id: report.id, status: 'DISMISSED' as const }
  })
}

export async function handleReport(heldActor: Actor | null, rawInput: unknown): Promise<HandleReportResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(HandleReportSchema, rawInput)
  const report = await getReportForDecision(actor, input.reportId)
  requirePermission(actor, input.decision === 'HIDE' ? 'message.hide' : 'messageReport.dismiss', {
    hubId: report.message.conversation.hubId,
  })
  if (report.status !== 'OPEN') throw reportTaken(report)
  return input.decision === 'HIDE' ? hide(actor, report, input.reason) : dismiss(actor, report, input.reason)
}
