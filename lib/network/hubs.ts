// Public reads of the regional hubs. Only current memberships (leftAt IS NULL) are shown.
import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

const hubCard = {
  id: true,
  slug: true,
  name: true,
  region: true,
  description: true,
  _count: {
    select: {
      cityMemberships: { where: { leftAt: null } },
      coalitionLinks: true,
    },
  },
} satisfies Prisma.HubSelect

export type HubCard = Prisma.HubGetPayload<{ select: typeof hubCard }>

export function listHubs(): Promise<HubCard[]> {
  return db.hub.findMany({ select: hubCard, orderBy: { name: 'asc' } })
}

const hubDetail = {
  id: true,
  slug: true,
  name: true,
  region: true,
  description: true,
  language: true,
  contactEmail: true,
  cityMemberships: {
    where: { leftAt: null },
    orderBy: { city: { name: 'asc' } },
    select: {
      joinedAt: true,
      city: { select: { slug: true, name: true, countryCode: true, region: true, population: true } },
    },
  },
  coalitionLinks: {
    orderBy: { coalition: { name: 'asc' } },
    select: { role: true, coalition: { select: { slug: true, name: true, kind: true, scope: true } } },
  },
  roles: {
    orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
    where: { user: { status: 'ACTIVE' } },
    select: { role: true, user: { select: { id: true, name: true, jobTitle: true } } },
  },
} satisfies Prisma.HubSelect

export type HubDetail = Prisma.HubGetPayload<{ select: typeof hubDetail }>

export function findHubBySlug(slug: string): Promise<HubDetail | null> {
  return db.hub.findUnique({ where: { slug }, select: hubDetail })
}
