'use client'
// A one-button form for a decision on a list item (remove, approve...), with optional hidden
// fields and an optional reason; the outcome is announced next to it.
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from './idle'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  hidden: Record<string, string>
  label: string
  pendingLabel: string
  tone?: 'primary' | 'secondary' | 'danger'
  reason?: { label: string; required?: boolean; id: string }
}

export function InlineActionForm({ action, hidden, label, pendingLabel, tone = 'secondary', reason }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const reasonError = state.status === 'error' ? state.fields?.reason : undefined
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reason ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={reason.id} className="text-sm font-medium">{reason.label}</label>
          <input
            id={reason.id}
            name="reason"
            required={reason.required}
            maxLength={1000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${reason.id}-error` : undefined}
            className="rounded border border-slate-500 px-2 py-1"
          />
          {reasonError ? <p id={`${reason.id}-error`} className="text-sm text-red-800">{reasonError.join(' ')}</p> : null}
        </div>
      ) : null}
      <SubmitButton label={label} pendingLabel={pendingLabel} tone={tone} />
      <span aria-live="polite" className={state.status === 'error' ? 'text-sm text-red-800' : 'text-sm text-brand-800'}>
        {state.status !== 'idle' ? state.message : ''}
      </span>
    </form>
  )
}
