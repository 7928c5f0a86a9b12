// A network admin creates a regional hub. Its slug is made from the name once and never changes.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { HubInputSchema } from '@/lib/validation/admin'
import { uniqueSlug } from './names'
import { assertNameFree, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function createHub(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(HubInputSchema, rawInput)
  const result = await mapNameConflict('hub', () =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, 'hub', input.name)
      const slug = await uniqueSlug(tx, 'hub', input.name, 'hub')
      const hub = await tx.hub.create({
        data: { slug, name: input.name, region: input.region, description: input.description, contactEmail: input.contactEmail ?? null },
        select: { id: true, slug: true, name: true },
      })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, { actorId: actor.id, action: 'hub.create', targetType: 'Hub', targetId: hub.id, hubId: hub.id, ip: meta.ip, metadata: { name: hub.name, slug } })
      return hub
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
