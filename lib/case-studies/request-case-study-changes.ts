// An officer or manager of one of the city's hubs sends the content under review back to its
// authors with a note: a SUBMITTED case study becomes CHANGES_REQUESTED, or the submitted
// revision of a published one does (the published version stays up). The revision keeps the
// note, the reviewer and the time; the authors are told in-app and by e-mail.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { kickOutbox } from '@/lib/mail/outbox'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { RequestChangesSchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { decisionMail } from './mail'
import { assertIndependentReviewer, closeSubmission, loadForDecision, lockCaseStudy, tellAuthors } from './shared'
import { assertLegal } from './workflow'

export type RequestCaseStudyChangesResult = {
  id: string
  status: 'CHANGES_REQUESTED' | 'PUBLISHED'
  revisionNumber: number | null
}

export async function requestCaseStudyChanges(heldActor: Actor | null, rawInput: unknown): Promise<RequestCaseStudyChangesResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(RequestChangesSchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.requestChanges', input.idempotencyKey, () => requestCaseStudyChangesOnce(actor, input))
}

async function requestCaseStudyChangesOnce(actor: Actor, input: z.output<typeof RequestChangesSchema>): Promise<RequestCaseStudyChangesResult> {
  const { caseStudy, context, hubId } = await loadForDecision(actor, input.caseStudyId, 'caseStudy.review')
  const now = new Date()

  const result = await db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    await assertIndependentReviewer(tx, actor, caseStudy.id, state, context, 'caseStudy.review')
    assertLegal('requestChanges', state)
    const revision = state.openRevisionRow
    const isRevisionOfPublished = state.status === 'PUBLISHED'

    await closeSubmission(tx, {
      caseStudyId: caseStudy.id,
      revision,
      isRevisionOfPublished,
      caseStudyData: { status: 'CHANGES_REQUESTED' },
      revisionStatus: 'CHANGES_REQUESTED',
      reviewerId: actor.id,
      note: input.note,
      now,
    })

    const revisionNumber = revision?.number ?? null
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.requestChanges',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      hubId,
      reason: input.note,
      metadata: { revisionNumber, revisionOfPublished: isRevisionOfPublished },
    })
    await tellAuthors(tx, caseStudy.id, actor.id, {
      type: 'caseStudy.changesRequested',
      data: { caseStudyId: caseStudy.id, slug: caseStudy.slug, title: caseStudy.title, note: input.note, revisionNumber },
      mail: (name) =>
        decisionMail('changesRequested', {
          name,
          title: caseStudy.title,
          caseStudyId: caseStudy.id,
          revision: isRevisionOfPublished,
          note: input.note,
        }),
    })
    return {
      id: caseStudy.id,
      status: isRevisionOfPublished ? ('PUBLISHED' as const) : ('CHANGES_REQUESTED' as const),
      revisionNumber,
    }
  })
  kickOutbox()
  return result
}
