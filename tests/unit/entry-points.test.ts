// Every server action and API route must be listed here with the permissions that guard it
// (each of which the permission matrix in permissions.test.ts covers for every actor), or be
// declared public with the reason. A new action or route that is not listed fails this test.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { permissions, type Permission } from '@/lib/auth/permissions'

type Guard = { permissions: Permission[] } | { public: string }

const registry: Record<string, Guard> = {
  'app/(auth)/actions.ts#registerAction': { public: 'registration is open; rate limited per IP and account' },
  'app/(auth)/actions.ts#requestPasswordResetAction': { public: 'answers alike for every address; rate limited' },
  'app/(auth)/actions.ts#resetPasswordAction': { public: 'authorised by the single-use e-mailed token' },
  'app/(auth)/actions.ts#signOutEverywhereAction': { permissions: ['dashboard.view'] },
  'app/(manage)/admin/hub-roles/actions.ts#appointHubRoleAction': { permissions: ['hubRole.appoint'] },
  'app/(manage)/admin/hub-roles/actions.ts#removeHubRoleAction': { permissions: ['hubRole.remove'] },
  // Network administration: each service re-reads the actor and checks these itself.
  'app/(manage)/admin/network/actions.ts#createHubAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#updateHubAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#createCoalitionAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#updateCoalitionAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#createTopicAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#updateTopicAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#createCityAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/network/actions.ts#updateCityAction': { permissions: ['network.manage'] },
  'app/(manage)/admin/users/actions.ts#suspendUserAction': { permissions: ['user.suspend'] },
  'app/(manage)/admin/users/actions.ts#restoreUserAction': { permissions: ['user.suspend'] },
  'app/(manage)/admin/import/actions.ts#importCsvAction': { permissions: ['network.import'] },
  // Admins export every entry, managers their hubs' entries; anyone else gets 404.
  'app/(manage)/audit/export.csv/route.ts#GET': { permissions: ['audit.viewAll', 'audit.viewHub'] },
  'app/(portal)/dashboard/actions.ts#requestToJoinAction': { permissions: ['hubJoinRequest.create', 'coalitionJoinRequest.create'] },
  'app/(portal)/dashboard/actions.ts#withdrawJoinRequestAction': { permissions: ['joinRequest.withdraw'] },
  'app/(portal)/dashboard/actions.ts#leaveMembershipAction': { permissions: ['membership.leave'] },
  'app/(portal)/dashboard/actions.ts#decideJoinRequestAction': { permissions: ['joinRequest.decide'] },
  'app/(portal)/dashboard/actions.ts#requestCityTeamAction': { permissions: ['cityTeam.request'] },
  'app/(portal)/dashboard/actions.ts#decideCityTeamAction': { permissions: ['cityTeam.decide'] },
  'app/(portal)/dashboard/actions.ts#addFocalPointAction': { permissions: ['cityTeam.addFocalPoint'] },
  'app/(portal)/dashboard/actions.ts#removeOfficialAction': { permissions: ['cityTeam.removeOfficial'] },
  'app/(portal)/my/case-studies/actions.ts#createCaseStudyAction': { permissions: ['caseStudy.create'] },
  'app/(portal)/my/case-studies/actions.ts#updateCaseStudyAction': { permissions: ['caseStudy.edit'] },
  'app/(portal)/my/case-studies/actions.ts#previewCaseStudyAction': { permissions: ['caseStudy.create'] },
  'app/(portal)/my/case-studies/actions.ts#submitCaseStudyAction': { permissions: ['caseStudy.submit'] },
  'app/(portal)/my/case-studies/actions.ts#removeAttachmentAction': { permissions: ['caseStudy.edit'] },
  'app/(portal)/my/case-studies/actions.ts#commentOnCaseStudyAction': { permissions: ['caseStudy.comment'] },
  'app/(manage)/reviews/actions.ts#requestChangesAction': { permissions: ['caseStudy.review'] },
  'app/(manage)/reviews/actions.ts#publishCaseStudyAction': { permissions: ['caseStudy.publish'] },
  'app/(manage)/reviews/actions.ts#rejectCaseStudyAction': { permissions: ['caseStudy.review'] },
  'app/(manage)/reviews/actions.ts#unpublishCaseStudyAction': { permissions: ['caseStudy.unpublish'] },
  // The manager console: each action's moderation service checks these for the item's hub.
  'app/(manage)/manage/actions.ts#decideJoinRequestAction': { permissions: ['joinRequest.decide'] },
  'app/(manage)/manage/actions.ts#decideVerificationAction': { permissions: ['cityTeam.decide'] },
  'app/(manage)/manage/actions.ts#handleReportAction': { permissions: ['console.view', 'message.hide', 'messageReport.dismiss'] },
  'app/(manage)/manage/actions.ts#suspendMessagingAction': { permissions: ['console.view', 'messaging.suspend'] },
  'app/(manage)/manage/actions.ts#liftSuspensionAction': { permissions: ['console.view', 'messaging.suspend'] },
  'app/(manage)/manage/actions.ts#bulkJoinRequestsAction': { permissions: ['joinRequest.decide'] },
  'app/(manage)/manage/actions.ts#bulkReportsAction': { permissions: ['console.view', 'message.hide', 'messageReport.dismiss'] },
  // Messaging and notifications: each action's service checks these itself.
  'app/(portal)/inbox/actions.ts#startConversationAction': { permissions: ['conversation.start'] },
  'app/(portal)/inbox/actions.ts#sendMessageAction': { permissions: ['conversation.reply', 'conversation.manage'] },
  'app/(portal)/inbox/actions.ts#editMessageAction': { permissions: ['conversation.view'] },
  'app/(portal)/inbox/actions.ts#reportMessageAction': { permissions: ['message.report'] },
  'app/(portal)/inbox/actions.ts#hideMessageAction': { permissions: ['message.hide'] },
  'app/(portal)/inbox/actions.ts#assignConversationAction': { permissions: ['conversation.manage'] },
  'app/(portal)/inbox/actions.ts#resolveConversationAction': { permissions: ['conversation.manage'] },
  'app/(portal)/inbox/actions.ts#reopenConversationAction': { permissions: ['conversation.manage'] },
  'app/(portal)/inbox/actions.ts#saveReplyAction': { permissions: ['conversation.manage'] },
  'app/(portal)/inbox/actions.ts#deleteSavedReplyAction': { permissions: ['conversation.manage'] },
  'app/(portal)/notifications/actions.ts#markNotificationReadAction': { permissions: ['notification.manage'] },
  'app/(portal)/notifications/actions.ts#markAllNotificationsReadAction': { permissions: ['notification.manage'] },
  'app/(portal)/notifications/actions.ts#updateEmailPreferenceAction': { permissions: ['notification.manage'] },
  'app/(public)/unsubscribe/actions.ts#unsubscribeAction': { public: 'authorised by the HMAC-signed unsubscribe token alone; only ever turns e-mail off' },
  // Polling read of a thread: 404 unless conversation.view allows it.
  'app/api/conversations/[id]/messages/route.ts#GET': { permissions: ['conversation.view'] },
  'app/api/conversations/[id]/messages/route.ts#POST': { permissions: ['conversation.reply', 'conversation.manage'] },
  // Files on messages: 404 unless conversation.view (and conversation.manage for internal notes) allows it.
  'app/api/message-files/[id]/route.ts#GET': { permissions: ['conversation.view', 'conversation.manage'] },
  'app/(portal)/inbox/actions.ts#requestIntroductionAction': { permissions: ['introduction.request'] },
  'app/(manage)/hub-inbox/actions.ts#startOutreachAction': { permissions: ['conversation.outreach'] },
  'app/(manage)/hub-inbox/actions.ts#connectIntroductionAction': { permissions: ['introduction.connect'] },
  'app/api/locale/route.ts#POST': { public: 'sets the visitor’s own language cookie; same-origin posts only' },
  'app/api/auth/[...nextauth]/route.ts#GET': { public: 'next-auth: session, csrf, providers, callbacks' },
  'app/api/auth/[...nextauth]/route.ts#POST': { public: 'next-auth sign-in and sign-out; rate limited' },
  'app/api/case-studies/[id]/attachments/route.ts#POST': { permissions: ['caseStudy.edit'] },
  // Files of published case studies are public; any other file needs caseStudy.viewDraft (404 otherwise).
  'app/api/files/[id]/route.ts#GET': { permissions: ['caseStudy.viewDraft'] },
  'app/api/health/route.ts#GET': { public: 'health check for load balancers' },
  'app/api/v1/case-studies/route.ts#GET': { public: 'open data: published case studies only, validated query' },
  'app/api/v1/case-studies/[slug]/route.ts#GET': { public: 'open data: one published case study; anything else is 404' },
  'app/api/v1/case-studies.csv/route.ts#GET': { public: 'open data: CSV of published case studies, formula-safe cells' },
  'app/api/v1/hubs/route.ts#GET': { public: 'open data: the regional hubs, no people' },
  'app/api/v1/coalitions/route.ts#GET': { public: 'open data: coalitions and networks, no people' },
  'app/api/v1/cities/route.ts#GET': { public: 'open data: cities with their memberships, no people' },
  'app/api/v1/topics/route.ts#GET': { public: 'open data: the case-study topics' },
  'app/api/v1/openapi.json/route.ts#GET': { public: 'the OpenAPI document of the public API' },
  'app/(public)/case-studies/feed.xml/route.ts#GET': { public: 'Atom feed of published case studies' },
  'app/(public)/case-studies/world-map.svg/route.ts#GET': { public: 'static base map image of case-study pages' },
}

const root = path.resolve(import.meta.dirname, '../..')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? (entry === 'generated' ? [] : walk(full)) : [full]
  })
}

function discoverEntryPoints(): string[] {
  const found: string[] = []
  for (const file of [...walk(path.join(root, 'app')), ...walk(path.join(root, 'lib'))]) {
    if (!/\.(ts|tsx)$/.test(file)) continue
    const source = readFileSync(file, 'utf8')
    const relative = path.relative(root, file).split(path.sep).join('/')
    const isServerActionFile = /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source)
    const isRoute = /\/route\.ts$/.test(relative)
    if (!isServerActionFile && !isRoute) continue
    for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z0-9_]+)/g)) {
      found.push(`${relative}#${match[1]}`)
    }
    for (const match of source.matchAll(/export\s+const\s+([A-Za-z0-9_]+)\s*=/g)) {
      if (isRoute && !/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(match[1]!)) continue
      found.push(`${relative}#${match[1]}`)
    }
  }
  return found.filter((entry) => !/#(dynamic|revalidate|runtime)$/.test(entry)).sort()
}

describe('entry points', () => {
  const discovered = discoverEntryPoints()

  it('finds the server actions and routes', () => {
    expect(discovered.length).toBeGreaterThan(10)
  })

  it('lists every server action and API route with its guard', () => {
    expect(discovered.filter((entry) => !(entry in registry))).toEqual([])
  })

  it('has no stale entries', () => {
    expect(Object.keys(registry).filter((entry) => !discovered.includes(entry))).toEqual([])
  })

  it('guards each listed entry with permissions the matrix covers, or says why it is public', () => {
    for (const [entry, guard] of Object.entries(registry)) {
      if ('public' in guard) {
        expect(guard.public.length, entry).toBeGreaterThan(10)
      } else {
        expect(guard.permissions.length, entry).toBeGreaterThan(0)
        for (const permission of guard.permissions) expect(permissions, entry).toContain(permission)
      }
    }
  })
})
