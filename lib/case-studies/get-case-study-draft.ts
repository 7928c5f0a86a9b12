// A case study as its authors and reviewers see it in the portal: the working copy (the open
// revision of a published case study, otherwise the case study itself), where it stands, the
// latest review decision, the review thread, the files, and what this actor may do now
// (permission and state together, from the same rules the services enforce).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { CaseStudyStatus, RevisionStatus } from '@/lib/generated/prisma/enums'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { CaseStudyRefSchema } from '@/lib/validation/case-study'
import { parseStoredContent, readCaseStudyContent, type CaseStudyContent } from './content'
import { assertVisible, findCaseStudyForAction, permissionContextOf } from './shared'
import { isLegal, workflowActions, type WorkflowAction, type WorkflowState } from './workflow'

export type CaseStudyDraft = {
  id: string
  slug: string
  status: CaseStudyStatus
  city: { id: string; name: string; slug: string }
  publishedAt: Date | null
  /** Where `content` comes from: the case study itself, or its open revision. */
  source: 'caseStudy' | 'revision'
  content: CaseStudyContent
  openRevision: { number: number; status: 'DRAFT' | 'SUBMITTED' } | null
  latestReview: { number: number | null; status: RevisionStatus | null; note: string | null; reviewerName: string | null; reviewedAt: Date | null } | null
  authors: { id: string; name: string }[]
  comments: { id: string; body: string; createdAt: Date; author: { id: string; name: string } | null }[]
  attachments: {
    id: string
    kind: 'IMAGE' | 'PDF'
    fileName: string
    mimeType: string
    byteSize: number
    width: number | null
    height: number | null
    altText: string | null
    isCover: boolean
  }[]
  allowedActions: WorkflowAction[]
}

const permissionFor: Record<WorkflowAction, Parameters<typeof can>[1]> = {
  edit: 'caseStudy.edit',
  submit: 'caseStudy.submit',
  requestChanges: 'caseStudy.review',
  publish: 'caseStudy.publish',
  reject: 'caseStudy.review',
  unpublish: 'caseStudy.unpublish',
  comment: 'caseStudy.comment',
  addAttachment: 'caseStudy.edit',
  removeAttachment: 'caseStudy.edit',
}

export async function getCaseStudyDraft(heldActor: Actor | null, rawInput: unknown): Promise<CaseStudyDraft> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(CaseStudyRefSchema, rawInput)
  const caseStudy = await findCaseStudyForAction(input.caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.viewDraft', context)

  const [row, open, reviewed, comments, attachments, authors] = await Promise.all([
    db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id }, select: { rejectionReason: true, coverImageId: true } }),
    db.caseStudyRevision.findFirst({
      where: { caseStudyId: caseStudy.id, status: { in: ['DRAFT', 'SUBMITTED'] } },
      select: { number: true, status: true, content: true, authorId: true },
    }),
    db.caseStudyRevision.findFirst({
      where: { caseStudyId: caseStudy.id, reviewedAt: { not: null } },
      orderBy: { number: 'desc' },
      select: { number: true, status: true, reviewNote: true, reviewedAt: true, reviewer: { select: { name: true } } },
    }),
    db.reviewComment.findMany({
      where: { caseStudyId: caseStudy.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
    }),
    db.attachment.findMany({
      where: { caseStudyId: caseStudy.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true, altText: true },
    }),
    db.user.findMany({
      where: { id: { in: [...new Set([...(context.authorIds ?? []), ...(caseStudy.createdById ? [caseStudy.createdById] : [])])] } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
  ])

  const revisionInProgress = caseStudy.status === 'PUBLISHED' && open ? open : null
  const state: WorkflowState = {
    status: caseStudy.status,
    openRevision: open ? (open.status as 'DRAFT' | 'SUBMITTED') : null,
  }
  const actionContext = { ...context, authorIds: [...(context.authorIds ?? []), ...(open?.authorId ? [open.authorId] : [])] }
  const fallbackNote = caseStudy.status === 'CHANGES_REQUESTED' || caseStudy.status === 'REJECTED' ? row.rejectionReason : null

  return {
    id: caseStudy.id,
    slug: caseStudy.slug,
    status: caseStudy.status,
    city: { id: caseStudy.cityId, name: caseStudy.city.name, slug: caseStudy.city.slug },
    publishedAt: caseStudy.publishedAt,
    source: revisionInProgress ? 'revision' : 'caseStudy',
    content: revisionInProgress ? parseStoredContent(revisionInProgress.content) : await readCaseStudyContent(db, caseStudy.id),
    openRevision: revisionInProgress ? { number: revisionInProgress.number, status: state.openRevision ?? 'DRAFT' } : null,
    latestReview: reviewed
      ? {
          number: reviewed.number,
          status: reviewed.status,
          note: reviewed.reviewNote ?? fallbackNote,
          reviewerName: reviewed.reviewer?.name ?? null,
          reviewedAt: reviewed.reviewedAt,
        }
      : fallbackNote
        ? { number: null, status: null, note: fallbackNote, reviewerName: null, reviewedAt: null }
        : null,
    authors,
    comments,
    attachments: attachments.map((attachment) => ({ ...attachment, isCover: attachment.id === row.coverImageId })),
    allowedActions: workflowActions.filter((action) => isLegal(action, state) && can(actor, permissionFor[action], actionContext)),
  }
}
