'use server'
// The officials' desk: create, save, preview and submit case studies, remove files, and answer
// in the review thread. Each action authenticates and hands the input to the case-study
// service, which checks the actor's permission and the case study's state itself.
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { CaseStudyFormState, NoteFormState, PreviewState } from '@/components/authoring/form-state'
import { inputFromValues, valuesFromFormData } from '@/components/authoring/form-values'
import { checkFormValues } from '@/components/authoring/server/check-form'
import { authoringErrorResult } from '@/components/authoring/server/errors'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { commentOnCaseStudy, createCaseStudy, submitCaseStudy, updateCaseStudy } from '@/lib/case-studies'
import { AppError } from '@/lib/errors'
import { renderMarkdown } from '@/lib/markdown/render'
import { removeCaseStudyAttachment } from '@/lib/uploads'
import { BODY_MAX } from '@/lib/validation/case-study'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

const signedIn = async () => {
  const user = await getCurrentUser()
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  return user
}

const deskPath = (id: string) => `/my/case-studies/${encodeURIComponent(id)}`

export async function createCaseStudyAction(_: CaseStudyFormState, form: FormData): Promise<CaseStudyFormState> {
  const values = valuesFromFormData(form)
  let id: string
  try {
    const user = await signedIn()
    const problem = checkFormValues(values)
    if (problem) throw problem
    id = (await createCaseStudy(user, { ...inputFromValues(values), idempotencyKey: field(form, 'idempotencyKey') })).id
  } catch (error) {
    return { ...(await authoringErrorResult(error)), values, attempt: Date.now() }
  }
  revalidatePath('/my/case-studies')
  redirect(`${deskPath(id)}?done=created`)
}

export async function updateCaseStudyAction(_: CaseStudyFormState, form: FormData): Promise<CaseStudyFormState> {
  const values = valuesFromFormData(form)
  let result: Awaited<ReturnType<typeof updateCaseStudy>>
  try {
    const user = await signedIn()
    const problem = checkFormValues(values)
    if (problem) throw problem
    result = await updateCaseStudy(user, { caseStudyId: field(form, 'caseStudyId'), ...inputFromValues(values) })
  } catch (error) {
    return { ...(await authoringErrorResult(error)), values, attempt: Date.now() }
  }
  revalidatePath('/my/case-studies')
  revalidatePath(deskPath(result.id))
  redirect(`${deskPath(result.id)}?done=${result.revision ? 'savedRevision' : 'saved'}`)
}

/** The body as the library will show it: the same sanitising renderer, nothing is saved. */
export async function previewCaseStudyAction(form: FormData): Promise<PreviewState> {
  try {
    const user = await signedIn()
    if (!can(user, 'caseStudy.create', { cityId: user.city?.id })) throw new AppError('FORBIDDEN', 'You are not allowed to do this.')
    const body = (field(form, 'body') ?? '').slice(0, BODY_MAX)
    return { status: 'ok', html: renderMarkdown(body, { headingBase: 3 }) }
  } catch (error) {
    const result = await authoringErrorResult(error)
    return { status: 'error', message: result.message }
  }
}

export async function submitCaseStudyAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  let id: string
  try {
    id = (await submitCaseStudy(await signedIn(), { caseStudyId: field(form, 'caseStudyId'), idempotencyKey: field(form, 'idempotencyKey') })).id
  } catch (error) {
    return authoringErrorResult(error)
  }
  revalidatePath('/my/case-studies')
  revalidatePath('/reviews')
  redirect(`${deskPath(id)}?done=submitted`)
}

export async function removeAttachmentAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  let caseStudyId: string
  try {
    caseStudyId = (await removeCaseStudyAttachment(await signedIn(), { attachmentId: field(form, 'attachmentId') })).caseStudyId
  } catch (error) {
    return authoringErrorResult(error)
  }
  revalidatePath(deskPath(caseStudyId))
  redirect(`${deskPath(caseStudyId)}?done=fileRemoved`)
}

export async function commentOnCaseStudyAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  const value = field(form, 'body') ?? ''
  try {
    const caseStudyId = field(form, 'caseStudyId')
    await commentOnCaseStudy(await signedIn(), { caseStudyId, body: value, idempotencyKey: field(form, 'idempotencyKey') })
    if (caseStudyId) {
      revalidatePath(deskPath(caseStudyId))
      revalidatePath(`/reviews/${encodeURIComponent(caseStudyId)}`)
    }
    return { status: 'ok', message: (await getTranslations('Authoring'))('thread.posted'), attempt: Date.now() }
  } catch (error) {
    return { ...(await authoringErrorResult(error)), value, attempt: Date.now() }
  }
}
