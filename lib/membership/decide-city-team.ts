// The city's focal point, an officer or manager of one of the city's hubs, or a network admin
// approves or declines a user's request to join a city team. Race-safe like join requests: the
// status flips with a conditional update inside the transaction and the loser is told who won.
//
// Decisions: nobody decides their own request (a hub officer who asked to join a city team could
// otherwise approve themselves). The audit row carries the hub through which a hub officer or
// manager acted, so the hub's audit log shows it; a focal point's or admin's decision has none.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { CityOfficialStatus } from '@/lib/generated/prisma/enums'
import { notify } from '@/lib/notifications/notify'
import { DecideCityTeamRequestSchema } from '@/lib/validation/membership'
import { alreadyDecided, parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type DecideCityTeamRequestResult = { id: string; status: 'ACTIVE' | 'DECLINED' }

function notPending(status: CityOfficialStatus, deciderName: string | null | undefined): AppError {
  if (status === 'ACTIVE') return alreadyDecided('approved', deciderName)
  if (status === 'DECLINED') return alreadyDecided('declined', deciderName)
  if (status === 'REMOVED') return new AppError('CONFLICT', 'This official has already been removed from the city team.')
  return new AppError('CONFLICT', 'This request is still pending.')
}

export async function decideCityTeamRequest(heldActor: Actor | null, rawInput: unknown): Promise<DecideCityTeamRequestResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(DecideCityTeamRequestSchema, rawInput)

  const membership = await db.cityOfficial.findUnique({
    where: { id: input.membershipId },
    select: {
      id: true,
      status: true,
      userId: true,
      cityId: true,
      city: { select: { name: true, slug: true, hubMemberships: { where: { leftAt: null }, select: { hubId: true } } } },
      decidedBy: { select: { name: true } },
    },
  })
  if (!membership) throw new AppError('NOT_FOUND', 'City team request not found.')
  const cityHubIds = membership.city.hubMemberships.map((m) => m.hubId)
  requirePermission(actor, 'cityTeam.decide', { cityId: membership.cityId, cityHubIds })
  if (membership.userId === actor.id) throw new AppError('FORBIDDEN', 'You cannot decide your own request.', { key: 'ownRequest' })
  if (membership.status !== 'PENDING') throw notPending(membership.status, membership.decidedBy?.name)

  const approve = input.decision === 'APPROVE'
  const status = approve ? 'ACTIVE' : 'DECLINED'
  const actingHubId = actor.hubRoles.find((role) => cityHubIds.includes(role.hubId))?.hubId ?? null

  return db.$transaction(async (tx) => {
    const now = new Date()
    const decided = await tx.cityOfficial.updateMany({
      where: { id: membership.id, status: 'PENDING' },
      data: approve
        ? { status, decidedById: actor.id, decidedAt: now }
        : { status, decidedById: actor.id, decidedAt: now, endedAt: now, reason: input.reason ?? null },
    })
    if (decided.count !== 1) {
      const winner = await tx.cityOfficial.findUnique({
        where: { id: membership.id },
        select: { status: true, decidedBy: { select: { name: true } } },
      })
      if (!winner) throw new AppError('NOT_FOUND', 'City team request not found.')
      throw notPending(winner.status, winner.decidedBy?.name)
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: approve ? 'cityTeam.approve' : 'cityTeam.decline',
      targetType: 'CityOfficial',
      targetId: membership.id,
      hubId: actingHubId,
      reason: input.reason ?? null,
      metadata: { cityId: membership.cityId, userId: membership.userId },
    })
    await notify(tx, [membership.userId], approve ? 'cityTeam.approved' : 'cityTeam.declined', {
      membershipId: membership.id,
      cityName: membership.city.name,
      citySlug: membership.city.slug,
      ...(!approve && input.reason ? { reason: input.reason } : {}),
    })
    return { id: membership.id, status }
  })
}
