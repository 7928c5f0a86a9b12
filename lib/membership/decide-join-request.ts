// A manager of the deciding hub (or a network admin) approves or declines a city's join request.
// Race-safe: the status flips with a conditional update (WHERE status = 'PENDING') inside the
// transaction; a concurrent decider blocks on the row, then updates nothing and is told who won.
// Approving a city that meanwhile became a member some other way keeps the one current row
// (ON CONFLICT DO NOTHING against the partial unique index) instead of failing the decision.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { notify } from '@/lib/notifications/notify'
import { DecideJoinRequestSchema } from '@/lib/validation/membership'
import { joinRequestVerb } from './shared'
import { alreadyDecided, parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'
import { activeFocalPointIds } from '@/lib/service/people'

export type DecideJoinRequestResult = {
  id: string
  status: 'APPROVED' | 'DECLINED'
  hubSlug?: string
  coalitionSlug?: string
}

const joinRequestForDecision = {
  id: true,
  status: true,
  cityId: true,
  target: true,
  hubId: true,
  coalitionId: true,
  requestedById: true,
  city: { select: { name: true, slug: true } },
  hub: { select: { slug: true, name: true } },
  coalition: { select: { slug: true, name: true, coordinatingHubId: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.JoinRequestSelect

export async function decideJoinRequest(heldActor: Actor | null, rawInput: unknown): Promise<DecideJoinRequestResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(DecideJoinRequestSchema, rawInput)

  const request = await db.joinRequest.findUnique({ where: { id: input.requestId }, select: joinRequestForDecision })
  if (!request) throw new AppError('NOT_FOUND', 'Join request not found.')
  const decidingHubId = request.hubId ?? request.coalition?.coordinatingHubId ?? null
  requirePermission(actor, 'joinRequest.decide', { hubId: decidingHubId })
  if (request.status !== 'PENDING') throw alreadyDecided(joinRequestVerb[request.status], request.decidedBy?.name)

  const approve = input.decision === 'APPROVE'
  const status = approve ? 'APPROVED' : 'DECLINED'
  const targetName = request.hub?.name ?? request.coalition?.name ?? ''

  return db.$transaction(async (tx) => {
    const decided = await tx.joinRequest.updateMany({
      where: { id: request.id, status: 'PENDING' },
      data: { status, decidedById: actor.id, decidedAt: new Date(), decisionReason: input.reason ?? null },
    })
    if (decided.count !== 1) {
      // Read committed: this statement sees the decision that beat us.
      const winner = await tx.joinRequest.findUnique({
        where: { id: request.id },
        select: { status: true, decidedBy: { select: { name: true } } },
      })
      if (!winner) throw new AppError('NOT_FOUND', 'Join request not found.')
      throw alreadyDecided(joinRequestVerb[winner.status], winner.decidedBy?.name)
    }

    let membershipCreated = false
    if (approve) {
      const created = request.hubId
        ? await tx.cityHubMembership.createMany({ data: [{ cityId: request.cityId, hubId: request.hubId }], skipDuplicates: true })
        : await tx.cityCoalitionMembership.createMany({
            data: [{ cityId: request.cityId, coalitionId: request.coalitionId ?? '' }],
            skipDuplicates: true,
          })
      membershipCreated = created.count === 1
    }

    await writeAudit(tx, {
      actorId: actor.id,
      action: approve ? 'joinRequest.approve' : 'joinRequest.decline',
      targetType: 'JoinRequest',
      targetId: request.id,
      hubId: decidingHubId,
      reason: input.reason ?? null,
      metadata: {
        cityId: request.cityId,
        target: request.target,
        hubId: request.hubId,
        coalitionId: request.coalitionId,
        ...(approve ? { membershipCreated } : {}),
      },
    })
    await notify(
      tx,
      recipients([...(await activeFocalPointIds(tx, request.cityId)), request.requestedById], actor.id),
      approve ? 'joinRequest.approved' : 'joinRequest.declined',
      {
        requestId: request.id,
        target: request.target,
        targetName,
        targetSlug: request.hub?.slug ?? request.coalition?.slug ?? '',
        cityName: request.city.name,
        citySlug: request.city.slug,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    )

    return {
      id: request.id,
      status,
      ...(request.hub ? { hubSlug: request.hub.slug } : {}),
      ...(request.coalition ? { coalitionSlug: request.coalition.slug } : {}),
    }
  })
}
