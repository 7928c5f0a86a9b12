// Case studies in every workflow state, the people around them, valid content, and a snapshot of
// everything the case-study and upload services may write (for "refused, and nothing changed").
import { expect } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { contentToJson, readCaseStudyContent } from '@/lib/case-studies/content'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import {
  actorFor,
  createAdmin,
  createFocalPoint,
  createHubManager,
  createHubOfficer,
  createNetwork,
  createOfficial,
  createSuspended,
  createUnattachedUser,
} from './actors'

let counter = 0
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}`

/** The topic tree the validation rules know: procurement with a child, and two others. */
export async function createTopics() {
  const procurement = await db.topic.create({
    data: { slug: 'circular-public-procurement', name: 'Circular public procurement', description: 'Buying circular.' },
  })
  const lifecycleCosting = await db.topic.create({
    data: { slug: 'lifecycle-costing', name: 'Lifecycle costing', description: 'Total cost.', parentId: procurement.id },
  })
  const foodSystems = await db.topic.create({ data: { slug: 'food-systems', name: 'Food systems', description: 'Food.' } })
  const wastePrevention = await db.topic.create({
    data: { slug: 'waste-prevention', name: 'Waste prevention', description: 'Less waste.' },
  })
  return { procurement, lifecycleCosting, foodSystems, wastePrevention }
}

/**
 * City A (hub X) with its author, a coalition it belongs to and one it does not; city B in hub
 * Y. Reviewers of city A's case studies are hub X's officers and managers.
 */
export async function createCaseStudyNetwork() {
  const network = await createNetwork()
  const topics = await createTopics()
  await db.cityCoalitionMembership.create({ data: { cityId: network.cityA.id, coalitionId: network.coalition.id } })
  const author = await createOfficial(network.cityA.id, 'ACTIVE', { name: 'Ama Author' })
  return { ...network, topics, author }
}
export type CaseStudyNetwork = Awaited<ReturnType<typeof createCaseStudyNetwork>>

/** Input that every content rule accepts. */
export function validContent(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Composting market waste for urban farms',
    summary: 'The city turned the organic waste of its markets into compost for school gardens.',
    body: '## Context\n\nMarkets produced 40 tonnes of organic waste a week.\n\n## What we did\n\nWe composted it.\n',
    language: 'en',
    startYear: 2020,
    projectStatus: 'ONGOING',
    topics: ['food-systems'],
    coalitions: [],
    procurementPractices: [],
    tenderClauses: '',
    metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 1200, baselineYear: 2019, method: 'Weighbridge records.' }],
    ...overrides,
  }
}

export const caseStudyStates = [
  'DRAFT',
  'SUBMITTED',
  'CHANGES_REQUESTED',
  'PUBLISHED',
  'PUBLISHED_WITH_DRAFT_REVISION',
  'PUBLISHED_WITH_SUBMITTED_REVISION',
  'REJECTED',
  'UNPUBLISHED',
] as const
export type CaseStudyState = (typeof caseStudyStates)[number]

/**
 * A case study of city A written by the network's author, put straight into `state` with the
 * revisions the workflow would have left (revision 1 submitted and decided; revision 2 open for
 * the "with revision" states).
 */
export async function createCaseStudyInState(
  network: CaseStudyNetwork,
  state: CaseStudyState,
  overrides: Partial<Prisma.CaseStudyUncheckedCreateInput> = {},
) {
  const id = next()
  const authorId = network.author.user.id
  const status = state.startsWith('PUBLISHED') ? 'PUBLISHED' : (state as Exclude<CaseStudyState, `PUBLISHED${string}`>)
  const wasPublished = status === 'PUBLISHED' || status === 'UNPUBLISHED'
  const day = 24 * 60 * 60 * 1000
  const caseStudy = await db.caseStudy.create({
    data: {
      slug: `case-${id}`,
      cityId: network.cityA.id,
      status,
      title: `Case study ${id}`,
      summary: 'What the city did, what it achieved and what it learned.',
      body: 'First line.\nSecond line.\nThird line.\n',
      language: 'en',
      startYear: 2019,
      projectStatus: 'ONGOING',
      createdById: authorId,
      contactOfficialId: authorId,
      publishedAt: wasPublished ? new Date(Date.now() - 10 * day) : null,
      reviewHubId: wasPublished ? network.hubX.id : null,
      rejectionReason: status === 'REJECTED' ? 'Out of scope for the library.' : null,
      authors: { create: [{ userId: authorId }] },
      topics: { create: [{ topicId: network.topics.foodSystems.id }] },
      metrics: { create: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 100, baselineYear: 2018, verified: wasPublished }] },
      ...overrides,
    },
  })
  const content = await readCaseStudyContent(db, caseStudy.id)
  const submittedAt = new Date(Date.now() - 12 * day)
  const firstRevisionStatus = {
    DRAFT: null,
    SUBMITTED: 'SUBMITTED',
    CHANGES_REQUESTED: 'CHANGES_REQUESTED',
    PUBLISHED: 'APPROVED',
    REJECTED: 'REJECTED',
    UNPUBLISHED: 'APPROVED',
  } as const
  const first = firstRevisionStatus[status]
  if (first) {
    await db.caseStudyRevision.create({
      data: {
        caseStudyId: caseStudy.id,
        number: 1,
        status: first,
        content: contentToJson(content),
        authorId,
        submittedAt,
        reviewedAt: first === 'SUBMITTED' ? null : new Date(Date.now() - 11 * day),
        reviewNote: first === 'CHANGES_REQUESTED' ? 'Please add the method.' : first === 'REJECTED' ? 'Out of scope for the library.' : null,
      },
    })
  }
  if (state === 'PUBLISHED_WITH_DRAFT_REVISION' || state === 'PUBLISHED_WITH_SUBMITTED_REVISION') {
    await db.caseStudyRevision.create({
      data: {
        caseStudyId: caseStudy.id,
        number: 2,
        status: state === 'PUBLISHED_WITH_DRAFT_REVISION' ? 'DRAFT' : 'SUBMITTED',
        content: contentToJson({ ...content, title: `${content.title} (updated)` }),
        authorId,
        submittedAt: state === 'PUBLISHED_WITH_SUBMITTED_REVISION' ? new Date() : null,
      },
    })
  }
  return caseStudy
}

export const caseStudyActorKinds = [
  'anonymous',
  'unattached',
  'pendingOfficialA',
  /** An active official of city A who did not write the case study: may co-edit. */
  'officialA',
  'focalPointA',
  'officialB',
  'officerX',
  'managerX',
  'officerY',
  'managerY',
  'admin',
  /** Suspended after their Actor was loaded: the held object still says ACTIVE. */
  'suspendedOfficialA',
  'suspendedOfficerX',
  'suspendedManagerX',
  'suspendedAdmin',
] as const
export type CaseStudyActorKind = (typeof caseStudyActorKinds)[number]

export async function caseStudyActorOfKind(kind: CaseStudyActorKind, network: CaseStudyNetwork): Promise<Actor | null> {
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
    case 'officialB':
      return (await createOfficial(cityB.id)).actor
    case 'officerX':
      return (await createHubOfficer(hubX.id)).actor
    case 'managerX':
      return (await createHubManager(hubX.id)).actor
    case 'officerY':
      return (await createHubOfficer(hubY.id)).actor
    case 'managerY':
      return (await createHubManager(hubY.id)).actor
    case 'admin':
      return (await createAdmin()).actor
    case 'suspendedOfficialA':
      return (await createSuspended({ officialOf: cityA.id })).stale
    case 'suspendedOfficerX':
      return (await createSuspended({ officerOf: hubX.id })).stale
    case 'suspendedManagerX':
      return (await createSuspended({ managerOf: hubX.id })).stale
    case 'suspendedAdmin':
      return (await createSuspended({ admin: true })).stale
  }
}

/** A hub officer of X who is also an active official of city A (may review and edit). */
export async function createOfficerWhoIsOfficialA(network: CaseStudyNetwork) {
  const official = await createOfficial(network.cityA.id)
  await db.hubRole.create({ data: { userId: official.user.id, hubId: network.hubX.id, role: 'OFFICER' } })
  return { user: official.user, actor: await actorFor(official.user.id) }
}

/** Everything the case-study and upload services write, in a comparable form. */
export async function caseStudySnapshot() {
  const [caseStudies, authors, topics, coalitions, metrics, revisions, comments, attachments, audits, notifications, mails] =
    await Promise.all([
      db.caseStudy.findMany({
        orderBy: { id: 'asc' },
        select: {
          id: true,
          slug: true,
          status: true,
          title: true,
          summary: true,
          body: true,
          language: true,
          startYear: true,
          projectStatus: true,
          procurementPractices: true,
          tenderClauses: true,
          coverImageId: true,
          reviewHubId: true,
          rejectionReason: true,
          publishedAt: true,
          updatedAt: true,
        },
      }),
      db.caseStudyAuthor.findMany({ orderBy: [{ caseStudyId: 'asc' }, { userId: 'asc' }] }),
      db.caseStudyTopic.findMany({ orderBy: [{ caseStudyId: 'asc' }, { topicId: 'asc' }] }),
      db.caseStudyCoalition.findMany({ orderBy: [{ caseStudyId: 'asc' }, { coalitionId: 'asc' }] }),
      db.impactMetric.findMany({ orderBy: { id: 'asc' } }),
      db.caseStudyRevision.findMany({ orderBy: { id: 'asc' } }),
      db.reviewComment.findMany({ orderBy: { id: 'asc' } }),
      db.attachment.findMany({ orderBy: { id: 'asc' } }),
      db.auditLog.count(),
      db.notification.count(),
      db.outboxEmail.count(),
    ])
  return { caseStudies, authors, topics, coalitions, metrics, revisions, comments, attachments, audits, notifications, mails }
}

/** Runs `run`, expects it refused with `code` (and `key` when given), and nothing written. */
export async function expectRefusedUnchanged(run: () => Promise<unknown>, code: string, key?: string) {
  const before = await caseStudySnapshot()
  await (key ? expect(run()).rejects.toMatchObject({ code, key }) : expect(run()).rejects.toMatchObject({ code }))
  expect(await caseStudySnapshot()).toEqual(before)
}
