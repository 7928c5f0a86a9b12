// The one answer to "may this user do this to that". Deny by default: an unknown permission,
// a missing context field, a suspended user or any error answers no. Components use `can` to
// hide what a user may not do; server code calls `requirePermission`, which is the protection.
import { AppError } from '@/lib/errors'
import type { Actor } from './actor'

export const permissions = [
  'dashboard.view',
  'hubJoinRequest.create',
  'coalitionJoinRequest.create',
  'joinRequest.withdraw',
  'joinRequest.decide',
  'membership.leave',
  'cityTeam.request',
  'cityTeam.decide',
  'cityTeam.addFocalPoint',
  'cityTeam.removeOfficial',
  'hubRole.appoint',
  'hubRole.remove',
  'caseStudy.create',
  'caseStudy.edit',
  'caseStudy.submit',
  'caseStudy.viewDraft',
  'caseStudy.comment',
  'caseStudy.review',
  'caseStudy.publish',
  'caseStudy.unpublish',
  'conversation.start',
  'conversation.outreach',
  'conversation.view',
  'conversation.reply',
  'conversation.manage',
  'message.report',
  'message.hide',
  'introduction.request',
  'introduction.connect',
  'notification.manage',
  'hub.dashboard',
  'network.manage',
  'network.import',
  'sitePage.edit',
  'user.suspend',
  'audit.viewAll',
  'audit.viewHub',
  'console.view',
  'messageReport.dismiss',
  'messaging.suspend',
  'devMailbox.read',
  'translation.edit',
  'translation.review',
] as const
export type Permission = (typeof permissions)[number]

/**
 * What the permission is about. `hubId` is the deciding hub; `cityHubIds` the current hubs of
 * `cityId`. For a case study, `authorIds` are its authors and co-authors and `createdById` the
 * official who created it.
 */
export type PermissionContext = {
  cityId?: string
  hubId?: string | null
  cityHubIds?: string[]
  authorIds?: string[]
  createdById?: string | null
  /** For a conversation: the cities taking part (its hub is `hubId`). */
  conversationCityIds?: string[]
  /**
   * For a translation: who wrote or last edited it (null: an unedited machine translation). For
   * a case study's translation the case-study fields above apply; for a hub's or coalition's
   * description `hubId` is the hub (a coalition's coordinating hub) and `cityId` is absent.
   */
  translatorId?: string | null
}

const isFocalPointOf = (actor: Actor, cityId?: string) =>
  !!cityId && actor.city?.id === cityId && actor.city.status === 'ACTIVE' && actor.city.role === 'FOCAL_POINT'

const hubRoleIn = (actor: Actor, hubIds: (string | null | undefined)[], roles: ('OFFICER' | 'MANAGER')[]) =>
  actor.hubRoles.some((hubRole) => hubIds.includes(hubRole.hubId) && roles.includes(hubRole.role))

/** Any ACTIVE official of the city (focal points are officials too). */
const isActiveOfficialOf = (actor: Actor, cityId?: string) =>
  !!cityId && actor.city?.id === cityId && actor.city.status === 'ACTIVE'

/** Officers and managers of the case study's city's current hubs. */
const isReviewerFor = (actor: Actor, { cityId, cityHubIds }: PermissionContext) =>
  !!cityId && !!cityHubIds && hubRoleIn(actor, cityHubIds, ['OFFICER', 'MANAGER'])

const isAuthorOf = (actor: Actor, { authorIds, createdById }: PermissionContext) =>
  (!!createdById && createdById === actor.id) || (!!authorIds && authorIds.includes(actor.id))

/** A conversation's side of the cities: an ACTIVE official of one of its cities. */
const isParticipantOf = (actor: Actor, { conversationCityIds }: PermissionContext) =>
  !!conversationCityIds && conversationCityIds.some((cityId) => isActiveOfficialOf(actor, cityId))

/** A conversation's hub side: the hub's officers and managers (its shared inbox). */
const isHubStaffOf = (actor: Actor, hubId?: string | null) => !!hubId && hubRoleIn(actor, [hubId], ['OFFICER', 'MANAGER'])

const rules: Record<Permission, (actor: Actor, context: PermissionContext) => boolean> = {
  'dashboard.view': () => true,
  'hubJoinRequest.create': (actor, { cityId }) => isFocalPointOf(actor, cityId),
  'coalitionJoinRequest.create': (actor, { cityId }) => isFocalPointOf(actor, cityId),
  'joinRequest.withdraw': (actor, { cityId }) => isFocalPointOf(actor, cityId),
  // For a coalition the deciding hub is its coordinating hub; one without is decided by admins.
  'joinRequest.decide': (actor, { hubId }) => actor.isNetworkAdmin || (!!hubId && hubRoleIn(actor, [hubId], ['MANAGER'])),
  'membership.leave': (actor, { cityId }) => isFocalPointOf(actor, cityId),
  'cityTeam.request': (actor) => actor.city === null,
  'cityTeam.decide': (actor, { cityId, cityHubIds }) =>
    actor.isNetworkAdmin ||
    isFocalPointOf(actor, cityId) ||
    (!!cityId && !!cityHubIds && hubRoleIn(actor, cityHubIds, ['OFFICER', 'MANAGER'])),
  'cityTeam.addFocalPoint': (actor, { cityId }) => actor.isNetworkAdmin || isFocalPointOf(actor, cityId),
  'cityTeam.removeOfficial': (actor, { cityId }) => actor.isNetworkAdmin || isFocalPointOf(actor, cityId),
  'hubRole.appoint': (actor) => actor.isNetworkAdmin,
  'hubRole.remove': (actor) => actor.isNetworkAdmin,
  // Case studies. Which states allow what is lib/case-studies/workflow.ts; these answer "who".
  'caseStudy.create': (actor, { cityId }) => isActiveOfficialOf(actor, cityId),
  // Any active official of the city co-edits; former officials (authors who left) do not.
  'caseStudy.edit': (actor, { cityId }) => isActiveOfficialOf(actor, cityId),
  'caseStudy.submit': (actor, { cityId }) => isActiveOfficialOf(actor, cityId),
  'caseStudy.viewDraft': (actor, context) =>
    actor.isNetworkAdmin || isActiveOfficialOf(actor, context.cityId) || isAuthorOf(actor, context) || isReviewerFor(actor, context),
  // A review thread: the reviewers and the city's officials answering them.
  'caseStudy.comment': (actor, context) => isActiveOfficialOf(actor, context.cityId) || isReviewerFor(actor, context),
  // Request changes and reject. Network admins do not review: hubs do. Separation of duties
  // covers every review decision: a reviewer who wrote or co-wrote it decides nothing on it.
  'caseStudy.review': (actor, context) => isReviewerFor(actor, context) && !!context.authorIds && !isAuthorOf(actor, context),
  // Approve: the same reviewers (no self-approval).
  'caseStudy.publish': (actor, context) =>
    isReviewerFor(actor, context) && !!context.authorIds && !isAuthorOf(actor, context),
  'caseStudy.unpublish': (actor, context) =>
    actor.isNetworkAdmin || (!!context.cityHubIds && hubRoleIn(actor, context.cityHubIds, ['MANAGER'])),
  // Messaging. An official asks a hub their city currently belongs to.
  'conversation.start': (actor, { cityId, hubId, cityHubIds }) =>
    isActiveOfficialOf(actor, cityId) && !!hubId && !!cityHubIds && cityHubIds.includes(hubId),
  // A hub's officers and managers write first to one of the hub's current member cities.
  'conversation.outreach': (actor, { hubId, cityId, cityHubIds }) =>
    isHubStaffOf(actor, hubId) && !!cityId && !!cityHubIds && cityHubIds.includes(hubId!),
  // Network admins read every conversation (oversight) but do not take part in it.
  'conversation.view': (actor, context) =>
    actor.isNetworkAdmin || isHubStaffOf(actor, context.hubId) || isParticipantOf(actor, context),
  'conversation.reply': (actor, context) => isHubStaffOf(actor, context.hubId) || isParticipantOf(actor, context),
  // Assign, resolve, internal notes (and reading them): the hub's side only.
  'conversation.manage': (actor, { hubId }) => isHubStaffOf(actor, hubId),
  // Whoever takes part may report a message (not their own: lib/messaging/report-message.ts).
  'message.report': (actor, context) => isHubStaffOf(actor, context.hubId) || isParticipantOf(actor, context),
  'message.hide': (actor, { hubId }) => actor.isNetworkAdmin || (!!hubId && hubRoleIn(actor, [hubId], ['MANAGER'])),
  // From a published case study, an ACTIVE official of another city asks to be introduced to
  // the city behind it (`cityId`: the case study's city).
  'introduction.request': (actor, { cityId }) =>
    !!cityId && !!actor.city && actor.city.status === 'ACTIVE' && actor.city.id !== cityId,
  // The officers and managers of the hub the request went to connect the two cities.
  'introduction.connect': (actor, { hubId }) => isHubStaffOf(actor, hubId),
  // One's own notifications and e-mail preference.
  'notification.manage': () => true,
  // The manager dashboard of a hub: its officers and managers; the whole network (no hubId): admins.
  'hub.dashboard': (actor, { hubId }) => actor.isNetworkAdmin || isHubStaffOf(actor, hubId),
  // Network administration: hubs, coalitions, topics, cities, CSV imports, suspensions.
  'network.manage': (actor) => actor.isNetworkAdmin,
  'network.import': (actor) => actor.isNetworkAdmin,
  // The footer pages (privacy, terms, accessibility, contact) in every UI language.
  'sitePage.edit': (actor) => actor.isNetworkAdmin,
  'user.suspend': (actor) => actor.isNetworkAdmin,
  // The audit log: admins read all of it; a hub's managers read the entries of their hub.
  'audit.viewAll': (actor) => actor.isNetworkAdmin,
  'audit.viewHub': (actor, { hubId }) => actor.isNetworkAdmin || (!!hubId && hubRoleIn(actor, [hubId], ['MANAGER'])),
  // The manager console (/manage): with a hubId, that hub's queues; without, whether the actor has
  // a console at all. Network admins see every hub's.
  'console.view': (actor, context) =>
    actor.isNetworkAdmin ||
    ('hubId' in context ? !!context.hubId && hubRoleIn(actor, [context.hubId], ['MANAGER']) : actor.hubRoles.some((r) => r.role === 'MANAGER')),
  // Reports go to the hub's managers (lib/moderation/dismiss-report.ts).
  'messageReport.dismiss': (actor, { hubId }) => actor.isNetworkAdmin || (!!hubId && hubRoleIn(actor, [hubId], ['MANAGER'])),
  // Suspend a user from messaging, and lift it: the managers of the hub where it was imposed
  // (a suspension without a hub is the admins' alone).
  'messaging.suspend': (actor, { hubId }) => actor.isNetworkAdmin || (!!hubId && hubRoleIn(actor, [hubId], ['MANAGER'])),
  // The demo's development mailbox from another machine (lib/mail/dev-mailbox.ts): admins only.
  'devMailbox.read': (actor) => actor.isNetworkAdmin,
  // Translations of content (lib/translations/). A case study's: its authors while they are
  // officials of its city, and the officers and managers of the city's hubs; a hub's or
  // coalition's description: that hub's officers and managers.
  'translation.edit': (actor, context) =>
    context.cityId
      ? (isAuthorOf(actor, context) && isActiveOfficialOf(actor, context.cityId)) || isReviewerFor(actor, context)
      : isHubStaffOf(actor, context.hubId),
  // Approve or send back: the same hubs' officers and managers, never the translation's own
  // translator (separation of duties; `translatorId` must be given, null for a machine's).
  'translation.review': (actor, context) =>
    context.translatorId !== undefined &&
    context.translatorId !== actor.id &&
    (context.cityId ? isReviewerFor(actor, context) : isHubStaffOf(actor, context.hubId)),
}

export function can(actor: Actor | null | undefined, permission: Permission, context: PermissionContext = {}): boolean {
  try {
    if (!actor || actor.status !== 'ACTIVE') return false
    const rule = rules[permission]
    return rule ? rule(actor, context) === true : false
  } catch (error) {
    // A rule that throws is a bug: refuse, and say so.
    console.error(`permission check ${permission} failed`, error)
    return false
  }
}

export function requirePermission(actor: Actor | null | undefined, permission: Permission, context: PermissionContext = {}) {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  if (actor.status !== 'ACTIVE') {
    announceRefusal(actor, permission, context)
    throw new AppError('FORBIDDEN', 'Your account is suspended.', { key: 'suspended' })
  }
  if (!can(actor, permission, context)) {
    announceRefusal(actor, permission, context)
    throw new AppError('FORBIDDEN', 'You are not allowed to do this.')
  }
}

export type RefusalListener = (actor: Actor, permission: Permission, context: PermissionContext) => void
let refusalListener: RefusalListener | null = null

/**
 * Who hears of refused permissions: the refusal log (lib/security/refusals.ts) installs itself
 * on the server. This module stays free of server code, since components call `can()` too.
 */
export function setRefusalListener(listener: RefusalListener | null) {
  refusalListener = listener
}

function announceRefusal(actor: Actor, permission: Permission, context: PermissionContext) {
  try {
    refusalListener?.(actor, permission, context)
  } catch (error) {
    // The refusal itself stands; its record is best effort.
    console.error('refusal not recorded', error instanceof Error ? error.message : error)
  }
}
