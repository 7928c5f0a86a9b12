// A city's focal point asks for the city to join a hub or a coalition. The partial unique index
// (one PENDING request per city and target) is the guard against double submits and races; the
// look-up before the insert only gives the common case a friendlier path to the same message.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { RequestToJoinSchema } from '@/lib/validation/membership'
import { findJoinTarget } from './shared'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'
import { decidingManagerIds } from '@/lib/service/people'

export type RequestToJoinResult = { id: string; status: 'PENDING' }

export async function requestToJoin(heldActor: Actor | null, rawInput: unknown): Promise<RequestToJoinResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RequestToJoinSchema, rawInput)
  requirePermission(actor, input.target === 'HUB' ? 'hubJoinRequest.create' : 'coalitionJoinRequest.create', {
    cityId: input.cityId,
  })

  const target = await findJoinTarget(input)
  const alreadyRequested = `Your city has already requested to join ${target.name}.`

  try {
    return await db.$transaction(async (tx) => {
      const city = await tx.city.findUniqueOrThrow({ where: { id: input.cityId }, select: { id: true, name: true, slug: true } })
      const isMember =
        target.target === 'HUB'
          ? await tx.cityHubMembership.count({ where: { cityId: city.id, hubId: target.hubId ?? '', leftAt: null } })
          : await tx.cityCoalitionMembership.count({
              where: { cityId: city.id, coalitionId: target.coalitionId ?? '', leftAt: null },
            })
      if (isMember) throw new AppError('CONFLICT', `Your city is already a member of ${target.name}.`, { key: 'alreadyMember', values: { target: target.name } })

      const pending = await tx.joinRequest.count({
        where: { cityId: city.id, hubId: target.hubId, coalitionId: target.coalitionId, status: 'PENDING' },
      })
      if (pending) throw new AppError('CONFLICT', alreadyRequested, { key: 'alreadyRequested', values: { target: target.name } })

      const request = await tx.joinRequest.create({
        data: {
          cityId: city.id,
          target: target.target,
          hubId: target.hubId,
          coalitionId: target.coalitionId,
          requestedById: actor.id,
          motivation: input.motivation,
        },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'joinRequest.create',
        targetType: 'JoinRequest',
        targetId: request.id,
        hubId: target.decidingHubId,
        metadata: { cityId: city.id, target: target.target, hubId: target.hubId, coalitionId: target.coalitionId },
      })
      await notify(tx, recipients(await decidingManagerIds(tx, target.decidingHubId), actor.id), 'joinRequest.received', {
        requestId: request.id,
        target: target.target,
        targetName: target.name,
        targetSlug: target.slug,
        cityName: city.name,
        citySlug: city.slug,
      })
      return { id: request.id, status: 'PENDING' as const }
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', alreadyRequested, { key: 'alreadyRequested', values: { target: target.name } })
    throw error
  }
}
