// Data for the figures page and the manager dashboard, with the dates and states the aggregates
// look at set explicitly (a timestamp, a verified flag, a membership that ended).
import { db } from '@/lib/db'
import type { CaseStudyStatus, MetricType, RevisionStatus } from '@/lib/generated/prisma/enums'
import { createCaseStudy } from './index'

let counter = 0
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}`

export async function createTopic(name: string, position = 0) {
  const id = next()
  return db.topic.create({ data: { slug: `topic-${id}`, name: `${name} ${id}`, description: 'A test topic.', position } })
}

export type MetricSpec = { type: MetricType; value: number | string; currency?: string; verified?: boolean }

/** A case study in a given state, with its topics, metrics and publication date. */
export async function createFigureCaseStudy(
  cityId: string,
  {
    status = 'PUBLISHED',
    publishedAt = null,
    topicIds = [],
    metrics = [],
  }: { status?: CaseStudyStatus; publishedAt?: Date | null; topicIds?: string[]; metrics?: MetricSpec[] },
) {
  const caseStudy = await createCaseStudy(cityId, {
    status,
    publishedAt,
    rejectionReason: status === 'REJECTED' ? 'Not about the circular economy.' : null,
  })
  for (const topicId of topicIds) await db.caseStudyTopic.create({ data: { caseStudyId: caseStudy.id, topicId } })
  for (const metric of metrics) {
    await db.impactMetric.create({
      data: {
        caseStudyId: caseStudy.id,
        type: metric.type,
        value: metric.value,
        currency: metric.currency ?? null,
        verified: metric.verified ?? false,
      },
    })
  }
  return caseStudy
}

let revisionNumbers = new Map<string, number>()
export function resetRevisionNumbers() {
  revisionNumbers = new Map()
}

/** A revision with explicit submission and decision times (the dashboard's review time). */
export async function createRevision(
  caseStudyId: string,
  { status, submittedAt, reviewedAt = null }: { status: RevisionStatus; submittedAt: Date | null; reviewedAt?: Date | null },
) {
  const number = (revisionNumbers.get(caseStudyId) ?? 0) + 1
  revisionNumbers.set(caseStudyId, number)
  return db.caseStudyRevision.create({ data: { caseStudyId, number, status, content: {}, submittedAt, reviewedAt } })
}

/** A conversation of `hubId` created at `createdAt`, with messages at given offsets (minutes). */
export async function createTimedConversation(
  hubId: string,
  {
    createdAt,
    kind = 'QUESTION',
    status = 'OPEN',
    assignedToId = null,
    messages = [],
  }: {
    createdAt: Date
    kind?: 'QUESTION' | 'INTRODUCTION' | 'OUTREACH'
    status?: 'OPEN' | 'RESOLVED'
    assignedToId?: string | null
    messages?: { authorId: string; afterMinutes: number; internal?: boolean }[]
  },
) {
  const conversation = await db.conversation.create({
    data: {
      hubId,
      kind,
      status,
      subject: 'Questions about composting',
      assignedToId,
      createdAt,
      lastMessageAt: createdAt,
      resolvedAt: status === 'RESOLVED' ? createdAt : null,
    },
  })
  const created = []
  for (const message of messages) {
    created.push(
      await db.message.create({
        data: {
          conversationId: conversation.id,
          authorId: message.authorId,
          body: 'A message.',
          isInternalNote: message.internal ?? false,
          createdAt: new Date(createdAt.getTime() + message.afterMinutes * 60_000),
        },
      }),
    )
  }
  return { conversation, messages: created }
}
