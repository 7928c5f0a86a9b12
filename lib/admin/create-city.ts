// A network admin adds a member city. Names are unique per country, regardless of case and accents.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { CityInputSchema } from '@/lib/validation/admin'
import { uniqueSlug } from './names'
import { assertNameFree, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function createCity(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(CityInputSchema, rawInput)
  const result = await mapNameConflict('city', () =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, 'city', input.name, undefined, input.countryCode)
      const slug = await uniqueSlug(tx, 'city', input.name, 'city')
      const city = await tx.city.create({
        data: { ...input, population: input.population ?? null, slug },
        select: { id: true, slug: true, name: true },
      })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, { actorId: actor.id, action: 'city.create', targetType: 'City', targetId: city.id, ip: meta.ip, metadata: { name: city.name, slug } })
      return city
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
