'use client'
// A labelled select and a button (assign to a colleague, choose the e-mail preference...).
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  hidden?: Record<string, string>
  name: string
  id: string
  label: string
  options: { value: string; label: string }[]
  defaultValue?: string
  submit: string
  submitting: string
}

export function SelectActionForm({ action, hidden = {}, name, id, label, options, defaultValue, submit, submitting }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const errors = state.status === 'error' ? state.fields?.[name] : undefined
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">{label}</label>
        <select
          id={id}
          name={name}
          defaultValue={defaultValue}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="rounded border border-slate-500 bg-white px-2 py-2"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
        {errors ? <p id={`${id}-error`} className="text-sm text-red-800">{errors.join(' ')}</p> : null}
      </div>
      <SubmitButton label={submit} pendingLabel={submitting} tone="secondary" />
      <span aria-live="polite" className={state.status === 'error' ? 'text-sm text-red-800' : 'text-sm text-brand-800'}>
        {state.status !== 'idle' ? state.message : ''}
      </span>
    </form>
  )
}
