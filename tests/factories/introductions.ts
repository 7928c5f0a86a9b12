// Introductions and message files: a published case study of city B (in hub Y) that an official
// of city A (in hub X) wants to follow up, the people on both sides, and a snapshot of
// everything the introduction and attachment services may write.
import { expect } from 'vitest'
import { db } from '@/lib/db'
import { createHubManager, createHubOfficer, createNetwork, createOfficial } from './actors'
import { createCaseStudy } from './index'
import { messagingSnapshot } from './messaging'

export async function createIntroductionWorld() {
  const network = await createNetwork()
  const requester = await createOfficial(network.cityA.id)
  const colleague = await createOfficial(network.cityA.id)
  const hostOfficial = await createOfficial(network.cityB.id)
  const officerY = await createHubOfficer(network.hubY.id)
  const managerY = await createHubManager(network.hubY.id)
  const officerX = await createHubOfficer(network.hubX.id)
  const caseStudy = await createCaseStudy(network.cityB.id, { status: 'PUBLISHED', reviewHubId: network.hubY.id })
  return { network, requester, colleague, hostOfficial, officerY, managerY, officerX, caseStudy }
}
export type IntroductionWorld = Awaited<ReturnType<typeof createIntroductionWorld>>

export async function introductionSnapshot() {
  const [messaging, requests, attachments] = await Promise.all([
    messagingSnapshot(),
    db.introductionRequest.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, conversationId: true, decidedById: true } }),
    db.attachment.findMany({ orderBy: { id: 'asc' }, select: { id: true, messageId: true, storageKey: true } }),
  ])
  return { ...messaging, requests, attachments }
}

/** Refused with `code` (and `key` when given), and nothing the services write changed. */
export async function expectIntroductionRefused(run: () => Promise<unknown>, code: string, key?: string) {
  const before = await introductionSnapshot()
  const error = await run().then(
    () => null,
    (e: unknown) => e as { code?: string; key?: string },
  )
  expect(error).toMatchObject(key ? { code, key } : { code })
  expect(await introductionSnapshot()).toEqual(before)
}
