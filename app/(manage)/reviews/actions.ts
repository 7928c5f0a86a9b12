'use server'
// Review decisions of hub officers and managers. Each action authenticates and hands the input
// to the case-study service, which checks the reviewer's permission (a hub of the case study's
// city, never their own work for approval) and the case study's state under a row lock.
import { formOf } from '@/lib/actions/form'
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { NoteFormState } from '@/components/authoring/form-state'
import { authoringErrorResult } from '@/components/authoring/server/errors'
import { getCurrentUser } from '@/lib/auth/session'
import { publishCaseStudy, rejectCaseStudy, requestCaseStudyChanges, unpublishCaseStudy } from '@/lib/case-studies'
import { AppError } from '@/lib/errors'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

const signedIn = async () => {
  const user = await getCurrentUser()
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  return user
}

type Outcome = 'changesRequested' | 'published' | 'rejected' | 'unpublished'

function afterDecision(id: string, outcome: Outcome, libraryChanged = false): never {
  revalidatePath('/reviews')
  revalidatePath(`/reviews/${encodeURIComponent(id)}`)
  revalidatePath(`/my/case-studies/${encodeURIComponent(id)}`)
  revalidatePath('/my/case-studies')
  if (libraryChanged) revalidatePath('/[locale]/case-studies', 'layout')
  redirect(`/reviews?done=${outcome}`)
}

export async function requestChangesAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  const value = field(form, 'note') ?? ''
  let id: string
  try {
    id = (await requestCaseStudyChanges(await signedIn(), { caseStudyId: field(form, 'caseStudyId'), note: value, idempotencyKey: field(form, 'idempotencyKey') })).id
  } catch (error) {
    return { ...(await authoringErrorResult(error)), value, attempt: Date.now() }
  }
  afterDecision(id, 'changesRequested')
}

export async function publishCaseStudyAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  let result: Awaited<ReturnType<typeof publishCaseStudy>>
  try {
    // The checkboxes are sent only when the form listed metrics: then an empty list means
    // "none verified"; without the marker the service keeps earlier verifications.
    const verifiedMetrics = formOf(form).has('verifiedMetricsListed')
      ? formOf(form).getAll('verifiedMetrics').filter((value) => typeof value === 'string')
      : undefined
    result = await publishCaseStudy(await signedIn(), { caseStudyId: field(form, 'caseStudyId'), verifiedMetrics, idempotencyKey: field(form, 'idempotencyKey') })
  } catch (error) {
    return authoringErrorResult(error)
  }
  afterDecision(result.id, 'published', true)
}

export async function rejectCaseStudyAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  const value = field(form, 'reason') ?? ''
  let id: string
  try {
    id = (await rejectCaseStudy(await signedIn(), { caseStudyId: field(form, 'caseStudyId'), reason: value, idempotencyKey: field(form, 'idempotencyKey') })).id
  } catch (error) {
    return { ...(await authoringErrorResult(error)), value, attempt: Date.now() }
  }
  afterDecision(id, 'rejected')
}

export async function unpublishCaseStudyAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  const value = field(form, 'reason') ?? ''
  let id: string
  try {
    id = (await unpublishCaseStudy(await signedIn(), { caseStudyId: field(form, 'caseStudyId'), reason: value, idempotencyKey: field(form, 'idempotencyKey') })).id
  } catch (error) {
    return { ...(await authoringErrorResult(error)), value, attempt: Date.now() }
  }
  afterDecision(id, 'unpublished', true)
}
