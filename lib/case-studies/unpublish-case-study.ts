// A manager of one of the city's hubs, or a network admin, takes a published case study off the
// public library, with a reason the authors see. UNPUBLISHED is not public, so its officials may
// edit and resubmit it and it goes through review again (publishedAt keeps the first date).
// A revision in progress is folded into the case study row, which authors now edit directly:
// its content becomes the working copy; a DRAFT revision (never submitted, so no history) is
// removed, a SUBMITTED one is closed as REJECTED with the unpublishing reason.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { kickOutbox } from '@/lib/mail/outbox'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { UnpublishCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { contentColumns, parseStoredContent, replaceRelations, resolveReferences } from './content'
import { decisionMail } from './mail'
import { loadForDecision, lockCaseStudy, tellAuthors } from './shared'
import { assertLegal, illegalTransition } from './workflow'

export type UnpublishCaseStudyResult = { id: string; status: 'UNPUBLISHED'; foldedRevisionNumber: number | null }

export async function unpublishCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<UnpublishCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(UnpublishCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the first result (lib/security/idempotency.ts).
  return once(actor.id, 'caseStudy.unpublish', input.idempotencyKey, () => unpublishCaseStudyOnce(actor, input))
}

async function unpublishCaseStudyOnce(actor: Actor, input: z.output<typeof UnpublishCaseStudySchema>): Promise<UnpublishCaseStudyResult> {
  const { caseStudy, hubId } = await loadForDecision(actor, input.caseStudyId, 'caseStudy.unpublish', ['MANAGER'])
  const now = new Date()

  const result = await db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    assertLegal('unpublish', state)
    const flipped = await tx.caseStudy.updateMany({
      where: { id: caseStudy.id, status: 'PUBLISHED' },
      data: { status: 'UNPUBLISHED' },
    })
    if (flipped.count !== 1) throw illegalTransition()

    const open = state.openRevisionRow
    if (open) {
      const stored = await tx.caseStudyRevision.findUniqueOrThrow({ where: { id: open.id }, select: { content: true } })
      const content = parseStoredContent(stored.content)
      const refs = await resolveReferences(tx, content, { cityId: caseStudy.cityId, keepCoalitionSlugs: content.coalitions, lenient: true })
      await tx.caseStudy.update({ where: { id: caseStudy.id }, data: contentColumns(content) })
      await replaceRelations(tx, caseStudy.id, content, refs)
      if (open.status === 'DRAFT') {
        await tx.caseStudyRevision.delete({ where: { id: open.id } })
      } else {
        await tx.caseStudyRevision.update({
          where: { id: open.id },
          data: { status: 'REJECTED', reviewerId: actor.id, reviewNote: input.reason, reviewedAt: now },
        })
      }
    }

    const foldedRevisionNumber = open?.number ?? null
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.unpublish',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      hubId,
      reason: input.reason,
      metadata: { foldedRevisionNumber },
    })
    await notifyPublicContentChange(tx)
    await tellAuthors(tx, caseStudy.id, actor.id, {
      type: 'caseStudy.unpublished',
      data: { caseStudyId: caseStudy.id, slug: caseStudy.slug, title: caseStudy.title, reason: input.reason },
      mail: (name) =>
        decisionMail('unpublished', { name, title: caseStudy.title, caseStudyId: caseStudy.id, revision: false, note: input.reason }),
    })
    return { id: caseStudy.id, status: 'UNPUBLISHED' as const, foldedRevisionNumber }
  })
  publicContentChanged()
  kickOutbox()
  return result
}
