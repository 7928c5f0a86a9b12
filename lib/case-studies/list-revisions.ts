// The numbered revisions of a case study, oldest first: every submitted state, the decision on
// it (who, when, the note) and the open revision of a published case study.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { parseInput } from '@/lib/service/kernel'
import { CaseStudyRefSchema } from '@/lib/validation/case-study'
import { requireRevisionReader, revisionSummarySelect, type RevisionSummary } from './revision-access'

export type { RevisionSummary }

export async function listRevisions(heldActor: Actor | null, rawInput: unknown): Promise<RevisionSummary[]> {
  const input = parseInput(CaseStudyRefSchema, rawInput)
  const { caseStudy } = await requireRevisionReader(heldActor, input.caseStudyId)
  return db.caseStudyRevision.findMany({
    where: { caseStudyId: caseStudy.id },
    orderBy: { number: 'asc' },
    select: revisionSummarySelect,
  })
}
