// One revision of a case study with its content snapshot.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/service/kernel'
import { GetRevisionSchema } from '@/lib/validation/case-study'
import { parseStoredContent, type CaseStudyContent } from './content'
import { requireRevisionReader, revisionSummarySelect, type RevisionSummary } from './revision-access'

export type RevisionWithContent = RevisionSummary & { content: CaseStudyContent }

export async function getRevision(heldActor: Actor | null, rawInput: unknown): Promise<RevisionWithContent> {
  const input = parseInput(GetRevisionSchema, rawInput)
  const { caseStudy } = await requireRevisionReader(heldActor, input.caseStudyId)
  const revision = await db.caseStudyRevision.findUnique({
    where: { caseStudyId_number: { caseStudyId: caseStudy.id, number: input.number } },
    select: { ...revisionSummarySelect, content: true },
  })
  if (!revision) throw new AppError('NOT_FOUND', 'Revision not found.')
  return { ...revision, content: parseStoredContent(revision.content) }
}
