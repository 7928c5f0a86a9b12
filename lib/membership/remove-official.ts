// The city's focal point (or a network admin) removes an active member from the city team.
// A city must keep at least one active focal point: the check runs with the city row locked
// (SELECT ... FOR UPDATE), so two focal points removing each other at once cannot both succeed.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { RemoveOfficialSchema } from '@/lib/validation/membership'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'

export type RemoveOfficialResult = { id: string; status: 'REMOVED' }

const lastFocalPoint = () =>
  new AppError('CONFLICT', 'This is the city’s last focal point. Make another official focal point first.', { key: 'lastFocalPoint' })

export async function removeOfficial(heldActor: Actor | null, rawInput: unknown): Promise<RemoveOfficialResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RemoveOfficialSchema, rawInput)

  const membership = await db.cityOfficial.findUnique({
    where: { id: input.membershipId },
    select: { id: true, status: true, role: true, userId: true, cityId: true, city: { select: { name: true, slug: true } } },
  })
  if (!membership) throw new AppError('NOT_FOUND', 'City team member not found.')
  requirePermission(actor, 'cityTeam.removeOfficial', { cityId: membership.cityId })
  if (membership.status !== 'ACTIVE') throw new AppError('CONFLICT', 'Only an active member of the city team can be removed.')

  return db.$transaction(async (tx) => {
    // Serialises changes to this city's team until commit.
    await tx.$queryRaw`SELECT id FROM "City" WHERE id = ${membership.cityId} FOR UPDATE`
    const current = await tx.cityOfficial.findUnique({ where: { id: membership.id }, select: { status: true, role: true } })
    if (current?.status !== 'ACTIVE') throw new AppError('CONFLICT', 'Only an active member of the city team can be removed.')
    if (current.role === 'FOCAL_POINT') {
      const focalPoints = await tx.cityOfficial.count({
        where: { cityId: membership.cityId, status: 'ACTIVE', role: 'FOCAL_POINT' },
      })
      if (focalPoints <= 1) throw lastFocalPoint()
    }
    const now = new Date()
    const removed = await tx.cityOfficial.updateMany({
      where: { id: membership.id, status: 'ACTIVE' },
      data: { status: 'REMOVED', endedAt: now, reason: input.reason },
    })
    if (removed.count !== 1) throw new AppError('CONFLICT', 'Only an active member of the city team can be removed.')
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'cityTeam.removeOfficial',
      targetType: 'CityOfficial',
      targetId: membership.id,
      reason: input.reason,
      metadata: { cityId: membership.cityId, userId: membership.userId, role: current.role },
    })
    await notify(tx, recipients([membership.userId], actor.id), 'cityTeam.removed', {
      membershipId: membership.id,
      cityName: membership.city.name,
      citySlug: membership.city.slug,
      reason: input.reason,
    })
    return { id: membership.id, status: 'REMOVED' as const }
  })
}
