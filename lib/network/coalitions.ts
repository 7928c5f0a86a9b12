// Public reads of coalitions and networks (which may span several hubs).
import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

const coalitionCard = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  scope: true,
  description: true,
  coordinatingHub: { select: { slug: true, name: true } },
  _count: { select: { cityMemberships: { where: { leftAt: null } } } },
} satisfies Prisma.CoalitionSelect

export type CoalitionCard = Prisma.CoalitionGetPayload<{ select: typeof coalitionCard }>

export function listCoalitions(): Promise<CoalitionCard[]> {
  return db.coalition.findMany({ select: coalitionCard, orderBy: { name: 'asc' } })
}

const coalitionDetail = {
  ...coalitionCard,
  language: true,
  hubLinks: {
    orderBy: { hub: { name: 'asc' } },
    select: { role: true, hub: { select: { slug: true, name: true } } },
  },
  cityMemberships: {
    where: { leftAt: null },
    orderBy: { city: { name: 'asc' } },
    select: { joinedAt: true, city: { select: { slug: true, name: true, countryCode: true, region: true } } },
  },
} satisfies Prisma.CoalitionSelect

export type CoalitionDetail = Prisma.CoalitionGetPayload<{ select: typeof coalitionDetail }>

export function findCoalitionBySlug(slug: string): Promise<CoalitionDetail | null> {
  return db.coalition.findUnique({ where: { slug }, select: coalitionDetail })
}
