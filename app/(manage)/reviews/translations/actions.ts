'use server'
// Approving or sending back a translation. The service checks the reviewer (their hub, not
// their own translation) and the translation's state; this only reads the form.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { NoteFormState } from '@/components/authoring/form-state'
import { authoringErrorResult } from '@/components/authoring/server/errors'
import { formValue } from '@/lib/actions/form'
import type { ActionResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { reviewTranslation } from '@/lib/translations'

const text = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' ? value : undefined
}

async function decide(form: FormData, decision: 'approve' | 'sendBack') {
  const user = await getCurrentUser()
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  const input = { translationId: text(form, 'translationId'), seen: text(form, 'seen'), decision, ...(decision === 'sendBack' ? { note: text(form, 'note') ?? '' } : {}) }
  return reviewTranslation(user, input)
}

export async function approveTranslationAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await decide(form, 'approve')
  } catch (error) {
    return authoringErrorResult(error)
  }
  revalidatePath('/reviews/translations')
  redirect('/reviews/translations?done=approved')
}

export async function sendBackTranslationAction(_: NoteFormState, form: FormData): Promise<NoteFormState> {
  const value = text(form, 'note') ?? ''
  try {
    await decide(form, 'sendBack')
  } catch (error) {
    return { ...(await authoringErrorResult(error)), value, attempt: Date.now() }
  }
  revalidatePath('/reviews/translations')
  redirect('/reviews/translations?done=sentBack')
}
