// Page loaders: the case-study services' answers, with "you may not see this" turned into
// null so the page can answer 404 (notFound) without revealing that the case study exists.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { getCaseStudyDraft, listRevisions, type CaseStudyDraft, type RevisionSummary } from '@/lib/case-studies'
import { AppError } from '@/lib/errors'

const hidden = (error: unknown) => error instanceof AppError && ['NOT_FOUND', 'FORBIDDEN', 'INVALID'].includes(error.code)

export async function findDraft(actor: Actor, caseStudyId: string): Promise<CaseStudyDraft | null> {
  try {
    return await getCaseStudyDraft(actor, { caseStudyId })
  } catch (error) {
    if (hidden(error)) return null
    throw error
  }
}

export async function findRevisions(actor: Actor, caseStudyId: string): Promise<RevisionSummary[] | null> {
  try {
    return await listRevisions(actor, { caseStudyId })
  } catch (error) {
    if (hidden(error)) return null
    throw error
  }
}

/** `/sign-in?callbackUrl=…` for a page path. */
export const signInUrl = (path: string) => `/sign-in?callbackUrl=${encodeURIComponent(path)}`
