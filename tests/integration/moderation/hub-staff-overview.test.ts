// Issue 15, defect 5: the hub staff dashboard's figures, from the same queues as the console.
import { describe, expect, it } from 'vitest'
import { sendMessage, startConversation } from '@/lib/messaging'
import { listHubStaffOverview } from '@/lib/moderation'
import { createHubManager, createHubOfficer, createOfficial } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork } from '../../factories/case-studies'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

describe('listHubStaffOverview', () => {
  it('counts open and unanswered conversations and what waits for review, per hub of the actor', async () => {
    const network = await createCaseStudyNetwork()
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    const official = await createOfficial(network.cityA.id)
    await createCaseStudyInState(network, 'SUBMITTED')
    const first = await startConversation(official.actor, { hubSlug: network.hubX.slug, subject: 'Compost', body: 'How do we start?', clientKey: 'first-key-0001' })
    const second = await startConversation(official.actor, { hubSlug: network.hubX.slug, subject: 'Crates', body: 'Any advice?', clientKey: 'second-key-002' })
    await sendMessage(officer.actor, { conversationId: second.id, body: 'Start with one market.' })
    // An internal note is no answer to the city.
    await sendMessage(officer.actor, { conversationId: first.id, body: 'I will take this one.', internal: true })

    const [overview] = await listHubStaffOverview(officer.actor)
    expect(overview).toMatchObject({
      hub: { slug: network.hubX.slug },
      role: 'OFFICER',
      openConversations: 2,
      unanswered: { count: 1, oldest: { id: first.id, subject: 'Compost' } },
      caseStudies: { count: 1 },
    })
    expect(overview!.caseStudies.oldest).toBeInstanceOf(Date)
    expect((await listHubStaffOverview(manager.actor))[0]).toMatchObject({ role: 'MANAGER', openConversations: 2 })
    expect(await listHubStaffOverview(official.actor)).toEqual([])
  })
})
