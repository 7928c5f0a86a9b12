// A review thread on a case study, in any state: the officers and managers of the city's hubs
// comment, and the city's officials answer. A reviewer's comment is announced to the authors; an
// author's to the reviewers who took part so far (commented or decided a revision). In-app
// only: comments are conversation, not decisions. The audit row never holds the comment text.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { parseInput, recipients, requireCurrentActor } from '@/lib/service/kernel'
import { notify } from '@/lib/notifications/notify'
import { CommentOnCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { assertVisible, currentAuthorIds, findCaseStudyForAction, permissionContextOf, tellAuthors } from './shared'

export type CommentOnCaseStudyResult = { id: string; createdAt: Date }

export async function commentOnCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<CommentOnCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(CommentOnCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.comment', input.idempotencyKey, () => commentOnCaseStudyOnce(actor, input))
}

async function commentOnCaseStudyOnce(actor: Actor, input: z.output<typeof CommentOnCaseStudySchema>): Promise<CommentOnCaseStudyResult> {
  const caseStudy = await findCaseStudyForAction(input.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.comment', context)

  return db.$transaction(async (tx) => {
    const comment = await tx.reviewComment.create({
      data: { caseStudyId: caseStudy.id, authorId: actor.id, body: input.body },
      select: { id: true, createdAt: true },
    })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.comment',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      metadata: { commentId: comment.id },
    })

    const authorIds = await currentAuthorIds(tx, caseStudy.id)
    const data = { caseStudyId: caseStudy.id, slug: caseStudy.slug, title: caseStudy.title, authorName: actor.name }
    const asReviewer = can(actor, 'caseStudy.review', context) && !authorIds.includes(actor.id)
    if (asReviewer) {
      await tellAuthors(tx, caseStudy.id, actor.id, { type: 'caseStudy.commented', data })
    } else {
      const commenters = await tx.reviewComment.findMany({
        where: { caseStudyId: caseStudy.id },
        select: { authorId: true },
        distinct: ['authorId'],
      })
      const reviewers = await tx.caseStudyRevision.findMany({
        where: { caseStudyId: caseStudy.id },
        select: { reviewerId: true },
        distinct: ['reviewerId'],
      })
      const participants = recipients(
        [...commenters.map((row) => row.authorId), ...reviewers.map((row) => row.reviewerId)],
        actor.id,
      ).filter((id) => !authorIds.includes(id))
      const active = await tx.user.findMany({ where: { id: { in: participants }, status: 'ACTIVE' }, select: { id: true } })
      await notify(
        tx,
        active.map((user) => user.id),
        'caseStudy.commented',
        data,
      )
    }
    return comment
  })
}
