// A network admin edits a hub's name, region, description and contact address (not its slug:
// public links keep working).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { kickMachineTranslations } from '@/lib/translations/machine/request-machine-translations'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { UpdateHubSchema } from '@/lib/validation/admin'
import { assertNameFree, changedFields, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function updateHub(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(UpdateHubSchema, rawInput)
  const result = await mapNameConflict('hub', () =>
    db.$transaction(async (tx) => {
      const hub = await tx.hub.findUnique({ where: { slug: input.slug }, select: { id: true, name: true, region: true, description: true, contactEmail: true } })
      if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
      await assertNameFree(tx, 'hub', input.name, hub.id)
      const data = { name: input.name, region: input.region, description: input.description, contactEmail: input.contactEmail ?? null }
      const changed = changedFields(hub, data)
      const updated = await tx.hub.update({ where: { id: hub.id }, data, select: { id: true, slug: true, name: true } })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'hub.update',
        targetType: 'Hub',
        targetId: hub.id,
        hubId: hub.id,
        ip: meta.ip,
        metadata: { changed, ...(changed.includes('name') ? { previousName: hub.name, name: input.name } : {}) },
      })
      return updated
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  kickMachineTranslations('HUB', result.id)
  return result
}
