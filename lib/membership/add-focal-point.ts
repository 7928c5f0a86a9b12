// The city's focal point (or a network admin) makes an active official of the city a focal
// point too. A city may have several focal points; none is ever demoted here.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { AddFocalPointSchema } from '@/lib/validation/membership'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export type AddFocalPointResult = { id: string; role: 'FOCAL_POINT' }

export async function addFocalPoint(heldActor: Actor | null, rawInput: unknown): Promise<AddFocalPointResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(AddFocalPointSchema, rawInput)

  const membership = await db.cityOfficial.findUnique({
    where: { id: input.membershipId },
    select: { id: true, status: true, role: true, userId: true, cityId: true, user: { select: { name: true } } },
  })
  if (!membership) throw new AppError('NOT_FOUND', 'City team member not found.')
  requirePermission(actor, 'cityTeam.addFocalPoint', { cityId: membership.cityId })
  const notEligible = () =>
    new AppError(
      'CONFLICT',
      membership.role === 'FOCAL_POINT' && membership.status === 'ACTIVE'
        ? `${membership.user.name} is already a focal point.`
        : `Only an active official of the city can become a focal point.`,
    )
  if (membership.status !== 'ACTIVE' || membership.role !== 'OFFICIAL') throw notEligible()

  return db.$transaction(async (tx) => {
    const promoted = await tx.cityOfficial.updateMany({
      where: { id: membership.id, status: 'ACTIVE', role: 'OFFICIAL' },
      data: { role: 'FOCAL_POINT' },
    })
    if (promoted.count !== 1) throw new AppError('CONFLICT', 'This official changed meanwhile; reload and try again.')
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'cityTeam.addFocalPoint',
      targetType: 'CityOfficial',
      targetId: membership.id,
      metadata: { cityId: membership.cityId, userId: membership.userId },
    })
    return { id: membership.id, role: 'FOCAL_POINT' as const }
  })
}
