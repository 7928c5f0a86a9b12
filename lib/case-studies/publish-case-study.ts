// An officer or manager of one of the city's hubs approves the content under review.
// - A SUBMITTED case study becomes PUBLISHED: publishedAt is set on its first publication only,
//   reviewHubId is the reviewer's hub, and the submitted revision is APPROVED.
// - The submitted revision of a PUBLISHED case study is APPROVED and its content is copied onto
//   the case study (fields, topics, coalitions, metrics): only now does the public see it.
// Nobody approves what they wrote or co-wrote (FORBIDDEN, key ownCaseStudy), checked under the
// row lock so a co-authorship added concurrently counts. The reviewer states which metrics they
// verified (`verifiedMetrics`); without it, metrics whose figures are unchanged from verified
// ones stay verified and the others are not.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { MetricType } from '@/lib/generated/prisma/enums'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { kickOutbox } from '@/lib/mail/outbox'
import { kickMachineTranslations } from '@/lib/translations/machine/request-machine-translations'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { PublishCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import {
  carryVerification,
  contentColumns,
  parseStoredContent,
  readCaseStudyContent,
  replaceRelations,
  resolveReferences,
  type CaseStudyContent,
} from './content'
import { decisionMail } from './mail'
import { assertIndependentReviewer, loadForDecision, lockCaseStudy, tellAuthors } from './shared'
import { assertLegal, illegalTransition } from './workflow'

export type PublishCaseStudyResult = {
  id: string
  slug: string
  status: 'PUBLISHED'
  publishedAt: Date
  revisionNumber: number | null
  firstPublication: boolean
}

function applyVerification(content: CaseStudyContent, verifiedMetrics: MetricType[] | undefined, reference: CaseStudyContent): CaseStudyContent {
  if (!verifiedMetrics) return carryVerification(content, reference.metrics)
  const present = new Set(content.metrics.map((metric) => metric.type))
  if (verifiedMetrics.some((type) => !present.has(type))) {
    throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields: { verifiedMetrics: ['invalid'] } })
  }
  return { ...content, metrics: content.metrics.map((metric) => ({ ...metric, verified: verifiedMetrics.includes(metric.type) })) }
}

export async function publishCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<PublishCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(PublishCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.publish', input.idempotencyKey, () => publishCaseStudyOnce(actor, input))
}

async function publishCaseStudyOnce(actor: Actor, input: z.output<typeof PublishCaseStudySchema>): Promise<PublishCaseStudyResult> {
  const { caseStudy, context, hubId } = await loadForDecision(actor, input.caseStudyId, 'caseStudy.review')
  const now = new Date()

  const result = await db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    await assertIndependentReviewer(tx, actor, caseStudy.id, state, context, 'caseStudy.publish')
    assertLegal('publish', state)
    const revision = state.openRevisionRow
    const isRevisionOfPublished = state.status === 'PUBLISHED'
    const onRow = await readCaseStudyContent(tx, caseStudy.id)

    if (!isRevisionOfPublished) {
      const content = applyVerification(onRow, input.verifiedMetrics, onRow)
      const flipped = await tx.caseStudy.updateMany({
        where: { id: caseStudy.id, status: 'SUBMITTED' },
        data: { status: 'PUBLISHED', publishedAt: state.publishedAt ?? now, reviewHubId: hubId, rejectionReason: null },
      })
      if (flipped.count !== 1) throw illegalTransition()
      const verified = content.metrics.filter((metric) => metric.verified).map((metric) => metric.type)
      await tx.impactMetric.updateMany({ where: { caseStudyId: caseStudy.id, type: { in: verified } }, data: { verified: true } })
      await tx.impactMetric.updateMany({ where: { caseStudyId: caseStudy.id, type: { notIn: verified } }, data: { verified: false } })
    } else {
      if (!revision) throw illegalTransition()
      const stored = await tx.caseStudyRevision.findUniqueOrThrow({ where: { id: revision.id }, select: { content: true } })
      const content = applyVerification(parseStoredContent(stored.content), input.verifiedMetrics, onRow)
      const refs = await resolveReferences(tx, content, { cityId: caseStudy.cityId, keepCoalitionSlugs: content.coalitions })
      const updated = await tx.caseStudy.updateMany({
        where: { id: caseStudy.id, status: 'PUBLISHED' },
        data: { ...contentColumns(content), reviewHubId: hubId },
      })
      if (updated.count !== 1) throw illegalTransition()
      await replaceRelations(tx, caseStudy.id, content, refs)
    }
    if (revision) {
      const approved = await tx.caseStudyRevision.updateMany({
        where: { id: revision.id, status: 'SUBMITTED' },
        data: { status: 'APPROVED', reviewerId: actor.id, reviewedAt: now },
      })
      if (approved.count !== 1) throw illegalTransition()
    }

    const revisionNumber = revision?.number ?? null
    const firstPublication = !state.publishedAt
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.publish',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      hubId,
      metadata: { revisionNumber, revisionOfPublished: isRevisionOfPublished, firstPublication },
    })
    await notifyPublicContentChange(tx)
    await tellAuthors(tx, caseStudy.id, actor.id, {
      type: isRevisionOfPublished ? 'caseStudy.revisionPublished' : 'caseStudy.published',
      data: { caseStudyId: caseStudy.id, slug: caseStudy.slug, title: caseStudy.title, revisionNumber },
      mail: (name) =>
        decisionMail('published', { name, title: caseStudy.title, caseStudyId: caseStudy.id, revision: isRevisionOfPublished }),
    })
    return {
      id: caseStudy.id,
      slug: caseStudy.slug,
      status: 'PUBLISHED' as const,
      publishedAt: state.publishedAt ?? now,
      revisionNumber,
      firstPublication,
    }
  })
  publicContentChanged()
  kickOutbox()
  // Its (new) text, into the configured languages, when machine translation is on.
  kickMachineTranslations('CASE_STUDY', caseStudy.id)
  return result
}
