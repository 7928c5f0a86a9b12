// Who reads the revision history of a case study: those who may view its drafts (its city's
// officials and authors, the reviewers of its hubs, network admins). Revisions hold unreviewed
// content, so even a published case study's history is theirs alone: NOT_FOUND for a case study
// the actor cannot see at all, FORBIDDEN for a published one they may read but not its history.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireCurrentActor } from '@/lib/service/kernel'
import { assertVisible, findCaseStudyForAction, permissionContextOf, type CaseStudyForAction } from './shared'

export async function requireRevisionReader(heldActor: Actor | null, caseStudyId: string): Promise<{ actor: Actor; caseStudy: CaseStudyForAction }> {
  const actor = await requireCurrentActor(heldActor)
  const caseStudy = await findCaseStudyForAction(caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  requirePermission(actor, 'caseStudy.viewDraft', context)
  return { actor, caseStudy }
}

export const revisionSummarySelect = {
  id: true,
  number: true,
  status: true,
  reviewNote: true,
  submittedAt: true,
  reviewedAt: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.CaseStudyRevisionSelect

export type RevisionSummary = Prisma.CaseStudyRevisionGetPayload<{ select: typeof revisionSummarySelect }>
