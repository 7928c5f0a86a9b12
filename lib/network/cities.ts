// Public reads of member cities, with the hub filter of the cities page.
import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { SlugSchema } from '@/lib/validation/common'
import { publishedCaseStudyCard } from '@/lib/case-studies/selects'

export const CityFilterSchema = z.object({
  // An unknown or malformed hub in a shared URL shows all cities rather than an error page.
  hub: SlugSchema.optional().catch(undefined),
})
export type CityFilter = z.infer<typeof CityFilterSchema>

const cityRow = {
  id: true,
  slug: true,
  name: true,
  countryCode: true,
  region: true,
  population: true,
  hubMemberships: {
    where: { leftAt: null },
    orderBy: { hub: { name: 'asc' } },
    select: { hub: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.CitySelect

export type CityRow = Prisma.CityGetPayload<{ select: typeof cityRow }>

export function listCities(filter: CityFilter = {}): Promise<CityRow[]> {
  return db.city.findMany({
    select: cityRow,
    where: filter.hub ? { hubMemberships: { some: { leftAt: null, hub: { slug: filter.hub } } } } : undefined,
    orderBy: [{ name: 'asc' }],
  })
}

const cityDetail = {
  ...cityRow,
  latitude: true,
  longitude: true,
  coalitionMemberships: {
    where: { leftAt: null },
    orderBy: { coalition: { name: 'asc' } },
    select: { coalition: { select: { slug: true, name: true, kind: true } } },
  },
  caseStudies: {
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take: 12,
    select: publishedCaseStudyCard,
  },
} satisfies Prisma.CitySelect

export type CityDetail = Prisma.CityGetPayload<{ select: typeof cityDetail }>

export function findCityBySlug(slug: string): Promise<CityDetail | null> {
  return db.city.findUnique({ where: { slug }, select: cityDetail })
}
