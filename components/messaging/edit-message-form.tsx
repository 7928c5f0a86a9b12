'use client'
// The author's correction of a recent message, folded away behind a disclosure.
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  messageId: string
  source: string
  maxLength: number
  labels: { toggle: string; body: string; submit: string; submitting: string }
}

export function EditMessageForm({ action, messageId, source, maxLength, labels }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const id = `edit-${messageId}`
  const errors = state.status === 'error' ? state.fields?.body : undefined
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-800">{labels.toggle}</summary>
      <form action={formAction} className="mt-2 space-y-2">
        <input type="hidden" name="messageId" value={messageId} />
        <label htmlFor={id} className="block text-sm font-medium">{labels.body}</label>
        <textarea
          id={id}
          name="body"
          rows={3}
          required
          maxLength={maxLength}
          defaultValue={source}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
        {errors ? <p id={`${id}-error`} className="text-sm text-red-800">{errors.join(' ')}</p> : null}
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} tone="secondary" />
        <span aria-live="polite" className={state.status === 'error' ? 'block text-sm text-red-800' : 'block text-sm text-brand-800'}>
          {state.status !== 'idle' ? state.message : ''}
        </span>
      </form>
    </details>
  )
}
