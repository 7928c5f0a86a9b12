// An active official of the city submits the case study for review. A case study that is not
// public (DRAFT, CHANGES_REQUESTED, UNPUBLISHED) becomes SUBMITTED and its content is snapshotted
// as the next numbered revision; a PUBLISHED one submits its open DRAFT revision (the published
// version stays up). The officers and managers of the city's hubs are told in-app.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { notify } from '@/lib/notifications/notify'
import { SubmitCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { contentToJson, readCaseStudyContent } from './content'
import {
  addCoAuthor,
  assertVisible,
  currentAuthorIds,
  findCaseStudyForAction,
  lockCaseStudy,
  nextRevisionNumber,
  permissionContextOf,
  reviewerIds,
} from './shared'
import { assertLegal, editableInPlace, illegalTransition } from './workflow'

export type SubmitCaseStudyResult = { id: string; status: 'SUBMITTED' | 'PUBLISHED'; revisionNumber: number }

export async function submitCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<SubmitCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(SubmitCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.submit', input.idempotencyKey, () => submitCaseStudyOnce(actor, input))
}

async function submitCaseStudyOnce(actor: Actor, input: z.output<typeof SubmitCaseStudySchema>): Promise<SubmitCaseStudyResult> {
  const caseStudy = await findCaseStudyForAction(input.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.submit', context)
  const now = new Date()

  return db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    assertLegal('submit', state)

    let revisionNumber: number
    let status: SubmitCaseStudyResult['status']
    if (editableInPlace.includes(state.status)) {
      const flipped = await tx.caseStudy.updateMany({
        where: { id: caseStudy.id, status: state.status },
        data: { status: 'SUBMITTED' },
      })
      if (flipped.count !== 1) throw illegalTransition()
      revisionNumber = await nextRevisionNumber(tx, caseStudy.id)
      await tx.caseStudyRevision.create({
        data: {
          caseStudyId: caseStudy.id,
          number: revisionNumber,
          status: 'SUBMITTED',
          content: contentToJson(await readCaseStudyContent(tx, caseStudy.id)),
          authorId: actor.id,
          submittedAt: now,
        },
      })
      status = 'SUBMITTED'
    } else {
      const open = state.openRevisionRow
      if (!open) throw illegalTransition()
      const submitted = await tx.caseStudyRevision.updateMany({
        where: { id: open.id, status: 'DRAFT' },
        data: { status: 'SUBMITTED', submittedAt: now },
      })
      if (submitted.count !== 1) throw illegalTransition()
      revisionNumber = open.number
      status = 'PUBLISHED'
    }
    await addCoAuthor(tx, caseStudy.id, actor.id)

    const cityHubIds = context.cityHubIds ?? []
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.submit',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      metadata: { revisionNumber, revisionOfPublished: status === 'PUBLISHED', cityHubIds },
    })
    await notify(
      tx,
      await reviewerIds(tx, cityHubIds, [actor.id, ...(await currentAuthorIds(tx, caseStudy.id))]),
      status === 'PUBLISHED' ? 'caseStudy.revisionSubmitted' : 'caseStudy.submitted',
      {
        caseStudyId: caseStudy.id,
        slug: caseStudy.slug,
        title: caseStudy.title,
        cityName: caseStudy.city.name,
        revisionNumber,
      },
    )
    return { id: caseStudy.id, status, revisionNumber }
  })
}
