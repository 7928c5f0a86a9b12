// Hubs, coalitions, topics and cities with the fields their edit forms need.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { requireAdmin } from './shared'

export async function listNetworkForAdmin(held: Actor | null) {
  await requireAdmin(held, 'network.manage')
  const [hubs, coalitions, topics, cities] = await Promise.all([
    db.hub.findMany({ orderBy: { name: 'asc' }, select: { slug: true, name: true, region: true, description: true, contactEmail: true } }),
    db.coalition.findMany({
      orderBy: { name: 'asc' },
      select: { slug: true, name: true, kind: true, scope: true, description: true, coordinatingHub: { select: { slug: true } } },
    }),
    db.topic.findMany({
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true, description: true, parent: { select: { slug: true } } },
    }),
    db.city.findMany({
      orderBy: [{ name: 'asc' }],
      select: { slug: true, name: true, countryCode: true, region: true, population: true, latitude: true, longitude: true },
    }),
  ])
  return { hubs, coalitions, topics, cities }
}
