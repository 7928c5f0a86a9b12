// Hostile identifiers: ids and slugs in inputs and URLs carrying NUL bytes, SQL, or far too many
// characters. PostgreSQL refuses a NUL even inside a look-up, so before the fix these were 500s;
// now a service answers INVALID, a route 404 or 422, and nothing changes.
import './next-runtime'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { GET as messagesGET } from '@/app/api/conversations/[id]/messages/route'
import { GET as filesGET } from '@/app/api/files/[id]/route'
import { GET as detailGET } from '@/app/api/v1/case-studies/[slug]/route'
import { getCaseStudyDraft, submitCaseStudy, updateCaseStudy } from '@/lib/case-studies'
import { addFocalPoint, decideJoinRequest, removeHubRole } from '@/lib/membership'
import { sendMessage } from '@/lib/messaging'
import { markNotificationRead } from '@/lib/notifications/mark-notification-read'
import { removeCaseStudyAttachment } from '@/lib/uploads'
import { createAdmin, createFocalPoint } from '../../factories/actors'
import { createCaseStudyNetwork, validContent, type CaseStudyNetwork } from '../../factories/case-studies'
import { BASE_URL, callRoute, expectHttpRefused, expectRefused, makeRequest, runCases, sessionFor, type HostileCase } from '../../factories/hostile'

vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl')
  const { loadMessages } = await import('@/lib/i18n/messages')
  const messages = await loadMessages('en')
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'en', messages, namespace } as never),
    getLocale: async () => 'en',
  }
})

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

const hostileIds: [string, string][] = [
  ['a NUL byte', 'cm\u0000abc'],
  ['a lone NUL', '\u0000'],
  ['an escape character', 'cm\u001babc'],
  ['65 characters', 'c'.repeat(65)],
]

describe('hostile ids given to the services: INVALID, nothing changed', () => {
  it('named cases', async () => {
    const admin = await createAdmin()
    const focalPoint = await createFocalPoint(network.cityA.id)
    const services: [string, (id: string) => Promise<unknown>, string][] = [
      ['updateCaseStudy', (id) => updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: id }), 'caseStudyId'],
      ['submitCaseStudy', (id) => submitCaseStudy(network.author.actor, { caseStudyId: id }), 'caseStudyId'],
      ['getCaseStudyDraft', (id) => getCaseStudyDraft(network.author.actor, { caseStudyId: id }), 'caseStudyId'],
      ['removeCaseStudyAttachment', (id) => removeCaseStudyAttachment(network.author.actor, { attachmentId: id }), 'attachmentId'],
      ['decideJoinRequest', (id) => decideJoinRequest(admin.actor, { requestId: id, decision: 'APPROVE' }), 'requestId'],
      ['addFocalPoint', (id) => addFocalPoint(focalPoint.actor, { membershipId: id }), 'membershipId'],
      ['removeHubRole', (id) => removeHubRole(admin.actor, { userId: id, hubSlug: network.hubX.slug }), 'userId'],
      ['sendMessage', (id) => sendMessage(network.author.actor, { conversationId: id, body: 'Hello.' }), 'conversationId'],
      ['markNotificationRead', (id) => markNotificationRead(network.author.actor, { notificationId: id }), 'notificationId'],
    ]
    const cases: HostileCase[] = []
    for (const [service, run, field] of services) {
      for (const [label, id] of hostileIds) {
        const name = `${service} with ${label}`
        cases.push({ name, run: () => expectRefused(() => run(id), { code: 'INVALID', field }, name) })
      }
    }
    await runCases(cases)
  })
})

describe('hostile ids and slugs in URLs: 404 or 422, never 500, nothing changed', () => {
  it('named cases', async () => {
    const session = await sessionFor(network.author.user.id)
    const cases: HostileCase[] = []
    for (const [label, id] of [...hostileIds, ['SQL', "' OR '1'='1"], ['a path', '../../etc/passwd'], ['a percent-encoded NUL', '%00']] as [string, string][]) {
      cases.push(
        {
          name: `GET /api/conversations/:id/messages with ${label}`,
          run: () =>
            expectHttpRefused(
              () => callRoute(messagesGET, makeRequest('/api/conversations/x/messages', { session }), { id }),
              { status: /\u0000|\u001b|^c{65}$/.test(id) ? 422 : 404, code: /\u0000|\u001b|^c{65}$/.test(id) ? 'INVALID' : 'NOT_FOUND' },
              label,
            ),
        },
        {
          name: `GET /api/files/:id with ${label}`,
          run: () => expectHttpRefused(() => callRoute(filesGET, makeRequest('/api/files/x', { session }), { id }), { status: 404, code: 'NOT_FOUND' }, label),
        },
        {
          name: `GET /api/v1/case-studies/:slug with ${label}`,
          run: () =>
            expectHttpRefused(
              () => detailGET(new Request(`${BASE_URL}/api/v1/case-studies/x`), { params: Promise.resolve({ slug: id }) }),
              { status: 404, code: 'NOT_FOUND' },
              label,
            ),
        },
      )
    }
    cases.push({
      name: 'a polling "after" that is not a date',
      run: async () => {
        const conversationId = 'unknown-conversation'
        const response = await callRoute(messagesGET, makeRequest(`/api/conversations/x/messages?after=not-a-date`, { session }), { id: conversationId })
        expect(response.status).toBe(422)
      },
    })
    await runCases(cases)
  })
})
