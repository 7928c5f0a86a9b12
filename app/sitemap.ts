// /sitemap.xml — the public pages, hubs, coalitions, cities and published case studies, each in
// every UI language (its own URL per language), with every language's URL and x-default as
// hreflang alternates. Rendered per request (the database is not there at build time, and a
// publish must show).
import type { MetadataRoute } from 'next'
import { locales } from '@/lib/i18n/config'
import { localeAlternates } from '@/lib/i18n/paths'
import { listSitemapEntries } from '@/lib/library/reference'
import { sitePageSlugs } from '@/lib/validation/site-pages'
import { siteUrl } from '@/lib/site-url'

export const dynamic = 'force-dynamic'

type Page = Omit<MetadataRoute.Sitemap[number], 'url' | 'alternates'> & { path: string }

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl()
  const { hubs, coalitions, cities, caseStudies } = await listSitemapEntries()
  const pages: Page[] = [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    { path: '/case-studies', changeFrequency: 'daily', priority: 0.9 },
    { path: '/hubs', changeFrequency: 'weekly', priority: 0.7 },
    { path: '/coalitions', changeFrequency: 'weekly', priority: 0.7 },
    { path: '/cities', changeFrequency: 'weekly', priority: 0.7 },
    { path: '/network-in-figures', changeFrequency: 'weekly', priority: 0.6 },
    ...sitePageSlugs.map((page) => ({ path: `/${page}`, changeFrequency: 'monthly' as const, priority: 0.3 })),
    ...hubs.map((hub) => ({ path: `/hubs/${hub.slug}`, lastModified: hub.updatedAt, priority: 0.6 })),
    ...coalitions.map((c) => ({ path: `/coalitions/${c.slug}`, lastModified: c.updatedAt, priority: 0.6 })),
    ...cities.map((city) => ({ path: `/cities/${city.slug}`, lastModified: city.updatedAt, priority: 0.5 })),
    ...caseStudies.map((cs) => ({ path: `/case-studies/${cs.slug}`, lastModified: cs.updatedAt, priority: 0.8 })),
  ]
  return pages.flatMap(({ path, ...entry }) =>
    locales.map((locale) => {
      const { canonical, languages } = localeAlternates(site, locale, path)
      return { ...entry, url: canonical, alternates: { languages } }
    }),
  )
}
