// A signed-in user without a city asks to join a city's team. The partial unique index (one
// PENDING or ACTIVE city membership per user) makes a double submit or a race a CONFLICT.
//
// Decision: the request is announced to the city's active focal points. A city without one would
// leave the request unseen, so then the officers and managers of the city's hubs are told, and
// failing those the network admins: all of them may decide it ('cityTeam.decide').
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { notify } from '@/lib/notifications/notify'
import { RequestCityTeamSchema } from '@/lib/validation/membership'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'
import { activeFocalPointIds, networkAdminIds } from '@/lib/service/people'

export type RequestCityTeamResult = { id: string; status: 'PENDING' }

const alreadyInTeam = 'You have already asked to join a city team, or belong to one.'

async function cityTeamDeciderIds(tx: Prisma.TransactionClient, cityId: string): Promise<string[]> {
  const focalPoints = await activeFocalPointIds(tx, cityId)
  if (focalPoints.length) return focalPoints
  const hubStaff = await tx.hubRole.findMany({
    where: {
      user: { status: 'ACTIVE' },
      hub: { cityMemberships: { some: { cityId, leftAt: null } } },
    },
    select: { userId: true },
  })
  if (hubStaff.length) return hubStaff.map((role) => role.userId)
  return networkAdminIds(tx)
}

export async function requestCityTeam(heldActor: Actor | null, rawInput: unknown): Promise<RequestCityTeamResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RequestCityTeamSchema, rawInput)
  // Someone already in (or waiting for) a city team is refused here; the index catches races.
  requirePermission(actor, 'cityTeam.request')

  const city = await db.city.findUnique({ where: { slug: input.citySlug }, select: { id: true, name: true, slug: true } })
  if (!city) throw new AppError('NOT_FOUND', 'City not found.')

  try {
    return await db.$transaction(async (tx) => {
      const membership = await tx.cityOfficial.create({
        data: { userId: actor.id, cityId: city.id, role: 'OFFICIAL', status: 'PENDING' },
        select: { id: true },
      })
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'cityTeam.request',
        targetType: 'CityOfficial',
        targetId: membership.id,
        metadata: { cityId: city.id },
      })
      await notify(tx, recipients(await cityTeamDeciderIds(tx, city.id), actor.id), 'cityTeam.requested', {
        membershipId: membership.id,
        requesterName: actor.name,
        cityName: city.name,
        citySlug: city.slug,
      })
      return { id: membership.id, status: 'PENDING' as const }
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', alreadyInTeam, { key: 'alreadyInCityTeam' })
    throw error
  }
}
