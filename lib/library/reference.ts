// The network's reference lists as open data (hubs, coalitions, cities, topics) and the slugs
// the sitemap lists. Public facts only: no people, no contact details of officials.
import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

const hubItem = {
  slug: true,
  name: true,
  region: true,
  description: true,
  _count: { select: { cityMemberships: { where: { leftAt: null } } } },
} satisfies Prisma.HubSelect

export function listHubsForApi() {
  return db.hub.findMany({ select: hubItem, orderBy: { name: 'asc' } })
}

const coalitionItem = {
  slug: true,
  name: true,
  kind: true,
  scope: true,
  description: true,
  coordinatingHub: { select: { slug: true } },
  hubLinks: { orderBy: { hub: { slug: 'asc' } }, select: { role: true, hub: { select: { slug: true } } } },
  _count: { select: { cityMemberships: { where: { leftAt: null } } } },
} satisfies Prisma.CoalitionSelect

export function listCoalitionsForApi() {
  return db.coalition.findMany({ select: coalitionItem, orderBy: { name: 'asc' } })
}

const cityItem = {
  slug: true,
  name: true,
  countryCode: true,
  region: true,
  population: true,
  latitude: true,
  longitude: true,
  hubMemberships: { where: { leftAt: null }, orderBy: { hub: { slug: 'asc' } }, select: { hub: { select: { slug: true } } } },
  coalitionMemberships: {
    where: { leftAt: null },
    orderBy: { coalition: { slug: 'asc' } },
    select: { coalition: { select: { slug: true } } },
  },
} satisfies Prisma.CitySelect

export function listCitiesForApi() {
  return db.city.findMany({ select: cityItem, orderBy: { name: 'asc' } })
}

const topicItem = {
  slug: true,
  name: true,
  description: true,
  parent: { select: { slug: true } },
} satisfies Prisma.TopicSelect

export function listTopicsForApi() {
  return db.topic.findMany({ select: topicItem, orderBy: [{ position: 'asc' }, { name: 'asc' }] })
}

/** Everything the sitemap lists, with last-modified dates where they exist. */
export async function listSitemapEntries() {
  const [hubs, coalitions, cities, caseStudies] = await Promise.all([
    db.hub.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db.coalition.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db.city.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    db.caseStudy.findMany({
      where: { status: 'PUBLISHED' },
      select: { slug: true, updatedAt: true },
      orderBy: { publishedAt: 'desc' },
      // The sitemap protocol allows 50,000 URLs per file.
      take: 45_000,
    }),
  ])
  return { hubs, coalitions, cities, caseStudies }
}

/** The newest published case studies with their text (of `ids` only, when given), for the Atom feed. */
export function listForFeed(take = 50, ids?: string[]) {
  return db.caseStudy.findMany({
    where: { status: 'PUBLISHED', ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      bodyHtml: true,
      bodyHtmlKey: true,
      language: true,
      publishedAt: true,
      updatedAt: true,
      city: { select: { name: true, countryCode: true } },
      topics: { orderBy: { topic: { name: 'asc' } }, select: { topic: { select: { name: true } } } },
    },
  })
}
