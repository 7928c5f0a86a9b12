// The city's focal point withdraws a request that is still pending. Who withdrew and when are
// kept on the row (decidedById/decidedAt), so a manager who arrives later is told why it is gone.
// No notification: the request simply leaves the deciders' queues.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { WithdrawJoinRequestSchema } from '@/lib/validation/membership'
import { joinRequestVerb } from './shared'
import { alreadyDecided, parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type WithdrawJoinRequestResult = { id: string; status: 'WITHDRAWN' }

export async function withdrawJoinRequest(heldActor: Actor | null, rawInput: unknown): Promise<WithdrawJoinRequestResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(WithdrawJoinRequestSchema, rawInput)

  const request = await db.joinRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      status: true,
      cityId: true,
      hubId: true,
      coalitionId: true,
      coalition: { select: { coordinatingHubId: true } },
      decidedBy: { select: { name: true } },
    },
  })
  if (!request) throw new AppError('NOT_FOUND', 'Join request not found.')
  requirePermission(actor, 'joinRequest.withdraw', { cityId: request.cityId })
  if (request.status !== 'PENDING') throw alreadyDecided(joinRequestVerb[request.status], request.decidedBy?.name)

  return db.$transaction(async (tx) => {
    const withdrawn = await tx.joinRequest.updateMany({
      where: { id: request.id, status: 'PENDING' },
      data: { status: 'WITHDRAWN', decidedById: actor.id, decidedAt: new Date() },
    })
    if (withdrawn.count !== 1) {
      const winner = await tx.joinRequest.findUnique({
        where: { id: request.id },
        select: { status: true, decidedBy: { select: { name: true } } },
      })
      if (!winner) throw new AppError('NOT_FOUND', 'Join request not found.')
      throw alreadyDecided(joinRequestVerb[winner.status], winner.decidedBy?.name)
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'joinRequest.withdraw',
      targetType: 'JoinRequest',
      targetId: request.id,
      hubId: request.hubId ?? request.coalition?.coordinatingHubId ?? null,
      metadata: { cityId: request.cityId, hubId: request.hubId, coalitionId: request.coalitionId },
    })
    return { id: request.id, status: 'WITHDRAWN' as const }
  })
}
