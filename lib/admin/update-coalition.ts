// A network admin edits a coalition; changing its coordinating hub moves the COORDINATOR link.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { kickMachineTranslations } from '@/lib/translations/machine/request-machine-translations'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { UpdateCoalitionSchema } from '@/lib/validation/admin'
import { findCoordinatingHubId } from './create-coalition'
import { assertNameFree, changedFields, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function updateCoalition(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(UpdateCoalitionSchema, rawInput)
  const result = await mapNameConflict('coalition', () =>
    db.$transaction(async (tx) => {
      const coalition = await tx.coalition.findUnique({
        where: { slug: input.slug },
        select: { id: true, name: true, kind: true, scope: true, description: true, coordinatingHubId: true },
      })
      if (!coalition) throw new AppError('NOT_FOUND', 'Coalition not found.')
      await assertNameFree(tx, 'coalition', input.name, coalition.id)
      const coordinatingHubId = await findCoordinatingHubId(tx, input.coordinatingHubSlug)
      const data = { name: input.name, kind: input.kind, scope: input.scope, description: input.description, coordinatingHubId }
      const changed = changedFields(coalition, data)
      const updated = await tx.coalition.update({ where: { id: coalition.id }, data, select: { id: true, slug: true, name: true } })
      if (changed.includes('coordinatingHubId')) {
        await tx.coalitionHub.updateMany({ where: { coalitionId: coalition.id, role: 'COORDINATOR' }, data: { role: 'PARTNER' } })
        if (coordinatingHubId) {
          await tx.coalitionHub.upsert({
            where: { coalitionId_hubId: { coalitionId: coalition.id, hubId: coordinatingHubId } },
            create: { coalitionId: coalition.id, hubId: coordinatingHubId, role: 'COORDINATOR' },
            update: { role: 'COORDINATOR' },
          })
        }
      }
      await notifyPublicContentChange(tx)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'coalition.update',
        targetType: 'Coalition',
        targetId: coalition.id,
        hubId: coordinatingHubId ?? coalition.coordinatingHubId,
        ip: meta.ip,
        metadata: { changed, ...(changed.includes('name') ? { previousName: coalition.name, name: input.name } : {}) },
      })
      return updated
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  kickMachineTranslations('COALITION', result.id)
  return result
}
