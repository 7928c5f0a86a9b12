// Lifting a messaging suspension: by a manager of the hub that imposed it, or a network admin.
// Race-safe like every console decision: a conditional update (WHERE liftedAt IS NULL); the loser
// is told who lifted it and when. The user's messaging flag is cleared in the same transaction
// and the user is told.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { kickOutbox } from '@/lib/mail/outbox'
import { notifyWithMail } from '@/lib/notifications/notify-with-mail'
import { LiftMessagingSuspensionSchema } from '@/lib/validation/moderation'
import { alreadyTaken } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function liftMessagingSuspension(heldActor: Actor | null, rawInput: unknown): Promise<{ id: string; userId: string }> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(LiftMessagingSuspensionSchema, rawInput)
  const suspension = await db.messagingSuspension.findUnique({
    where: { id: input.suspensionId },
    select: { id: true, userId: true, hubId: true, hub: { select: { name: true } } },
  })
  if (!suspension || !can(actor, 'console.view', { hubId: suspension.hubId })) {
    throw new AppError('NOT_FOUND', 'Suspension not found.')
  }
  requirePermission(actor, 'messaging.suspend', { hubId: suspension.hubId })

  let mailed = false
  const result = await db.$transaction(async (tx) => {
    const now = new Date()
    const lifted = await tx.messagingSuspension.updateMany({
      where: { id: suspension.id, liftedAt: null },
      data: { liftedAt: now, liftedById: actor.id, liftReason: input.reason },
    })
    if (lifted.count !== 1) {
      const winner = await tx.messagingSuspension.findUnique({
        where: { id: suspension.id },
        select: { liftedAt: true, liftedBy: { select: { name: true } } },
      })
      throw alreadyTaken('lifted', winner?.liftedBy?.name, winner?.liftedAt)
    }
    await tx.user.update({ where: { id: suspension.userId }, data: { messagingBlockedAt: null } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'messaging.restore',
      targetType: 'User',
      targetId: suspension.userId,
      hubId: suspension.hubId,
      reason: input.reason,
      metadata: { suspensionId: suspension.id },
    })
    mailed = await notifyWithMail(tx, [suspension.userId], 'messaging.restored', { hubName: suspension.hub?.name ?? '' })
    return { id: suspension.id, userId: suspension.userId }
  })
  if (mailed) kickOutbox()
  return result
}
