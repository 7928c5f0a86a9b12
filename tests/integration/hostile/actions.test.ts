// Server actions called with argument shapes no form sends: an action is a public endpoint and
// whoever posts to it picks its arguments. Each must answer a field error (status 'error' with
// `fields`), not "Something went wrong", and change nothing. Before issue 13 every one of these
// threw "form.get is not a function" and answered the generic error with a reference.
import './next-runtime'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { decideJoinRequestAction, bulkReportsAction } from '@/app/(manage)/manage/actions'
import { publishCaseStudyAction } from '@/app/(manage)/reviews/actions'
import { registerAction } from '@/app/(auth)/actions'
import { sendMessageAction, startConversationAction } from '@/app/(portal)/inbox/actions'
import { previewCaseStudyAction } from '@/app/(portal)/my/case-studies/actions'
import { unsubscribeAction } from '@/app/[locale]/(public)/unsubscribe/actions'
import { idle } from '@/lib/actions/result'
import { createHubManager, createOfficial } from '../../factories/actors'
import { createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'
import { inRequestScope, makeRequest, runCases, sessionFor, snapshotDatabase } from '../../factories/hostile'

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

type Action = (state: never, form: never) => Promise<unknown>
const shapes: [string, unknown][] = [
  ['a string', 'caseStudyId=1'],
  ['a number', 42],
  ['null', null],
  ['a plain object', { get: 'not a function', caseStudyId: 'x' }],
  ['an array', [['caseStudyId', 'x']]],
]

describe('server actions with malformed arguments', () => {
  it('answer a field error and change nothing, for every shape', async () => {
    const official = await createOfficial(network.cityA.id)
    const manager = await createHubManager(network.hubX.id)
    const actions: [string, Action, string | null][] = [
      ['registerAction', registerAction as Action, null],
      ['unsubscribeAction', unsubscribeAction as Action, null],
      ['startConversationAction', startConversationAction as Action, official.user.id],
      ['sendMessageAction', sendMessageAction as Action, official.user.id],
      ['decideJoinRequestAction', decideJoinRequestAction as Action, manager.user.id],
      ['bulkReportsAction', bulkReportsAction as Action, manager.user.id],
      ['publishCaseStudyAction', publishCaseStudyAction as Action, manager.user.id],
    ]
    const sessions = new Map<string, string>()
    for (const [, , userId] of actions) if (userId && !sessions.has(userId)) sessions.set(userId, await sessionFor(userId))
    const before = await snapshotDatabase()
    await runCases(
      actions.flatMap(([name, action, userId]) =>
        shapes.map(([shape, argument]) => ({
          name: `${name} with ${shape}`,
          run: async () => {
            const session = userId ? sessions.get(userId) : undefined
            const result = (await inRequestScope(makeRequest('/', { method: 'POST', session }), () => action(idle as never, argument as never))) as {
              status: string
              message: string
              fields?: Record<string, string[]>
            }
            expect(result.status).toBe('error')
            expect(result.message).not.toMatch(/something went wrong/i)
            expect(Object.keys(result.fields ?? {}).length).toBeGreaterThan(0)
            expect(await snapshotDatabase()).toEqual(before)
          },
        })),
      ),
    )
  })

  it('the preview action answers an error for a non-form argument too', async () => {
    const official = await createOfficial(network.cityA.id)
    const session = await sessionFor(official.user.id)
    const result = await inRequestScope(makeRequest('/', { method: 'POST', session }), () => previewCaseStudyAction(12 as never))
    expect(result).toMatchObject({ status: 'error' })
    expect((result as { message: string }).message).not.toMatch(/something went wrong/i)
  })
})
