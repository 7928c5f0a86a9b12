'use server'
// Saving a translation from the editor (of a case study, or of a hub's or coalition's description). The service checks who may translate what, the
// language and every field; this only reads the form and maps the outcome.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { formValue } from '@/lib/actions/form'
import type { TranslationFormState } from '@/components/translations/translation-form'
import { authoringErrorResult, translateFieldErrors } from '@/components/authoring/server/errors'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { saveTranslation, subjectFields } from '@/lib/translations'
import { TranslationSubjectSchema } from '@/lib/validation/translation'

const text = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

export async function saveTranslationAction(_: TranslationFormState, form: FormData): Promise<TranslationFormState> {
  const subjectType = TranslationSubjectSchema.safeParse(text(form, 'subjectType'))
  const names = subjectType.success ? subjectFields[subjectType.data].map((spec) => spec.name) : []
  const values = Object.fromEntries(names.flatMap((name) => (text(form, name) === undefined ? [] : [[name, text(form, name)!]])))
  let result: Awaited<ReturnType<typeof saveTranslation>>
  try {
    const user = await getCurrentUser()
    if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
    result = await saveTranslation(user, {
      subjectType: text(form, 'subjectType'),
      subjectId: text(form, 'subjectId'),
      language: text(form, 'language'),
      sourceHash: text(form, 'sourceHash'),
      fields: values,
    })
  } catch (error) {
    const base = await authoringErrorResult(error)
    // Problems with what the form does not show as a field (the language) join the message.
    const hidden = error instanceof AppError && error.fields?.language ? (await translateFieldErrors({ language: error.fields.language })).language : undefined
    return { ...base, message: [base.message, ...(hidden ?? [])].join(' '), values, attempt: Date.now() }
  }
  // Back to where translations of this kind of subject are listed.
  const base =
    subjectType.success && subjectType.data === 'CASE_STUDY'
      ? `/my/case-studies/${encodeURIComponent(text(form, 'subjectId') ?? '')}/translations`
      : '/reviews/translations/descriptions'
  revalidatePath(base)
  revalidatePath('/reviews/translations')
  redirect(`${base}?done=${result.changed ? 'saved' : 'unchanged'}&language=${encodeURIComponent(result.language)}`)
}
