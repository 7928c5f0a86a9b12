// A network admin creates a coalition or network, optionally coordinated by a hub (whose managers
// then decide join requests to it).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { CoalitionInputSchema } from '@/lib/validation/admin'
import { uniqueSlug } from './names'
import { assertNameFree, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function findCoordinatingHubId(tx: Prisma.TransactionClient, slug: string | undefined): Promise<string | null> {
  if (!slug) return null
  const hub = await tx.hub.findUnique({ where: { slug }, select: { id: true } })
  if (!hub) throw new AppError('INVALID', 'Choose a hub from the list.', { fields: { coordinatingHubSlug: ['invalid'] } })
  return hub.id
}

export async function createCoalition(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(CoalitionInputSchema, rawInput)
  const result = await mapNameConflict('coalition', () =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, 'coalition', input.name)
      const coordinatingHubId = await findCoordinatingHubId(tx, input.coordinatingHubSlug)
      const slug = await uniqueSlug(tx, 'coalition', input.name, 'coalition')
      const coalition = await tx.coalition.create({
        data: { slug, name: input.name, kind: input.kind, scope: input.scope, description: input.description, coordinatingHubId },
        select: { id: true, slug: true, name: true },
      })
      if (coordinatingHubId) {
        await tx.coalitionHub.create({ data: { coalitionId: coalition.id, hubId: coordinatingHubId, role: 'COORDINATOR' } })
      }
      await notifyPublicContentChange(tx)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'coalition.create',
        targetType: 'Coalition',
        targetId: coalition.id,
        hubId: coordinatingHubId,
        ip: meta.ip,
        metadata: { name: coalition.name, slug },
      })
      return coalition
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
