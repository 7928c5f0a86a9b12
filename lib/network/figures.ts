// Headline figures for the home page.
import 'server-only'
import { db } from '@/lib/db'

export type NetworkFigures = { hubs: number; cities: number; coalitions: number; caseStudies: number }

export async function getNetworkFigures(): Promise<NetworkFigures> {
  const [hubs, cities, coalitions, caseStudies] = await Promise.all([
    db.hub.count(),
    db.city.count({ where: { hubMemberships: { some: { leftAt: null } } } }),
    db.coalition.count(),
    db.caseStudy.count({ where: { status: 'PUBLISHED' } }),
  ])
  return { hubs, cities, coalitions, caseStudies }
}
