// The city's focal point takes the city out of a hub or a coalition. The membership row is
// closed (leftAt), never deleted: history is kept and the city may join again later.
//
// The deciding hub's managers are told with a 'membership.left' notification.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { LeaveMembershipSchema } from '@/lib/validation/membership'
import { findJoinTarget } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'
import { decidingManagerIds } from '@/lib/service/people'

export type LeaveMembershipResult = { id: string; leftAt: Date }

export async function leaveMembership(heldActor: Actor | null, rawInput: unknown): Promise<LeaveMembershipResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(LeaveMembershipSchema, rawInput)
  requirePermission(actor, 'membership.leave', { cityId: input.cityId })

  const target = await findJoinTarget(input)
  const notMember = new AppError('NOT_FOUND', `Your city is not a member of ${target.name}.`, { key: 'notMember', values: { target: target.name } })

  return db.$transaction(async (tx) => {
    const leftAt = new Date()
    let membershipId: string
    if (target.target === 'HUB') {
      const current = await tx.cityHubMembership.findFirst({
        where: { cityId: input.cityId, hubId: target.hubId ?? '', leftAt: null },
        select: { id: true },
      })
      if (!current) throw notMember
      const closed = await tx.cityHubMembership.updateMany({ where: { id: current.id, leftAt: null }, data: { leftAt } })
      if (closed.count !== 1) throw notMember
      membershipId = current.id
    } else {
      const current = await tx.cityCoalitionMembership.findFirst({
        where: { cityId: input.cityId, coalitionId: target.coalitionId ?? '', leftAt: null },
        select: { id: true },
      })
      if (!current) throw notMember
      const closed = await tx.cityCoalitionMembership.updateMany({ where: { id: current.id, leftAt: null }, data: { leftAt } })
      if (closed.count !== 1) throw notMember
      membershipId = current.id
    }

    const city = await tx.city.findUniqueOrThrow({ where: { id: input.cityId }, select: { name: true, slug: true } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'membership.leave',
      targetType: target.target === 'HUB' ? 'CityHubMembership' : 'CityCoalitionMembership',
      targetId: membershipId,
      hubId: target.decidingHubId,
      reason: input.reason ?? null,
      metadata: { cityId: input.cityId, target: target.target, hubId: target.hubId, coalitionId: target.coalitionId },
    })
    await notify(tx, recipients(await decidingManagerIds(tx, target.decidingHubId), actor.id), 'membership.left', {
      target: target.target,
      targetName: target.name,
      targetSlug: target.slug,
      cityName: city.name,
      citySlug: city.slug,
      ...(input.reason ? { reason: input.reason } : {}),
    })
    return { id: membershipId, leftAt }
  })
}
