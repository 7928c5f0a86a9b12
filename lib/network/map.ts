// Member cities for the network map: coordinates, current hubs, optionally only the members of
// one coalition or one hub.
import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { SlugSchema } from '@/lib/validation/common'

export const MapFilterSchema = z.object({
  coalition: SlugSchema.optional().catch(undefined),
})

export type MapCity = {
  slug: string
  name: string
  countryCode: string
  latitude: number
  longitude: number
  hubs: { slug: string; name: string }[]
}

export async function listMapCities(filter: { coalition?: string; hub?: string }): Promise<MapCity[]> {
  const rows = await db.city.findMany({
    where: {
      hubMemberships: { some: { leftAt: null, ...(filter.hub ? { hub: { slug: filter.hub } } : {}) } },
      ...(filter.coalition ? { coalitionMemberships: { some: { leftAt: null, coalition: { slug: filter.coalition } } } } : {}),
    },
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      countryCode: true,
      latitude: true,
      longitude: true,
      hubMemberships: {
        where: { leftAt: null },
        orderBy: { hub: { name: 'asc' } },
        select: { hub: { select: { slug: true, name: true } } },
      },
    },
  })
  return rows.map(({ hubMemberships, ...city }) => ({ ...city, hubs: hubMemberships.map((m) => m.hub) }))
}
