'use client'
// Connects the two cities of an introduction request, with an optional word from the hub. On
// success the action opens the new conversation; a refusal is announced next to the button.
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  requestId: string
  maxLength: number
  labels: { message: string; hint: string; submit: string; submitting: string }
}

export function ConnectIntroductionForm({ action, requestId, maxLength, labels }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const id = `connect-${requestId}`
  const errors = state.status === 'error' ? state.fields?.message : undefined
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">{labels.message}</label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">{labels.hint}</p>
      <textarea
        id={id}
        name="message"
        rows={3}
        maxLength={maxLength}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${id}-hint`, errors ? `${id}-error` : ''].filter(Boolean).join(' ')}
        className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
      />
      {errors ? <p id={`${id}-error`} className="text-sm font-medium text-red-800">{errors.join(' ')}</p> : null}
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      <p aria-live="polite" className="text-sm text-red-800">{state.status === 'error' ? state.message : ''}</p>
    </form>
  )
}
