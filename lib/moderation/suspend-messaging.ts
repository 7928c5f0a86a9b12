// A hub manager (or network admin) suspends the author of a reported message from messaging:
// User.messagingBlockedAt is set, which lib/messaging/shared.ts#requireMayWrite honours (the user
// still reads, but cannot write). The suspension is its own row (who, why, through which hub,
// from which report) so that it can be lifted by that hub's managers and shown in the console.
//
// Race-safe: one active suspension per user is a partial unique index; a second manager
// suspending the same user at the same moment loses and is told who suspended them and when.
// Nobody suspends themselves, and network admins are not suspended by hub managers.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { SuspendMessagingSchema } from '@/lib/validation/moderation'
import { getReportForDecision } from './report-access'
import { alreadyTaken } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type SuspendMessagingResult = { id: string; userId: string }

async function activeSuspensionTaken(userId: string): Promise<AppError> {
  const active = await db.messagingSuspension.findFirst({
    where: { userId, liftedAt: null },
    select: { createdAt: true, createdBy: { select: { name: true } } },
  })
  return active
    ? alreadyTaken('suspended', active.createdBy?.name, active.createdAt)
    : new AppError('CONFLICT', 'This user is already suspended from messaging.', { key: 'alreadySuspended' })
}

export async function suspendMessaging(heldActor: Actor | null, rawInput: unknown): Promise<SuspendMessagingResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SuspendMessagingSchema, rawInput)
  const report = await getReportForDecision(actor, input.reportId)
  const hubId = report.message.conversation.hubId
  requirePermission(actor, 'messaging.suspend', { hubId })
  const userId = report.message.authorId
  if (!userId) throw new AppError('CONFLICT', 'The author of this message no longer has an account.', { key: 'authorGone' })
  if (userId === actor.id) throw new AppError('FORBIDDEN', 'You cannot suspend yourself.', { key: 'suspendSelf' })
  const author = await db.user.findUnique({ where: { id: userId }, select: { isNetworkAdmin: true, messagingBlockedAt: true } })
  if (!author) throw new AppError('CONFLICT', 'The author of this message no longer has an account.', { key: 'authorGone' })
  if (author.isNetworkAdmin && !actor.isNetworkAdmin) {
    throw new AppError('FORBIDDEN', 'Network administrators are not suspended by hub managers.', { key: 'suspendAdmin' })
  }

  let mailed = false
  try {
    const result = await db.$transaction(async (tx) => {
      const now = new Date()
      const suspension = await tx.messagingSuspension.create({
        data: { userId, hubId, reason: input.reason, reportId: report.id, createdById: actor.id, createdAt: now },
        select: { id: true },
      })
      await tx.user.update({ where: { id: userId }, data: { messagingBlockedAt: now } })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'messaging.suspend',
        targetType: 'User',
        targetId: userId,
        hubId,
        reason: input.reason,
        metadata: { suspensionId: suspension.id, reportId: report.id, messageId: report.message.id },
      })
      mailed = await notifyWithMail(tx, [userId], 'messaging.suspended', {
        hubName: report.message.conversation.hub.name,
        reason: input.reason,
      })
      return { id: suspension.id, userId }
    })
    if (mailed) kickOutbox()
    return result
  } catch (error) {
    if (isUniqueViolation(error)) throw await activeSuspensionTaken(userId)
    throw error
  }
}
