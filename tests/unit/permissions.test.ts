// The permission matrix, kept as data: one row per (actor kind, permission, resource state).
// A (permission × actor kind) pair without a row fails the completeness check, so a new
// permission or actor kind cannot ship untested.
import { describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { can, permissions, requirePermission, type Permission, type PermissionContext } from '@/lib/auth/permissions'

const CITY_A = 'city-a'
const CITY_B = 'city-b'
const HUB_X = 'hub-x' // city A is in hub X
const HUB_Y = 'hub-y' // city B is in hub Y

function person(overrides: Partial<Actor>): Actor {
  return {
    id: 'user',
    email: 'user@example.org',
    name: 'User',
    status: 'ACTIVE',
    isNetworkAdmin: false,
    sessionVersion: 0,
    city: null,
    hubRoles: [],
    ...overrides,
  }
}

const cityA = { id: CITY_A, slug: 'city-a', name: 'City A', hubIds: [HUB_X] }
const cityB = { id: CITY_B, slug: 'city-b', name: 'City B', hubIds: [HUB_Y] }

const actors = {
  anonymous: null,
  suspendedFocalPointA: person({ status: 'SUSPENDED', city: { ...cityA, role: 'FOCAL_POINT', status: 'ACTIVE' } }),
  pendingOfficialA: person({ city: { ...cityA, role: 'OFFICIAL', status: 'PENDING' } }),
  officialA: person({ city: { ...cityA, role: 'OFFICIAL', status: 'ACTIVE' } }),
  focalPointA: person({ city: { ...cityA, role: 'FOCAL_POINT', status: 'ACTIVE' } }),
  focalPointB: person({ city: { ...cityB, role: 'FOCAL_POINT', status: 'ACTIVE' } }),
  officerX: person({ hubRoles: [{ hubId: HUB_X, hubSlug: 'hub-x', role: 'OFFICER' }] }),
  managerX: person({ hubRoles: [{ hubId: HUB_X, hubSlug: 'hub-x', role: 'MANAGER' }] }),
  managerY: person({ hubRoles: [{ hubId: HUB_Y, hubSlug: 'hub-y', role: 'MANAGER' }] }),
  admin: person({ isNetworkAdmin: true }),
} satisfies Record<string, Actor | null>
type ActorKind = keyof typeof actors
const actorKinds = Object.keys(actors) as ActorKind[]

const contexts = {
  none: {},
  'city A': { cityId: CITY_A },
  'city B': { cityId: CITY_B },
  'hub X': { hubId: HUB_X },
  'hub Y': { hubId: HUB_Y },
  'no deciding hub': { hubId: null },
  'city A in hub X': { cityId: CITY_A, cityHubIds: [HUB_X] },
  'city B in hub Y': { cityId: CITY_B, cityHubIds: [HUB_Y] },
  'city A, hubs unknown': { cityId: CITY_A },
  // Case studies: every test person has the id 'user'; 'author' is someone else.
  'case of city A': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: ['author'], createdById: 'author' },
  'case of city B': { cityId: CITY_B, cityHubIds: [HUB_Y], authorIds: ['author'], createdById: 'author' },
  'case of city A co-written by the actor': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: ['author', 'user'], createdById: 'author' },
  'case of city A created by the actor': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: [], createdById: 'user' },
  'case of city A, authors unknown': { cityId: CITY_A, cityHubIds: [HUB_X] },
  // Messaging: a city and a hub it belongs to (or not); a conversation between a hub and cities.
  'city A and hub X': { cityId: CITY_A, hubId: HUB_X, cityHubIds: [HUB_X] },
  'city A and hub Y': { cityId: CITY_A, hubId: HUB_Y, cityHubIds: [HUB_X] },
  'city B and hub Y': { cityId: CITY_B, hubId: HUB_Y, cityHubIds: [HUB_Y] },
  'conversation of city A with hub X': { hubId: HUB_X, conversationCityIds: [CITY_A] },
  'conversation of city B with hub Y': { hubId: HUB_Y, conversationCityIds: [CITY_B] },
  'conversation, cities unknown': { hubId: HUB_X },
  // Translations: of a case study of city A (translated by someone else, by the actor, by a
  // machine, or by nobody known), and of hub X's description.
  'translation of case of city A by another': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: ['author'], createdById: 'author', translatorId: 'author' },
  'translation of case of city A by the actor': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: ['author'], createdById: 'author', translatorId: 'user' },
  'machine translation of case of city A': { cityId: CITY_A, cityHubIds: [HUB_X], authorIds: ['author'], createdById: 'author', translatorId: null },
  'translation of hub X by another': { hubId: HUB_X, translatorId: 'author' },
  'translation of hub X by the actor': { hubId: HUB_X, translatorId: 'user' },
} satisfies Record<string, PermissionContext>
type ContextName = keyof typeof contexts

type Row = [ActorKind, Permission, ContextName, 'allow' | 'deny']

const matrix: Row[] = [
  // Everyone signed in and not suspended has a dashboard.
  ['anonymous',            'dashboard.view', 'none', 'deny'],
  ['suspendedFocalPointA', 'dashboard.view', 'none', 'deny'],
  ['pendingOfficialA',     'dashboard.view', 'none', 'allow'],
  ['officialA',            'dashboard.view', 'none', 'allow'],
  ['focalPointA',          'dashboard.view', 'none', 'allow'],
  ['focalPointB',          'dashboard.view', 'none', 'allow'],
  ['officerX',             'dashboard.view', 'none', 'allow'],
  ['managerX',             'dashboard.view', 'none', 'allow'],
  ['managerY',             'dashboard.view', 'none', 'allow'],
  ['admin',                'dashboard.view', 'none', 'allow'],

  // Only the city's active focal point asks to join a hub: not officials, hubs or admins.
  ['anonymous',            'hubJoinRequest.create', 'city A', 'deny'],
  ['suspendedFocalPointA', 'hubJoinRequest.create', 'city A', 'deny'],
  ['pendingOfficialA',     'hubJoinRequest.create', 'city A', 'deny'],
  ['officialA',            'hubJoinRequest.create', 'city A', 'deny'],
  ['focalPointA',          'hubJoinRequest.create', 'city A', 'allow'],
  ['focalPointA',          'hubJoinRequest.create', 'city B', 'deny'],
  ['focalPointA',          'hubJoinRequest.create', 'none', 'deny'],
  ['focalPointB',          'hubJoinRequest.create', 'city A', 'deny'],
  ['focalPointB',          'hubJoinRequest.create', 'city B', 'allow'],
  ['officerX',             'hubJoinRequest.create', 'city A', 'deny'],
  ['managerX',             'hubJoinRequest.create', 'city A', 'deny'],
  ['managerY',             'hubJoinRequest.create', 'city A', 'deny'],
  ['admin',                'hubJoinRequest.create', 'city A', 'deny'],

  ['anonymous',            'coalitionJoinRequest.create', 'city A', 'deny'],
  ['suspendedFocalPointA', 'coalitionJoinRequest.create', 'city A', 'deny'],
  ['pendingOfficialA',     'coalitionJoinRequest.create', 'city A', 'deny'],
  ['officialA',            'coalitionJoinRequest.create', 'city A', 'deny'],
  ['focalPointA',          'coalitionJoinRequest.create', 'city A', 'allow'],
  ['focalPointA',          'coalitionJoinRequest.create', 'city B', 'deny'],
  ['focalPointB',          'coalitionJoinRequest.create', 'city A', 'deny'],
  ['officerX',             'coalitionJoinRequest.create', 'city A', 'deny'],
  ['managerX',             'coalitionJoinRequest.create', 'city A', 'deny'],
  ['managerY',             'coalitionJoinRequest.create', 'city A', 'deny'],
  ['admin',                'coalitionJoinRequest.create', 'city A', 'deny'],

  // A request of city A is withdrawn by city A's focal point only.
  ['anonymous',            'joinRequest.withdraw', 'city A', 'deny'],
  ['suspendedFocalPointA', 'joinRequest.withdraw', 'city A', 'deny'],
  ['pendingOfficialA',     'joinRequest.withdraw', 'city A', 'deny'],
  ['officialA',            'joinRequest.withdraw', 'city A', 'deny'],
  ['focalPointA',          'joinRequest.withdraw', 'city A', 'allow'],
  ['focalPointA',          'joinRequest.withdraw', 'city B', 'deny'],
  ['focalPointB',          'joinRequest.withdraw', 'city A', 'deny'],
  ['officerX',             'joinRequest.withdraw', 'city A', 'deny'],
  ['managerX',             'joinRequest.withdraw', 'city A', 'deny'],
  ['managerY',             'joinRequest.withdraw', 'city A', 'deny'],
  ['admin',                'joinRequest.withdraw', 'city A', 'deny'],

  // The deciding hub's managers decide; officers do not; a coalition without a hub is the admins'.
  ['anonymous',            'joinRequest.decide', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'joinRequest.decide', 'hub X', 'deny'],
  ['pendingOfficialA',     'joinRequest.decide', 'hub X', 'deny'],
  ['officialA',            'joinRequest.decide', 'hub X', 'deny'],
  ['focalPointA',          'joinRequest.decide', 'hub X', 'deny'],
  ['focalPointB',          'joinRequest.decide', 'hub X', 'deny'],
  ['officerX',             'joinRequest.decide', 'hub X', 'deny'],
  ['managerX',             'joinRequest.decide', 'hub X', 'allow'],
  ['managerX',             'joinRequest.decide', 'hub Y', 'deny'],
  ['managerX',             'joinRequest.decide', 'no deciding hub', 'deny'],
  ['managerX',             'joinRequest.decide', 'none', 'deny'],
  ['managerY',             'joinRequest.decide', 'hub X', 'deny'],
  ['managerY',             'joinRequest.decide', 'hub Y', 'allow'],
  ['admin',                'joinRequest.decide', 'hub X', 'allow'],
  ['admin',                'joinRequest.decide', 'no deciding hub', 'allow'],

  ['anonymous',            'membership.leave', 'city A', 'deny'],
  ['suspendedFocalPointA', 'membership.leave', 'city A', 'deny'],
  ['pendingOfficialA',     'membership.leave', 'city A', 'deny'],
  ['officialA',            'membership.leave', 'city A', 'deny'],
  ['focalPointA',          'membership.leave', 'city A', 'allow'],
  ['focalPointA',          'membership.leave', 'city B', 'deny'],
  ['focalPointB',          'membership.leave', 'city A', 'deny'],
  ['officerX',             'membership.leave', 'city A', 'deny'],
  ['managerX',             'membership.leave', 'city A', 'deny'],
  ['managerY',             'membership.leave', 'city A', 'deny'],
  ['admin',                'membership.leave', 'city A', 'deny'],

  // Anyone not yet in (or waiting for) a city team may ask to join one.
  ['anonymous',            'cityTeam.request', 'none', 'deny'],
  ['suspendedFocalPointA', 'cityTeam.request', 'none', 'deny'],
  ['pendingOfficialA',     'cityTeam.request', 'none', 'deny'],
  ['officialA',            'cityTeam.request', 'none', 'deny'],
  ['focalPointA',          'cityTeam.request', 'none', 'deny'],
  ['focalPointB',          'cityTeam.request', 'none', 'deny'],
  ['officerX',             'cityTeam.request', 'none', 'allow'],
  ['managerX',             'cityTeam.request', 'none', 'allow'],
  ['managerY',             'cityTeam.request', 'none', 'allow'],
  ['admin',                'cityTeam.request', 'none', 'allow'],

  // The city's focal point, officers and managers of the city's hubs, and admins decide.
  ['anonymous',            'cityTeam.decide', 'city A in hub X', 'deny'],
  ['suspendedFocalPointA', 'cityTeam.decide', 'city A in hub X', 'deny'],
  ['pendingOfficialA',     'cityTeam.decide', 'city A in hub X', 'deny'],
  ['officialA',            'cityTeam.decide', 'city A in hub X', 'deny'],
  ['focalPointA',          'cityTeam.decide', 'city A in hub X', 'allow'],
  ['focalPointA',          'cityTeam.decide', 'city B in hub Y', 'deny'],
  ['focalPointB',          'cityTeam.decide', 'city A in hub X', 'deny'],
  ['focalPointB',          'cityTeam.decide', 'city B in hub Y', 'allow'],
  ['officerX',             'cityTeam.decide', 'city A in hub X', 'allow'],
  ['officerX',             'cityTeam.decide', 'city B in hub Y', 'deny'],
  ['officerX',             'cityTeam.decide', 'city A, hubs unknown', 'deny'],
  ['managerX',             'cityTeam.decide', 'city A in hub X', 'allow'],
  ['managerX',             'cityTeam.decide', 'city B in hub Y', 'deny'],
  ['managerY',             'cityTeam.decide', 'city A in hub X', 'deny'],
  ['managerY',             'cityTeam.decide', 'city B in hub Y', 'allow'],
  ['admin',                'cityTeam.decide', 'city A in hub X', 'allow'],
  ['admin',                'cityTeam.decide', 'none', 'allow'],

  ['anonymous',            'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['suspendedFocalPointA', 'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['pendingOfficialA',     'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['officialA',            'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['focalPointA',          'cityTeam.addFocalPoint', 'city A', 'allow'],
  ['focalPointA',          'cityTeam.addFocalPoint', 'city B', 'deny'],
  ['focalPointB',          'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['officerX',             'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['managerX',             'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['managerY',             'cityTeam.addFocalPoint', 'city A', 'deny'],
  ['admin',                'cityTeam.addFocalPoint', 'city A', 'allow'],

  ['anonymous',            'cityTeam.removeOfficial', 'city A', 'deny'],
  ['suspendedFocalPointA', 'cityTeam.removeOfficial', 'city A', 'deny'],
  ['pendingOfficialA',     'cityTeam.removeOfficial', 'city A', 'deny'],
  ['officialA',            'cityTeam.removeOfficial', 'city A', 'deny'],
  ['focalPointA',          'cityTeam.removeOfficial', 'city A', 'allow'],
  ['focalPointA',          'cityTeam.removeOfficial', 'city B', 'deny'],
  ['focalPointB',          'cityTeam.removeOfficial', 'city A', 'deny'],
  ['officerX',             'cityTeam.removeOfficial', 'city A', 'deny'],
  ['managerX',             'cityTeam.removeOfficial', 'city A', 'deny'],
  ['managerY',             'cityTeam.removeOfficial', 'city A', 'deny'],
  ['admin',                'cityTeam.removeOfficial', 'city A', 'allow'],

  // Hub roles are the network admins' alone.
  ['anonymous',            'hubRole.appoint', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'hubRole.appoint', 'hub X', 'deny'],
  ['pendingOfficialA',     'hubRole.appoint', 'hub X', 'deny'],
  ['officialA',            'hubRole.appoint', 'hub X', 'deny'],
  ['focalPointA',          'hubRole.appoint', 'hub X', 'deny'],
  ['focalPointB',          'hubRole.appoint', 'hub X', 'deny'],
  ['officerX',             'hubRole.appoint', 'hub X', 'deny'],
  ['managerX',             'hubRole.appoint', 'hub X', 'deny'],
  ['managerY',             'hubRole.appoint', 'hub X', 'deny'],
  ['admin',                'hubRole.appoint', 'hub X', 'allow'],

  ['anonymous',            'hubRole.remove', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'hubRole.remove', 'hub X', 'deny'],
  ['pendingOfficialA',     'hubRole.remove', 'hub X', 'deny'],
  ['officialA',            'hubRole.remove', 'hub X', 'deny'],
  ['focalPointA',          'hubRole.remove', 'hub X', 'deny'],
  ['focalPointB',          'hubRole.remove', 'hub X', 'deny'],
  ['officerX',             'hubRole.remove', 'hub X', 'deny'],
  ['managerX',             'hubRole.remove', 'hub X', 'deny'],
  ['managerY',             'hubRole.remove', 'hub X', 'deny'],
  ['admin',                'hubRole.remove', 'hub X', 'allow'],

  // Case studies are created by the active officials of their city (focal points included).
  ['anonymous',            'caseStudy.create', 'city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.create', 'city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.create', 'city A', 'deny'],
  ['officialA',            'caseStudy.create', 'city A', 'allow'],
  ['officialA',            'caseStudy.create', 'city B', 'deny'],
  ['officialA',            'caseStudy.create', 'none', 'deny'],
  ['focalPointA',          'caseStudy.create', 'city A', 'allow'],
  ['focalPointB',          'caseStudy.create', 'city A', 'deny'],
  ['focalPointB',          'caseStudy.create', 'city B', 'allow'],
  ['officerX',             'caseStudy.create', 'city A', 'deny'],
  ['managerX',             'caseStudy.create', 'city A', 'deny'],
  ['managerY',             'caseStudy.create', 'city A', 'deny'],
  ['admin',                'caseStudy.create', 'city A', 'deny'],

  // Any active official of the city co-edits, whoever wrote it; reviewers and admins do not.
  ['anonymous',            'caseStudy.edit', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.edit', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.edit', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.edit', 'case of city A', 'allow'],
  ['officialA',            'caseStudy.edit', 'case of city B', 'deny'],
  ['focalPointA',          'caseStudy.edit', 'case of city A', 'allow'],
  ['focalPointB',          'caseStudy.edit', 'case of city A', 'deny'],
  ['focalPointB',          'caseStudy.edit', 'case of city A co-written by the actor', 'deny'],
  ['officerX',             'caseStudy.edit', 'case of city A', 'deny'],
  ['managerX',             'caseStudy.edit', 'case of city A', 'deny'],
  ['managerY',             'caseStudy.edit', 'case of city A', 'deny'],
  ['admin',                'caseStudy.edit', 'case of city A', 'deny'],

  ['anonymous',            'caseStudy.submit', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.submit', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.submit', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.submit', 'case of city A', 'allow'],
  ['officialA',            'caseStudy.submit', 'case of city B', 'deny'],
  ['focalPointA',          'caseStudy.submit', 'case of city A', 'allow'],
  ['focalPointB',          'caseStudy.submit', 'case of city A', 'deny'],
  ['officerX',             'caseStudy.submit', 'case of city A', 'deny'],
  ['managerX',             'caseStudy.submit', 'case of city A', 'deny'],
  ['managerY',             'caseStudy.submit', 'case of city A', 'deny'],
  ['admin',                'caseStudy.submit', 'case of city A', 'deny'],

  // Drafts are seen by the city's officials, their authors (even after moving city), the
  // reviewers of the city's hubs and network admins.
  ['anonymous',            'caseStudy.viewDraft', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.viewDraft', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.viewDraft', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.viewDraft', 'case of city A', 'allow'],
  ['officialA',            'caseStudy.viewDraft', 'case of city B', 'deny'],
  ['focalPointA',          'caseStudy.viewDraft', 'case of city A', 'allow'],
  ['focalPointB',          'caseStudy.viewDraft', 'case of city A', 'deny'],
  ['focalPointB',          'caseStudy.viewDraft', 'case of city A co-written by the actor', 'allow'],
  ['focalPointB',          'caseStudy.viewDraft', 'case of city A created by the actor', 'allow'],
  ['officerX',             'caseStudy.viewDraft', 'case of city A', 'allow'],
  ['officerX',             'caseStudy.viewDraft', 'case of city B', 'deny'],
  ['officerX',             'caseStudy.viewDraft', 'city A, hubs unknown', 'deny'],
  ['managerX',             'caseStudy.viewDraft', 'case of city A', 'allow'],
  ['managerY',             'caseStudy.viewDraft', 'case of city A', 'deny'],
  ['managerY',             'caseStudy.viewDraft', 'case of city B', 'allow'],
  ['admin',                'caseStudy.viewDraft', 'case of city A', 'allow'],
  ['admin',                'caseStudy.viewDraft', 'none', 'allow'],

  // The review thread: the city's officials and the reviewers of its hubs.
  ['anonymous',            'caseStudy.comment', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.comment', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.comment', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.comment', 'case of city A', 'allow'],
  ['focalPointA',          'caseStudy.comment', 'case of city A', 'allow'],
  ['focalPointB',          'caseStudy.comment', 'case of city A', 'deny'],
  ['officerX',             'caseStudy.comment', 'case of city A', 'allow'],
  ['officerX',             'caseStudy.comment', 'case of city B', 'deny'],
  ['managerX',             'caseStudy.comment', 'case of city A', 'allow'],
  ['managerY',             'caseStudy.comment', 'case of city A', 'deny'],
  ['admin',                'caseStudy.comment', 'case of city A', 'deny'],

  // Officers and managers of the city's current hubs review; admins and officials do not.
  ['anonymous',            'caseStudy.review', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.review', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.review', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.review', 'case of city A', 'deny'],
  ['focalPointA',          'caseStudy.review', 'case of city A', 'deny'],
  ['focalPointB',          'caseStudy.review', 'case of city A', 'deny'],
  ['officerX',             'caseStudy.review', 'case of city A', 'allow'],
  ['officerX',             'caseStudy.review', 'case of city B', 'deny'],
  ['officerX',             'caseStudy.review', 'city A, hubs unknown', 'deny'],
  ['managerX',             'caseStudy.review', 'case of city A', 'allow'],
  ['managerY',             'caseStudy.review', 'case of city A', 'deny'],
  ['managerY',             'caseStudy.review', 'case of city B', 'allow'],
  ['admin',                'caseStudy.review', 'case of city A', 'deny'],
  // Separation of duties (issue 13): an author who reviews may not request changes or reject.
  ['officerX',             'caseStudy.review', 'case of city A co-written by the actor', 'deny'],
  ['officerX',             'caseStudy.review', 'case of city A created by the actor', 'deny'],
  ['officerX',             'caseStudy.review', 'case of city A, authors unknown', 'deny'],

  // Approving: a reviewer who neither wrote nor co-wrote it; unknown authors deny (fail closed).
  ['anonymous',            'caseStudy.publish', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.publish', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.publish', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.publish', 'case of city A', 'deny'],
  ['focalPointA',          'caseStudy.publish', 'case of city A', 'deny'],
  ['focalPointB',          'caseStudy.publish', 'case of city A', 'deny'],
  ['officerX',             'caseStudy.publish', 'case of city A', 'allow'],
  ['officerX',             'caseStudy.publish', 'case of city A co-written by the actor', 'deny'],
  ['officerX',             'caseStudy.publish', 'case of city A created by the actor', 'deny'],
  ['officerX',             'caseStudy.publish', 'case of city A, authors unknown', 'deny'],
  ['officerX',             'caseStudy.publish', 'case of city B', 'deny'],
  ['managerX',             'caseStudy.publish', 'case of city A', 'allow'],
  ['managerX',             'caseStudy.publish', 'case of city A co-written by the actor', 'deny'],
  ['managerY',             'caseStudy.publish', 'case of city A', 'deny'],
  ['admin',                'caseStudy.publish', 'case of city A', 'deny'],

  // Managers of the city's hubs and network admins take a case study down; officers do not.
  ['anonymous',            'caseStudy.unpublish', 'case of city A', 'deny'],
  ['suspendedFocalPointA', 'caseStudy.unpublish', 'case of city A', 'deny'],
  ['pendingOfficialA',     'caseStudy.unpublish', 'case of city A', 'deny'],
  ['officialA',            'caseStudy.unpublish', 'case of city A', 'deny'],
  ['focalPointA',          'caseStudy.unpublish', 'case of city A', 'deny'],
  ['focalPointB',          'caseStudy.unpublish', 'case of city A', 'deny'],
  ['officerX',             'caseStudy.unpublish', 'case of city A', 'deny'],
  ['managerX',             'caseStudy.unpublish', 'case of city A', 'allow'],
  ['managerX',             'caseStudy.unpublish', 'case of city B', 'deny'],
  ['managerX',             'caseStudy.unpublish', 'city A, hubs unknown', 'deny'],
  ['managerY',             'caseStudy.unpublish', 'case of city A', 'deny'],
  ['managerY',             'caseStudy.unpublish', 'case of city B', 'allow'],
  ['admin',                'caseStudy.unpublish', 'case of city A', 'allow'],
  ['admin',                'caseStudy.unpublish', 'none', 'allow'],

  // Messaging. An active official of the city asks a hub the city currently belongs to.
  ['anonymous',            'conversation.start', 'city A and hub X', 'deny'],
  ['suspendedFocalPointA', 'conversation.start', 'city A and hub X', 'deny'],
  ['pendingOfficialA',     'conversation.start', 'city A and hub X', 'deny'],
  ['officialA',            'conversation.start', 'city A and hub X', 'allow'],
  ['officialA',            'conversation.start', 'city A and hub Y', 'deny'],
  ['officialA',            'conversation.start', 'city B and hub Y', 'deny'],
  ['focalPointA',          'conversation.start', 'city A and hub X', 'allow'],
  ['focalPointB',          'conversation.start', 'city A and hub X', 'deny'],
  ['focalPointB',          'conversation.start', 'city B and hub Y', 'allow'],
  ['officerX',             'conversation.start', 'city A and hub X', 'deny'],
  ['managerX',             'conversation.start', 'city A and hub X', 'deny'],
  ['managerY',             'conversation.start', 'city A and hub X', 'deny'],
  ['admin',                'conversation.start', 'city A and hub X', 'deny'],

  // A hub's officers and managers write first to one of the hub's member cities.
  ['anonymous',            'conversation.outreach', 'city A and hub X', 'deny'],
  ['suspendedFocalPointA', 'conversation.outreach', 'city A and hub X', 'deny'],
  ['pendingOfficialA',     'conversation.outreach', 'city A and hub X', 'deny'],
  ['officialA',            'conversation.outreach', 'city A and hub X', 'deny'],
  ['focalPointA',          'conversation.outreach', 'city A and hub X', 'deny'],
  ['focalPointB',          'conversation.outreach', 'city A and hub X', 'deny'],
  ['officerX',             'conversation.outreach', 'city A and hub X', 'allow'],
  ['officerX',             'conversation.outreach', 'city B and hub Y', 'deny'],
  ['managerX',             'conversation.outreach', 'city A and hub X', 'allow'],
  ['managerY',             'conversation.outreach', 'city A and hub X', 'deny'],
  ['managerY',             'conversation.outreach', 'city A and hub Y', 'deny'],
  ['managerY',             'conversation.outreach', 'city B and hub Y', 'allow'],
  ['admin',                'conversation.outreach', 'city A and hub X', 'deny'],

  // Participants (officials of its cities), the hub's staff and network admins see a conversation.
  ['anonymous',            'conversation.view', 'conversation of city A with hub X', 'deny'],
  ['suspendedFocalPointA', 'conversation.view', 'conversation of city A with hub X', 'deny'],
  ['pendingOfficialA',     'conversation.view', 'conversation of city A with hub X', 'deny'],
  ['officialA',            'conversation.view', 'conversation of city A with hub X', 'allow'],
  ['officialA',            'conversation.view', 'conversation of city B with hub Y', 'deny'],
  ['officialA',            'conversation.view', 'conversation, cities unknown', 'deny'],
  ['focalPointA',          'conversation.view', 'conversation of city A with hub X', 'allow'],
  ['focalPointB',          'conversation.view', 'conversation of city A with hub X', 'deny'],
  ['officerX',             'conversation.view', 'conversation of city A with hub X', 'allow'],
  ['officerX',             'conversation.view', 'conversation of city B with hub Y', 'deny'],
  ['managerX',             'conversation.view', 'conversation of city A with hub X', 'allow'],
  ['managerY',             'conversation.view', 'conversation of city A with hub X', 'deny'],
  ['admin',                'conversation.view', 'conversation of city A with hub X', 'allow'],

  // Replies: participants and the hub's staff; admins only read.
  ['anonymous',            'conversation.reply', 'conversation of city A with hub X', 'deny'],
  ['suspendedFocalPointA', 'conversation.reply', 'conversation of city A with hub X', 'deny'],
  ['pendingOfficialA',     'conversation.reply', 'conversation of city A with hub X', 'deny'],
  ['officialA',            'conversation.reply', 'conversation of city A with hub X', 'allow'],
  ['officialA',            'conversation.reply', 'conversation of city B with hub Y', 'deny'],
  ['focalPointA',          'conversation.reply', 'conversation of city A with hub X', 'allow'],
  ['focalPointB',          'conversation.reply', 'conversation of city A with hub X', 'deny'],
  ['officerX',             'conversation.reply', 'conversation of city A with hub X', 'allow'],
  ['managerX',             'conversation.reply', 'conversation of city A with hub X', 'allow'],
  ['managerY',             'conversation.reply', 'conversation of city A with hub X', 'deny'],
  ['admin',                'conversation.reply', 'conversation of city A with hub X', 'deny'],

  // Assign, resolve and internal notes: the hub's officers and managers.
  ['anonymous',            'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['suspendedFocalPointA', 'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['pendingOfficialA',     'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['officialA',            'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['focalPointA',          'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['focalPointB',          'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['officerX',             'conversation.manage', 'conversation of city A with hub X', 'allow'],
  ['officerX',             'conversation.manage', 'conversation of city B with hub Y', 'deny'],
  ['managerX',             'conversation.manage', 'conversation of city A with hub X', 'allow'],
  ['managerY',             'conversation.manage', 'conversation of city A with hub X', 'deny'],
  ['admin',                'conversation.manage', 'conversation of city A with hub X', 'deny'],

  ['anonymous',            'message.report', 'conversation of city A with hub X', 'deny'],
  ['suspendedFocalPointA', 'message.report', 'conversation of city A with hub X', 'deny'],
  ['pendingOfficialA',     'message.report', 'conversation of city A with hub X', 'deny'],
  ['officialA',            'message.report', 'conversation of city A with hub X', 'allow'],
  ['officialA',            'message.report', 'conversation of city B with hub Y', 'deny'],
  ['focalPointA',          'message.report', 'conversation of city A with hub X', 'allow'],
  ['focalPointB',          'message.report', 'conversation of city A with hub X', 'deny'],
  ['officerX',             'message.report', 'conversation of city A with hub X', 'allow'],
  ['managerX',             'message.report', 'conversation of city A with hub X', 'allow'],
  ['managerY',             'message.report', 'conversation of city A with hub X', 'deny'],
  ['admin',                'message.report', 'conversation of city A with hub X', 'deny'],

  // Reported messages are hidden by the hub's managers (or network admins), not officers.
  ['anonymous',            'message.hide', 'conversation of city A with hub X', 'deny'],
  ['suspendedFocalPointA', 'message.hide', 'conversation of city A with hub X', 'deny'],
  ['pendingOfficialA',     'message.hide', 'conversation of city A with hub X', 'deny'],
  ['officialA',            'message.hide', 'conversation of city A with hub X', 'deny'],
  ['focalPointA',          'message.hide', 'conversation of city A with hub X', 'deny'],
  ['focalPointB',          'message.hide', 'conversation of city A with hub X', 'deny'],
  ['officerX',             'message.hide', 'conversation of city A with hub X', 'deny'],
  ['managerX',             'message.hide', 'conversation of city A with hub X', 'allow'],
  ['managerX',             'message.hide', 'conversation of city B with hub Y', 'deny'],
  ['managerY',             'message.hide', 'conversation of city A with hub X', 'deny'],
  ['admin',                'message.hide', 'conversation of city A with hub X', 'allow'],

  // An active official of another city asks for an introduction to the case study's city.
  ['anonymous',            'introduction.request', 'city A', 'deny'],
  ['suspendedFocalPointA', 'introduction.request', 'city B', 'deny'],
  ['pendingOfficialA',     'introduction.request', 'city B', 'deny'],
  ['officialA',            'introduction.request', 'city B', 'allow'],
  ['officialA',            'introduction.request', 'city A', 'deny'],
  ['officialA',            'introduction.request', 'none', 'deny'],
  ['focalPointA',          'introduction.request', 'city B', 'allow'],
  ['focalPointB',          'introduction.request', 'city A', 'allow'],
  ['focalPointB',          'introduction.request', 'city B', 'deny'],
  ['officerX',             'introduction.request', 'city A', 'deny'],
  ['managerX',             'introduction.request', 'city B', 'deny'],
  ['managerY',             'introduction.request', 'city A', 'deny'],
  ['admin',                'introduction.request', 'city A', 'deny'],

  // The officers and managers of the request's hub connect the cities.
  ['anonymous',            'introduction.connect', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'introduction.connect', 'hub X', 'deny'],
  ['pendingOfficialA',     'introduction.connect', 'hub X', 'deny'],
  ['officialA',            'introduction.connect', 'hub X', 'deny'],
  ['focalPointA',          'introduction.connect', 'hub X', 'deny'],
  ['focalPointB',          'introduction.connect', 'hub X', 'deny'],
  ['officerX',             'introduction.connect', 'hub X', 'allow'],
  ['officerX',             'introduction.connect', 'hub Y', 'deny'],
  ['officerX',             'introduction.connect', 'none', 'deny'],
  ['managerX',             'introduction.connect', 'hub X', 'allow'],
  ['managerY',             'introduction.connect', 'hub X', 'deny'],
  ['managerY',             'introduction.connect', 'hub Y', 'allow'],
  ['admin',                'introduction.connect', 'hub X', 'deny'],
  // The manager console: managers of a hub (that hub's queues), admins (every hub).
  ['anonymous',            'console.view', 'none', 'deny'],
  ['suspendedFocalPointA', 'console.view', 'none', 'deny'],
  ['pendingOfficialA',     'console.view', 'none', 'deny'],
  ['officialA',            'console.view', 'none', 'deny'],
  ['focalPointA',          'console.view', 'none', 'deny'],
  ['focalPointB',          'console.view', 'none', 'deny'],
  ['officerX',             'console.view', 'none', 'deny'],
  ['officerX',             'console.view', 'hub X', 'deny'],
  ['managerX',             'console.view', 'none', 'allow'],
  ['managerX',             'console.view', 'hub X', 'allow'],
  ['managerX',             'console.view', 'hub Y', 'deny'],
  ['managerX',             'console.view', 'no deciding hub', 'deny'],
  ['managerY',             'console.view', 'hub X', 'deny'],
  ['admin',                'console.view', 'none', 'allow'],
  ['admin',                'console.view', 'hub Y', 'allow'],
  ['admin',                'console.view', 'no deciding hub', 'allow'],
  ['anonymous',            'messageReport.dismiss', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'messageReport.dismiss', 'hub X', 'deny'],
  ['pendingOfficialA',     'messageReport.dismiss', 'hub X', 'deny'],
  ['officialA',            'messageReport.dismiss', 'hub X', 'deny'],
  ['focalPointA',          'messageReport.dismiss', 'hub X', 'deny'],
  ['focalPointB',          'messageReport.dismiss', 'hub X', 'deny'],
  ['officerX',             'messageReport.dismiss', 'hub X', 'deny'],
  ['managerX',             'messageReport.dismiss', 'hub X', 'allow'],
  ['managerX',             'messageReport.dismiss', 'hub Y', 'deny'],
  ['managerY',             'messageReport.dismiss', 'hub X', 'deny'],
  ['admin',                'messageReport.dismiss', 'hub X', 'allow'],
  ['anonymous',            'messaging.suspend', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'messaging.suspend', 'hub X', 'deny'],
  ['pendingOfficialA',     'messaging.suspend', 'hub X', 'deny'],
  ['officialA',            'messaging.suspend', 'hub X', 'deny'],
  ['focalPointA',          'messaging.suspend', 'hub X', 'deny'],
  ['focalPointB',          'messaging.suspend', 'hub X', 'deny'],
  ['officerX',             'messaging.suspend', 'hub X', 'deny'],
  ['managerX',             'messaging.suspend', 'hub X', 'allow'],
  ['managerX',             'messaging.suspend', 'hub Y', 'deny'],
  ['managerX',             'messaging.suspend', 'no deciding hub', 'deny'],
  ['managerY',             'messaging.suspend', 'hub X', 'deny'],
  ['admin',                'messaging.suspend', 'hub X', 'allow'],
  ['admin',                'messaging.suspend', 'no deciding hub', 'allow'],

  // The development mailbox from another machine: network admins only.
  ['anonymous',            'devMailbox.read', 'none', 'deny'],
  ['suspendedFocalPointA', 'devMailbox.read', 'none', 'deny'],
  ['pendingOfficialA',     'devMailbox.read', 'none', 'deny'],
  ['officialA',            'devMailbox.read', 'none', 'deny'],
  ['focalPointA',          'devMailbox.read', 'none', 'deny'],
  ['focalPointB',          'devMailbox.read', 'none', 'deny'],
  ['officerX',             'devMailbox.read', 'none', 'deny'],
  ['managerX',             'devMailbox.read', 'none', 'deny'],
  ['managerY',             'devMailbox.read', 'none', 'deny'],
  ['admin',                'devMailbox.read', 'none', 'allow'],

  // Translations: a case study's authors (while officials of its city) and its city's hubs'
  // officers and managers; a hub's description: its officers and managers. Admins do not.
  ['anonymous',            'translation.edit', 'case of city A co-written by the actor', 'deny'],
  ['suspendedFocalPointA', 'translation.edit', 'case of city A co-written by the actor', 'deny'],
  ['pendingOfficialA',     'translation.edit', 'case of city A co-written by the actor', 'deny'],
  ['officialA',            'translation.edit', 'case of city A co-written by the actor', 'allow'],
  ['officialA',            'translation.edit', 'case of city A created by the actor', 'allow'],
  ['officialA',            'translation.edit', 'case of city A', 'deny'],
  ['focalPointA',          'translation.edit', 'case of city A', 'deny'],
  ['focalPointA',          'translation.edit', 'case of city A co-written by the actor', 'allow'],
  ['focalPointB',          'translation.edit', 'case of city A co-written by the actor', 'deny'],
  ['officerX',             'translation.edit', 'case of city A', 'allow'],
  ['officerX',             'translation.edit', 'case of city B', 'deny'],
  ['officerX',             'translation.edit', 'hub X', 'allow'],
  ['officerX',             'translation.edit', 'hub Y', 'deny'],
  ['managerX',             'translation.edit', 'case of city A', 'allow'],
  ['managerX',             'translation.edit', 'hub X', 'allow'],
  ['managerY',             'translation.edit', 'case of city A', 'deny'],
  ['managerY',             'translation.edit', 'hub Y', 'allow'],
  ['admin',                'translation.edit', 'case of city A', 'deny'],
  ['admin',                'translation.edit', 'hub X', 'deny'],
  // Review: the same hubs' officers and managers, never their own translation; a translation
  // whose translator is not known is refused to everyone.
  ['anonymous',            'translation.review', 'translation of case of city A by another', 'deny'],
  ['suspendedFocalPointA', 'translation.review', 'translation of case of city A by another', 'deny'],
  ['pendingOfficialA',     'translation.review', 'translation of case of city A by another', 'deny'],
  ['officialA',            'translation.review', 'translation of case of city A by another', 'deny'],
  ['focalPointA',          'translation.review', 'translation of case of city A by another', 'deny'],
  ['focalPointB',          'translation.review', 'translation of case of city A by another', 'deny'],
  ['officerX',             'translation.review', 'translation of case of city A by another', 'allow'],
  ['officerX',             'translation.review', 'machine translation of case of city A', 'allow'],
  ['officerX',             'translation.review', 'translation of case of city A by the actor', 'deny'],
  ['officerX',             'translation.review', 'case of city A', 'deny'],
  ['officerX',             'translation.review', 'translation of hub X by another', 'allow'],
  ['officerX',             'translation.review', 'translation of hub X by the actor', 'deny'],
  ['managerX',             'translation.review', 'translation of case of city A by another', 'allow'],
  ['managerX',             'translation.review', 'translation of case of city A by the actor', 'deny'],
  ['managerY',             'translation.review', 'translation of case of city A by another', 'deny'],
  ['managerY',             'translation.review', 'translation of hub X by another', 'deny'],
  ['admin',                'translation.review', 'translation of case of city A by another', 'deny'],
  ['admin',                'translation.review', 'translation of hub X by another', 'deny'],

  // Everyone signed in manages their own notifications and e-mail preference.
  ['anonymous',            'notification.manage', 'none', 'deny'],
  ['suspendedFocalPointA', 'notification.manage', 'none', 'deny'],
  ['pendingOfficialA',     'notification.manage', 'none', 'allow'],
  ['officialA',            'notification.manage', 'none', 'allow'],
  ['focalPointA',          'notification.manage', 'none', 'allow'],
  ['focalPointB',          'notification.manage', 'none', 'allow'],
  ['officerX',             'notification.manage', 'none', 'allow'],
  ['managerX',             'notification.manage', 'none', 'allow'],
  ['managerY',             'notification.manage', 'none', 'allow'],
  ['admin',                'notification.manage', 'none', 'allow'],
  // The manager dashboard: a hub's officers and managers see their hub; admins every hub and the network.
  ['anonymous',            'hub.dashboard', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'hub.dashboard', 'hub X', 'deny'],
  ['pendingOfficialA',     'hub.dashboard', 'hub X', 'deny'],
  ['officialA',            'hub.dashboard', 'hub X', 'deny'],
  ['focalPointA',          'hub.dashboard', 'hub X', 'deny'],
  ['focalPointB',          'hub.dashboard', 'hub Y', 'deny'],
  ['officerX',             'hub.dashboard', 'hub X', 'allow'],
  ['officerX',             'hub.dashboard', 'hub Y', 'deny'],
  ['officerX',             'hub.dashboard', 'no deciding hub', 'deny'],
  ['managerX',             'hub.dashboard', 'hub X', 'allow'],
  ['managerX',             'hub.dashboard', 'hub Y', 'deny'],
  ['managerX',             'hub.dashboard', 'none', 'deny'],
  ['managerY',             'hub.dashboard', 'hub X', 'deny'],
  ['managerY',             'hub.dashboard', 'hub Y', 'allow'],
  ['admin',                'hub.dashboard', 'hub X', 'allow'],
  ['admin',                'hub.dashboard', 'no deciding hub', 'allow'],
  ['admin',                'hub.dashboard', 'none', 'allow'],
  // Network administration is the network admins' alone.
  ['anonymous',            'network.manage', 'none', 'deny'],
  ['suspendedFocalPointA', 'network.manage', 'none', 'deny'],
  ['pendingOfficialA',     'network.manage', 'none', 'deny'],
  ['officialA',            'network.manage', 'none', 'deny'],
  ['focalPointA',          'network.manage', 'none', 'deny'],
  ['focalPointB',          'network.manage', 'none', 'deny'],
  ['officerX',             'network.manage', 'none', 'deny'],
  ['managerX',             'network.manage', 'none', 'deny'],
  ['managerY',             'network.manage', 'none', 'deny'],
  ['admin',                'network.manage', 'none', 'allow'],
  ['anonymous',            'sitePage.edit',  'none', 'deny'],
  ['suspendedFocalPointA', 'sitePage.edit',  'none', 'deny'],
  ['pendingOfficialA',     'sitePage.edit',  'none', 'deny'],
  ['officialA',            'sitePage.edit',  'none', 'deny'],
  ['focalPointA',          'sitePage.edit',  'none', 'deny'],
  ['focalPointB',          'sitePage.edit',  'none', 'deny'],
  ['officerX',             'sitePage.edit',  'none', 'deny'],
  ['managerX',             'sitePage.edit',  'none', 'deny'],
  ['managerY',             'sitePage.edit',  'none', 'deny'],
  ['admin',                'sitePage.edit',  'none', 'allow'],

  ['anonymous',            'network.import', 'none', 'deny'],
  ['suspendedFocalPointA', 'network.import', 'none', 'deny'],
  ['pendingOfficialA',     'network.import', 'none', 'deny'],
  ['officialA',            'network.import', 'none', 'deny'],
  ['focalPointA',          'network.import', 'none', 'deny'],
  ['focalPointB',          'network.import', 'none', 'deny'],
  ['officerX',             'network.import', 'none', 'deny'],
  ['managerX',             'network.import', 'none', 'deny'],
  ['managerY',             'network.import', 'none', 'deny'],
  ['admin',                'network.import', 'none', 'allow'],

  ['anonymous',            'user.suspend', 'none', 'deny'],
  ['suspendedFocalPointA', 'user.suspend', 'none', 'deny'],
  ['pendingOfficialA',     'user.suspend', 'none', 'deny'],
  ['officialA',            'user.suspend', 'none', 'deny'],
  ['focalPointA',          'user.suspend', 'none', 'deny'],
  ['focalPointB',          'user.suspend', 'none', 'deny'],
  ['officerX',             'user.suspend', 'none', 'deny'],
  ['managerX',             'user.suspend', 'none', 'deny'],
  ['managerY',             'user.suspend', 'none', 'deny'],
  ['admin',                'user.suspend', 'none', 'allow'],

  ['anonymous',            'audit.viewAll', 'none', 'deny'],
  ['suspendedFocalPointA', 'audit.viewAll', 'none', 'deny'],
  ['pendingOfficialA',     'audit.viewAll', 'none', 'deny'],
  ['officialA',            'audit.viewAll', 'none', 'deny'],
  ['focalPointA',          'audit.viewAll', 'none', 'deny'],
  ['focalPointB',          'audit.viewAll', 'none', 'deny'],
  ['officerX',             'audit.viewAll', 'none', 'deny'],
  ['managerX',             'audit.viewAll', 'none', 'deny'],
  ['managerY',             'audit.viewAll', 'none', 'deny'],
  ['admin',                'audit.viewAll', 'none', 'allow'],

  // A hub's audit entries: its managers and the admins; officers and other hubs' managers not.
  ['anonymous',            'audit.viewHub', 'hub X', 'deny'],
  ['suspendedFocalPointA', 'audit.viewHub', 'hub X', 'deny'],
  ['pendingOfficialA',     'audit.viewHub', 'hub X', 'deny'],
  ['officialA',            'audit.viewHub', 'hub X', 'deny'],
  ['focalPointA',          'audit.viewHub', 'hub X', 'deny'],
  ['focalPointB',          'audit.viewHub', 'hub X', 'deny'],
  ['officerX',             'audit.viewHub', 'hub X', 'deny'],
  ['managerX',             'audit.viewHub', 'hub X', 'allow'],
  ['managerY',             'audit.viewHub', 'hub X', 'deny'],
  ['admin',                'audit.viewHub', 'hub X', 'allow'],

  ['anonymous',            'audit.viewHub', 'hub Y', 'deny'],
  ['suspendedFocalPointA', 'audit.viewHub', 'hub Y', 'deny'],
  ['pendingOfficialA',     'audit.viewHub', 'hub Y', 'deny'],
  ['officialA',            'audit.viewHub', 'hub Y', 'deny'],
  ['focalPointA',          'audit.viewHub', 'hub Y', 'deny'],
  ['focalPointB',          'audit.viewHub', 'hub Y', 'deny'],
  ['officerX',             'audit.viewHub', 'hub Y', 'deny'],
  ['managerX',             'audit.viewHub', 'hub Y', 'deny'],
  ['managerY',             'audit.viewHub', 'hub Y', 'allow'],
  ['admin',                'audit.viewHub', 'hub Y', 'allow'],

  ['anonymous',            'audit.viewHub', 'no deciding hub', 'deny'],
  ['suspendedFocalPointA', 'audit.viewHub', 'no deciding hub', 'deny'],
  ['pendingOfficialA',     'audit.viewHub', 'no deciding hub', 'deny'],
  ['officialA',            'audit.viewHub', 'no deciding hub', 'deny'],
  ['focalPointA',          'audit.viewHub', 'no deciding hub', 'deny'],
  ['focalPointB',          'audit.viewHub', 'no deciding hub', 'deny'],
  ['officerX',             'audit.viewHub', 'no deciding hub', 'deny'],
  ['managerX',             'audit.viewHub', 'no deciding hub', 'deny'],
  ['managerY',             'audit.viewHub', 'no deciding hub', 'deny'],
  ['admin',                'audit.viewHub', 'no deciding hub', 'allow'],
]

describe('permission matrix', () => {
  it.each(matrix)('%s / %s / %s → %s', (kind, permission, context, expected) => {
    expect(can(actors[kind], permission, contexts[context])).toBe(expected === 'allow')
  })

  it.each(matrix)('requirePermission agrees: %s / %s / %s → %s', (kind, permission, context, expected) => {
    const run = () => requirePermission(actors[kind], permission, contexts[context])
    if (expected === 'allow') {
      expect(run).not.toThrow()
      return
    }
    let thrown: unknown
    try {
      run()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({ code: kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' })
  })

  it('has a row for every permission and every actor kind', () => {
    const missing = permissions.flatMap((permission) =>
      actorKinds
        .filter((kind) => !matrix.some(([k, p]) => k === kind && p === permission))
        .map((kind) => `${kind} × ${permission}`),
    )
    expect(missing).toEqual([])
  })

  it('has no duplicate or contradictory rows', () => {
    const keys = matrix.map(([kind, permission, context]) => `${kind}|${permission}|${context}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('can', () => {
  it('denies an unknown permission, even to an admin', () => {
    expect(can(actors.admin, 'case.delete' as Permission)).toBe(false)
    expect(can(actors.admin, '__proto__' as Permission)).toBe(false)
    expect(() => requirePermission(actors.admin, 'case.delete' as Permission)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })

  it('denies when a rule throws', () => {
    const brokenActor = person({ hubRoles: null as unknown as Actor['hubRoles'] })
    expect(can(brokenActor, 'joinRequest.decide', { hubId: HUB_X })).toBe(false)
    const throwingContext = Object.defineProperty({}, 'cityId', {
      get() {
        throw new Error('boom')
      },
    }) as PermissionContext
    expect(can(actors.focalPointA, 'hubJoinRequest.create', throwingContext)).toBe(false)
    expect(() => requirePermission(actors.focalPointA, 'hubJoinRequest.create', throwingContext)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })

  it('denies every permission to anonymous and suspended actors, whatever the context', () => {
    for (const permission of permissions) {
      for (const context of Object.values(contexts)) {
        expect(can(null, permission, context)).toBe(false)
        expect(can(undefined, permission, context)).toBe(false)
        expect(can(person({ status: 'SUSPENDED', isNetworkAdmin: true }), permission, context)).toBe(false)
      }
    }
  })
})
