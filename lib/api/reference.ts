// Bodies of the network endpoints (hubs, coalitions, cities, topics).
import 'server-only'
import { listCitiesForApi, listCoalitionsForApi, listHubsForApi, listTopicsForApi } from '@/lib/library/reference'
import { defaultLocale } from '@/lib/i18n/config'
import { localeUrl } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'
import type { ApiCity, ApiCoalition, ApiHub, ApiTopic } from './schemas'

export async function hubList(): Promise<{ items: ApiHub[] }> {
  const rows = await listHubsForApi()
  return {
    items: rows.map((hub) => ({
      slug: hub.slug,
      url: localeUrl(siteUrl(), defaultLocale, `/hubs/${hub.slug}`),
      name: hub.name,
      region: hub.region,
      description: hub.description,
      memberCities: hub._count.cityMemberships,
    })),
  }
}

export async function coalitionList(): Promise<{ items: ApiCoalition[] }> {
  const rows = await listCoalitionsForApi()
  return {
    items: rows.map((coalition) => ({
      slug: coalition.slug,
      url: localeUrl(siteUrl(), defaultLocale, `/coalitions/${coalition.slug}`),
      name: coalition.name,
      kind: coalition.kind,
      scope: coalition.scope,
      description: coalition.description,
      coordinatingHub: coalition.coordinatingHub?.slug ?? null,
      hubs: coalition.hubLinks.map((link) => ({ slug: link.hub.slug, role: link.role })),
      memberCities: coalition._count.cityMemberships,
    })),
  }
}

export async function cityList(): Promise<{ items: ApiCity[] }> {
  const rows = await listCitiesForApi()
  return {
    items: rows.map((city) => ({
      slug: city.slug,
      url: localeUrl(siteUrl(), defaultLocale, `/cities/${city.slug}`),
      name: city.name,
      countryCode: city.countryCode,
      region: city.region,
      population: city.population,
      latitude: city.latitude,
      longitude: city.longitude,
      hubs: city.hubMemberships.map(({ hub }) => hub.slug),
      coalitions: city.coalitionMemberships.map(({ coalition }) => coalition.slug),
    })),
  }
}

export async function topicList(): Promise<{ items: ApiTopic[] }> {
  const rows = await listTopicsForApi()
  return {
    items: rows.map((topic) => ({
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      parent: topic.parent?.slug ?? null,
    })),
  }
}
