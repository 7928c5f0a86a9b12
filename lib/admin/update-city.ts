// A network admin corrects a city's name, country, region, population or position (slug unchanged).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { UpdateCitySchema } from '@/lib/validation/admin'
import { assertNameFree, changedFields, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function updateCity(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const { slug, ...input } = parseInput(UpdateCitySchema, rawInput)
  const result = await mapNameConflict('city', () =>
    db.$transaction(async (tx) => {
      const city = await tx.city.findUnique({
        where: { slug },
        select: { id: true, name: true, countryCode: true, region: true, population: true, latitude: true, longitude: true },
      })
      if (!city) throw new AppError('NOT_FOUND', 'City not found.')
      await assertNameFree(tx, 'city', input.name, city.id, input.countryCode)
      const data = { ...input, population: input.population ?? null }
      const changed = changedFields(city, data)
      const updated = await tx.city.update({ where: { id: city.id }, data, select: { id: true, slug: true, name: true } })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'city.update',
        targetType: 'City',
        targetId: city.id,
        ip: meta.ip,
        metadata: { changed, ...(changed.includes('name') ? { previousName: city.name, name: input.name } : {}) },
      })
      return updated
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
