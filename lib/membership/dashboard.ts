// What a signed-in person sees first: their city (with its hubs, coalitions and open join
// requests) and what awaits their decision. The queues mirror the permission rules in SQL and
// are then filtered through `can`, so the dashboard never offers a decision the service refuses.
//
// Decisions: a pending official sees their city's name and memberships (public anyway) but not
// its open join requests. Each queue shows the oldest 100 items; the rest follow as those are
// decided. Only names of other people are returned, never their e-mail addresses.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CityRole, JoinTarget } from '@/lib/generated/prisma/enums'
import { requireCurrentActor } from '@/lib/service/kernel'

const QUEUE_LIMIT = 100

export type DashboardJoinRequest = {
  id: string
  target: JoinTarget
  targetName: string
  targetSlug: string
  motivation: string
  createdAt: Date
}

export type DashboardCity = {
  name: string
  slug: string
  role: CityRole
  status: 'ACTIVE' | 'PENDING'
  hubs: { slug: string; name: string }[]
  coalitions: { slug: string; name: string }[]
  pendingJoinRequests: DashboardJoinRequest[]
}

export type JoinRequestToDecide = DashboardJoinRequest & { cityName: string; citySlug: string; requesterName: string | null }

export type CityTeamRequestToDecide = { id: string; cityName: string; citySlug: string; requesterName: string; createdAt: Date }

export type Dashboard = {
  city: DashboardCity | null
  awaitingDecision: { joinRequests: JoinRequestToDecide[]; cityTeamRequests: CityTeamRequestToDecide[] }
}

const cityOverview = {
  name: true,
  slug: true,
  hubMemberships: { where: { leftAt: null }, orderBy: { hub: { name: 'asc' } }, select: { hub: { select: { slug: true, name: true } } } },
  coalitionMemberships: {
    where: { leftAt: null },
    orderBy: { coalition: { name: 'asc' } },
    select: { coalition: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.CitySelect

const joinRequestItem = {
  id: true,
  target: true,
  motivation: true,
  createdAt: true,
  hubId: true,
  hub: { select: { slug: true, name: true } },
  coalition: { select: { slug: true, name: true, coordinatingHubId: true } },
  city: { select: { name: true, slug: true } },
  requestedBy: { select: { name: true } },
} satisfies Prisma.JoinRequestSelect

type JoinRequestRow = Prisma.JoinRequestGetPayload<{ select: typeof joinRequestItem }>

const cityTeamRequestItem = {
  id: true,
  cityId: true,
  createdAt: true,
  user: { select: { name: true } },
  city: { select: { name: true, slug: true, hubMemberships: { where: { leftAt: null }, select: { hubId: true } } } },
} satisfies Prisma.CityOfficialSelect

function toDashboardJoinRequest(row: JoinRequestRow): DashboardJoinRequest {
  return {
    id: row.id,
    target: row.target,
    targetName: row.hub?.name ?? row.coalition?.name ?? '',
    targetSlug: row.hub?.slug ?? row.coalition?.slug ?? '',
    motivation: row.motivation,
    createdAt: row.createdAt,
  }
}

async function loadCity(actor: Actor): Promise<DashboardCity | null> {
  if (!actor.city) return null
  const isActive = actor.city.status === 'ACTIVE'
  const [city, pending] = await Promise.all([
    db.city.findUnique({ where: { id: actor.city.id }, select: cityOverview }),
    isActive
      ? db.joinRequest.findMany({
          where: { cityId: actor.city.id, status: 'PENDING' },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: joinRequestItem,
        })
      : Promise.resolve([]),
  ])
  if (!city) return null
  return {
    name: city.name,
    slug: city.slug,
    role: actor.city.role,
    status: actor.city.status,
    hubs: city.hubMemberships.map((m) => m.hub),
    coalitions: city.coalitionMemberships.map((m) => m.coalition),
    pendingJoinRequests: pending.map(toDashboardJoinRequest),
  }
}

async function joinRequestsToDecide(actor: Actor): Promise<JoinRequestToDecide[]> {
  const managedHubIds = actor.hubRoles.filter((role) => role.role === 'MANAGER').map((role) => role.hubId)
  if (!actor.isNetworkAdmin && !managedHubIds.length) return []
  const rows = await db.joinRequest.findMany({
    where: {
      status: 'PENDING',
      ...(actor.isNetworkAdmin
        ? {}
        : { OR: [{ hubId: { in: managedHubIds } }, { coalition: { coordinatingHubId: { in: managedHubIds } } }] }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: QUEUE_LIMIT,
    select: joinRequestItem,
  })
  return rows
    .filter((row) => can(actor, 'joinRequest.decide', { hubId: row.hubId ?? row.coalition?.coordinatingHubId ?? null }))
    .map((row) => ({
      ...toDashboardJoinRequest(row),
      cityName: row.city.name,
      citySlug: row.city.slug,
      requesterName: row.requestedBy?.name ?? null,
    }))
}

async function cityTeamRequestsToDecide(actor: Actor): Promise<CityTeamRequestToDecide[]> {
  const focalPointCityId =
    actor.city?.status === 'ACTIVE' && actor.city.role === 'FOCAL_POINT' ? actor.city.id : null
  const staffHubIds = actor.hubRoles.map((role) => role.hubId)
  const scopes: Prisma.CityOfficialWhereInput[] = []
  if (focalPointCityId) scopes.push({ cityId: focalPointCityId })
  if (staffHubIds.length) scopes.push({ city: { hubMemberships: { some: { leftAt: null, hubId: { in: staffHubIds } } } } })
  if (!actor.isNetworkAdmin && !scopes.length) return []
  const rows = await db.cityOfficial.findMany({
    where: {
      status: 'PENDING',
      // Nobody decides their own request.
      userId: { not: actor.id },
      ...(actor.isNetworkAdmin ? {} : { OR: scopes }),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: QUEUE_LIMIT,
    select: cityTeamRequestItem,
  })
  return rows
    .filter((row) =>
      can(actor, 'cityTeam.decide', { cityId: row.cityId, cityHubIds: row.city.hubMemberships.map((m) => m.hubId) }),
    )
    .map((row) => ({
      id: row.id,
      cityName: row.city.name,
      citySlug: row.city.slug,
      requesterName: row.user.name,
      createdAt: row.createdAt,
    }))
}

export async function getDashboard(heldActor: Actor | null): Promise<Dashboard> {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'dashboard.view')
  const [city, joinRequests, cityTeamRequests] = await Promise.all([
    loadCity(actor),
    joinRequestsToDecide(actor),
    cityTeamRequestsToDecide(actor),
  ])
  return { city, awaitingDecision: { joinRequests, cityTeamRequests } }
}
