// An active official of the case study's city saves its content (the whole form, every time)
// and so becomes a co-author. Before publication (and once unpublished) the case study row is
// edited in place; once PUBLISHED the row stays as the public sees it and the edit goes into the
// open revision (status DRAFT), which is created on the first edit. Content under review
// (SUBMITTED, or a submitted revision) and REJECTED case studies cannot be edited.
// What an author sends as `verified` is ignored: verification is a reviewer's decision (publish);
// a metric whose figure did not change keeps the verification it had.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { CaseStudyStatus } from '@/lib/generated/prisma/enums'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { UpdateCaseStudySchema } from '@/lib/validation/case-study'
import {
  carryVerification,
  changedFields,
  contentColumns,
  contentFromInput,
  contentToJson,
  parseStoredContent,
  readCaseStudyContent,
  replaceRelations,
  resolveReferences,
  type ContentField,
} from './content'
import { addCoAuthor, assertVisible, findCaseStudyForAction, lockCaseStudy, nextRevisionNumber, permissionContextOf } from './shared'
import { assertLegal, editableInPlace } from './workflow'

export type UpdateCaseStudyResult = {
  id: string
  status: CaseStudyStatus
  /** The open revision the edit went into, when the case study is published. */
  revision: { number: number; status: 'DRAFT' } | null
  changedFields: ContentField[]
}

export async function updateCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<UpdateCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(UpdateCaseStudySchema, rawInput)
  const caseStudy = await findCaseStudyForAction(input.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.edit', context)

  return db.$transaction(async (tx) => {
    const state = await lockCaseStudy(tx, caseStudy.id)
    assertLegal('edit', state)
    const onRow = await readCaseStudyContent(tx, caseStudy.id)
    const content = carryVerification(contentFromInput(input), onRow.metrics)
    const openRevision = state.openRevisionRow
      ? await tx.caseStudyRevision.findUniqueOrThrow({ where: { id: state.openRevisionRow.id }, select: { content: true } })
      : null
    const inRevision = openRevision ? parseStoredContent(openRevision.content) : null
    const refs = await resolveReferences(tx, content, {
      cityId: caseStudy.cityId,
      keepCoalitionSlugs: [...onRow.coalitions, ...(inRevision?.coalitions ?? [])],
    })

    let revision: UpdateCaseStudyResult['revision'] = null
    let before = onRow
    if (editableInPlace.includes(state.status)) {
      await tx.caseStudy.update({ where: { id: caseStudy.id }, data: contentColumns(content) })
      await replaceRelations(tx, caseStudy.id, content, refs)
    } else if (state.openRevisionRow && inRevision) {
      before = inRevision
      const saved = await tx.caseStudyRevision.updateMany({
        where: { id: state.openRevisionRow.id, status: 'DRAFT' },
        data: { content: contentToJson(content) },
      })
      if (saved.count !== 1) throw new AppError('CONFLICT', 'The revision changed meanwhile.', { key: 'illegalTransition' })
      revision = { number: state.openRevisionRow.number, status: 'DRAFT' }
    } else {
      const number = await nextRevisionNumber(tx, caseStudy.id)
      await tx.caseStudyRevision.create({
        data: { caseStudyId: caseStudy.id, number, status: 'DRAFT', content: contentToJson(content), authorId: actor.id },
      })
      revision = { number, status: 'DRAFT' }
    }
    await addCoAuthor(tx, caseStudy.id, actor.id)

    const changed = changedFields(before, content)
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'caseStudy.edit',
      targetType: 'CaseStudy',
      targetId: caseStudy.id,
      metadata: { fields: changed, ...(revision ? { revisionNumber: revision.number } : {}) },
    })
    return { id: caseStudy.id, status: state.status, revision, changedFields: changed }
  })
}
