// People in roles, each returned with the Actor the server would build for them, plus a
// snapshot of the membership tables for "refused, and nothing changed" assertions.
import { expect } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CityOfficialStatus, CityRole, HubRoleKind } from '@/lib/generated/prisma/enums'
import { createCity, createCoalition, createHub, createUser } from './index'

type UserOverrides = Partial<Prisma.UserUncheckedCreateInput>

export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId)
  if (!actor) throw new Error(`no user ${userId}`)
  return actor
}

async function withActor<T extends { id: string }>(user: T) {
  return { user, actor: await actorFor(user.id) }
}

export async function createCityMember(
  cityId: string,
  { role = 'OFFICIAL', status = 'ACTIVE', user: userOverrides = {} }: {
    role?: CityRole
    status?: CityOfficialStatus
    user?: UserOverrides
  } = {},
) {
  const user = await createUser(userOverrides)
  const membership = await db.cityOfficial.create({
    data: {
      userId: user.id,
      cityId,
      role,
      status,
      decidedAt: status === 'PENDING' ? null : new Date(),
      endedAt: status === 'DECLINED' || status === 'REMOVED' ? new Date() : null,
    },
  })
  return { ...(await withActor(user)), membership }
}

export function createFocalPoint(cityId: string, user: UserOverrides = {}) {
  return createCityMember(cityId, { role: 'FOCAL_POINT', status: 'ACTIVE', user })
}

export function createOfficial(cityId: string, status: CityOfficialStatus = 'ACTIVE', user: UserOverrides = {}) {
  return createCityMember(cityId, { role: 'OFFICIAL', status, user })
}

async function createHubStaff(hubId: string, role: HubRoleKind, userOverrides: UserOverrides) {
  const user = await createUser(userOverrides)
  await db.hubRole.create({ data: { userId: user.id, hubId, role } })
  return withActor(user)
}

export function createHubOfficer(hubId: string, user: UserOverrides = {}) {
  return createHubStaff(hubId, 'OFFICER', user)
}

export function createHubManager(hubId: string, user: UserOverrides = {}) {
  return createHubStaff(hubId, 'MANAGER', user)
}

export async function createAdmin(user: UserOverrides = {}) {
  return withActor(await createUser({ ...user, isNetworkAdmin: true }))
}

export async function createUnattachedUser(user: UserOverrides = {}) {
  return withActor(await createUser(user))
}

/** Suspends a user in the database; the caller may keep using an Actor loaded before. */
export async function suspendUser(userId: string) {
  await db.user.update({
    where: { id: userId },
    data: { status: 'SUSPENDED', suspendedReason: 'Test suspension', sessionVersion: { increment: 1 } },
  })
}

/**
 * A suspended person in a role. `stale` is the Actor loaded before the suspension (still
 * claiming ACTIVE, as an object held across the change would); `actor` is loaded after it.
 */
export async function createSuspended(
  kind:
    | { focalPointOf: string }
    | { officialOf: string }
    | { managerOf: string }
    | { officerOf: string }
    | { admin: true },
) {
  const created =
    'focalPointOf' in kind
      ? await createFocalPoint(kind.focalPointOf)
      : 'officialOf' in kind
        ? await createOfficial(kind.officialOf)
        : 'managerOf' in kind
          ? await createHubManager(kind.managerOf)
          : 'officerOf' in kind
            ? await createHubOfficer(kind.officerOf)
            : await createAdmin()
  await suspendUser(created.user.id)
  return { user: created.user, stale: created.actor, actor: await actorFor(created.user.id) }
}

/** Everything the membership services may write, in a comparable form. */
export async function membershipSnapshot() {
  const [joinRequests, hubMemberships, coalitionMemberships, cityOfficials, hubRoles, auditLogs, notifications] =
    await Promise.all([
      db.joinRequest.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, status: true, decidedById: true, decidedAt: true, decisionReason: true },
      }),
      db.cityHubMembership.findMany({ orderBy: { id: 'asc' }, select: { id: true, cityId: true, hubId: true, leftAt: true } }),
      db.cityCoalitionMembership.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, cityId: true, coalitionId: true, leftAt: true },
      }),
      db.cityOfficial.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, userId: true, cityId: true, role: true, status: true, reason: true, endedAt: true },
      }),
      db.hubRole.findMany({ orderBy: { id: 'asc' }, select: { id: true, userId: true, hubId: true, role: true } }),
      db.auditLog.count(),
      db.notification.count(),
    ])
  return { joinRequests, hubMemberships, coalitionMemberships, cityOfficials, hubRoles, auditLogs, notifications }
}

/**
 * The network most membership tests start from: city A in hub X, city B in hub Y, a coalition
 * coordinated by X and one without a coordinating hub (decided by network admins).
 */
export async function createNetwork() {
  const hubX = await createHub()
  const hubY = await createHub()
  const coalition = await createCoalition({ coordinatingHubId: hubX.id })
  const orphanCoalition = await createCoalition()
  const cityA = await createCity({}, { hubIds: [hubX.id] })
  const cityB = await createCity({}, { hubIds: [hubY.id] })
  return { hubX, hubY, coalition, orphanCoalition, cityA, cityB }
}
export type TestNetwork = Awaited<ReturnType<typeof createNetwork>>

export const actorKinds = [
  'anonymous',
  'unattached',
  'pendingOfficialA',
  'officialA',
  'focalPointA',
  'focalPointB',
  'officerX',
  'managerX',
  'managerY',
  'admin',
  /** Suspended after its Actor was loaded: the held object still says ACTIVE. */
  'suspendedFocalPointA',
  'suspendedManagerX',
  'suspendedAdmin',
  'suspendedUnattached',
] as const
export type ActorKind = (typeof actorKinds)[number]

/** A fresh person of the given kind in `network`; null for anonymous. */
export async function actorOfKind(kind: ActorKind, network: TestNetwork): Promise<Actor | null> {
  const { cityA, cityB, hubX, hubY } = network
  switch (kind) {
    case 'anonymous':
      return null
    case 'unattached':
      return (await createUnattachedUser()).actor
    case 'pendingOfficialA':
      return (await createOfficial(cityA.id, 'PENDING')).actor
    case 'officialA':
      return (await createOfficial(cityA.id)).actor
    case 'focalPointA':
      return (await createFocalPoint(cityA.id)).actor
    case 'focalPointB':
      return (await createFocalPoint(cityB.id)).actor
    case 'officerX':
      return (await createHubOfficer(hubX.id)).actor
    case 'managerX':
      return (await createHubManager(hubX.id)).actor
    case 'managerY':
      return (await createHubManager(hubY.id)).actor
    case 'admin':
      return (await createAdmin()).actor
    case 'suspendedFocalPointA':
      return (await createSuspended({ focalPointOf: cityA.id })).stale
    case 'suspendedManagerX':
      return (await createSuspended({ managerOf: hubX.id })).stale
    case 'suspendedAdmin':
      return (await createSuspended({ admin: true })).stale
    case 'suspendedUnattached': {
      const { user, actor } = await createUnattachedUser()
      await suspendUser(user.id)
      return actor
    }
  }
}

/** The code a refused kind gets: anonymous is asked to sign in, everyone else is forbidden. */
export const refusalCode = (kind: ActorKind) => (kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN')

/** The call is refused with this code, and no membership-related row changed. */
export async function expectRefusedUnchanged(run: () => Promise<unknown>, code: string) {
  const before = await membershipSnapshot()
  await expect(run()).rejects.toMatchObject({ code })
  expect(await membershipSnapshot()).toEqual(before)
}
