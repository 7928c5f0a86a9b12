'use client'
// The create and edit forms of the network-administration page: fields described as data, errors
// tied to their inputs, the outcome announced. One component for hubs, coalitions, topics, cities.
import { startTransition, useActionState, useEffect, useRef } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field, SelectField, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'

export type EntityField =
  | { kind: 'text' | 'email'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; maxLength?: number }
  | { kind: 'textarea'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; maxLength?: number; rows?: number }
  | { kind: 'select'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; options: { value: string; label: string }[] }

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  fields: EntityField[]
  hidden?: Record<string, string>
  idPrefix: string
  labels: { submit: string; pending: string; errorSummary: string }
  /** Empty the fields after a successful save (create forms). */
  resetOnSuccess?: boolean
}

// Submitted through onSubmit rather than the form's action prop: React resets a form after every
// action, which would wipe what the admin typed when the server refuses it.
export function EntityForm({ action, fields, hidden = {}, idPrefix, labels, resetOnSuccess = false }: Props) {
  const [state, formAction, pending] = useActionState(action, idleResult)
  const form = useRef<HTMLFormElement>(null)
  const errors = state.status === 'error' ? state.fields ?? {} : {}
  useEffect(() => {
    if (resetOnSuccess && state.status === 'ok') form.current?.reset()
  }, [state, resetOnSuccess])
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  return (
    <form ref={form} onSubmit={submit} className="grid max-w-3xl gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2" aria-live="polite">
        <FormStatus state={state} errorHeading={labels.errorSummary} />
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const common = { name: field.name, label: field.label, hint: field.hint, required: field.required, defaultValue: field.defaultValue, errors: errors[field.name], idPrefix }
        if (field.kind === 'textarea') {
          return (
            <div key={field.name} className="md:col-span-2">
              <TextAreaField {...common} maxLength={field.maxLength} rows={field.rows ?? 3} />
            </div>
          )
        }
        if (field.kind === 'select') return <SelectField key={field.name} {...common} options={field.options} />
        return <Field key={field.name} {...common} type={field.kind} maxLength={field.maxLength} />
      })}
      <div className="md:col-span-2">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
        >
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  )
}
