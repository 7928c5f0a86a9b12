// /sitemap.xml — the public pages, hubs, coalitions, cities and published case studies.
// Rendered per request (the database is not there at build time, and a publish must show).
import type { MetadataRoute } from 'next'
import { listSitemapEntries } from '@/lib/library/reference'
import { siteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl()
  const { hubs, coalitions, cities, caseStudies } = await listSitemapEntries()
  return [
    { url: `${site}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${site}/case-studies`, changeFrequency: 'daily', priority: 0.9 },
    { url: `${site}/hubs`, changeFrequency: 'weekly', priority: 0.7 },
    { url: `${site}/coalitions`, changeFrequency: 'weekly', priority: 0.7 },
    { url: `${site}/cities`, changeFrequency: 'weekly', priority: 0.7 },
    ...hubs.map((hub) => ({ url: `${site}/hubs/${hub.slug}`, lastModified: hub.updatedAt, priority: 0.6 })),
    ...coalitions.map((c) => ({ url: `${site}/coalitions/${c.slug}`, lastModified: c.updatedAt, priority: 0.6 })),
    ...cities.map((city) => ({ url: `${site}/cities/${city.slug}`, lastModified: city.updatedAt, priority: 0.5 })),
    ...caseStudies.map((cs) => ({ url: `${site}/case-studies/${cs.slug}`, lastModified: cs.updatedAt, priority: 0.8 })),
  ]
}
