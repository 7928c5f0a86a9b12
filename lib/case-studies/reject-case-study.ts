// An officer or manager of one of the city's hubs rejects the content under review, with a
// reason the authors see: a SUBMITTED case study becomes REJECTED (final: it is neither edited
// nor resubmitted), or the submitted revision of a published one is rejected while the published
// version stays up (its authors may start a new revision). A published case study without a
// submitted revision cannot be rejected: taking it down is `unpublishCaseStudy`.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { kickOutbox } from '@/lib/mail/outbox'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { RejectCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { decisionMail } from './mail'
import { assertIndependentReviewer, closeSubmission, loadForDecision, lockCaseStudy, tellAuthors } from './shared'
import { assertLegal } from './workflow'

export type RejectCaseStudyResult = { id: string; status: 'REJECTED' | 'PUBLISHED'; revisionNumber: number | null }

export async function rejectCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<RejectCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RejectCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.reject', input.idempotencyKey, () => rejectCaseStudyOnce(actor, input))
}

async function rejectCaseStudyOnce(actor: Actor, input: z.output<typeof RejectCaseStudySchema>): Promise<RejectCaseStudyResult> {
  const { caseStudy, context, hubId } = await loadForDecision(actor, input.caseStudyId, 'caseStudy.review')
  const now = new Date()

  const result = await db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    await assertIndependentReviewer(tx, actor, caseStudy.id, state, context, 'caseStudy.review')
    assertLegal('reject', state)
    const revision = state.openRevisionRow
    const isRevisionOfPublished = state.status === 'PUBLISHED'

    await closeSubmission(tx, {
      caseStudyId: caseStudy.id,
      revision,
      isRevisionOfPublished,
      caseStudyData: { status: 'REJECTED', rejectionReason: input.reason },
      revisionStatus: 'REJECTED',
      reviewerId: actor.id,
      note: input.reason,
      now,
    })

    const revisionNumber = revision?.number ?? null
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.reject',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      hubId,
      reason: input.reason,
      metadata: { revisionNumber, revisionOfPublished: isRevisionOfPublished },
    })
    await tellAuthors(tx, caseStudy.id, actor.id, {
      type: isRevisionOfPublished ? 'caseStudy.revisionRejected' : 'caseStudy.rejected',
      data: { caseStudyId: caseStudy.id, slug: caseStudy.slug, title: caseStudy.title, reason: input.reason, revisionNumber },
      mail: (name) =>
        decisionMail('rejected', {
          name,
          title: caseStudy.title,
          caseStudyId: caseStudy.id,
          revision: isRevisionOfPublished,
          note: input.reason,
        }),
    })
    return { id: caseStudy.id, status: isRevisionOfPublished ? ('PUBLISHED' as const) : ('REJECTED' as const), revisionNumber }
  })
  kickOutbox()
  return result
}
