'use client'
// A form with one text (a comment, a note to the authors, a reason) and a button, for the review
// thread and review decisions. What was typed survives a failed submission; the outcome is
// announced next to the button. A hidden `idempotencyKey` (made by the page) is renewed after
// every answer, so a double submit replays the first result but the next comment is a new one.
import { useActionState } from 'react'
import { SubmitButton } from '@/components/ui/submit-button'
import { idleNoteForm, type NoteFormState } from './form-state'

type Props = {
  action: (state: NoteFormState, form: FormData) => Promise<NoteFormState>
  hidden: Record<string, string>
  name: 'body' | 'note' | 'reason'
  idPrefix: string
  label: string
  hint?: string
  submitLabel: string
  pendingLabel: string
  tone?: 'primary' | 'secondary' | 'danger'
  maxLength: number
  rows?: number
}

export function NoteForm({ action, hidden, name, idPrefix, label, hint, submitLabel, pendingLabel, tone = 'primary', maxLength, rows = 3 }: Props) {
  const [state, formAction] = useActionState(action, idleNoteForm)
  const id = `${idPrefix}-${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const fieldErrors = state.status === 'error' ? state.fields?.[name] : undefined
  const errorId = state.status === 'error' ? `${id}-error` : undefined
  const errorText = state.status === 'error' ? [state.message, ...(fieldErrors ?? [])].join(' ') : ''
  return (
    <form key={state.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-3">
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={field === 'idempotencyKey' && state.attempt ? `${value}-${state.attempt}` : value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
        <textarea
          id={id}
          name={name}
          rows={rows}
          required
          maxLength={maxLength}
          defaultValue={state.status === 'error' ? state.value : ''}
          aria-invalid={fieldErrors?.length ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        />
        {errorId ? (
          <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
            {errorText}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} tone={tone} />
        {state.status === 'ok' ? (
          <p role="status" className="text-sm text-brand-800">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  )
}
