'use client'
// The create and edit forms of the network-administration page: fields described as data, errors
// tied to their inputs, the outcome announced. One component for hubs, coalitions, topics, cities.
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field, SelectField, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

export type EntityField =
  | { kind: 'text' | 'email'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; maxLength?: number }
  | { kind: 'textarea'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; maxLength?: number }
  | { kind: 'select'; name: string; label: string; hint?: string; required?: boolean; defaultValue?: string; options: { value: string; label: string }[] }

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  fields: EntityField[]
  hidden?: Record<string, string>
  idPrefix: string
  labels: { submit: string; pending: string; errorSummary: string }
}

export function EntityForm({ action, fields, hidden = {}, idPrefix, labels }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const errors = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={formAction} className="grid max-w-3xl gap-4 md:grid-cols-2" noValidate>
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
              <TextAreaField {...common} maxLength={field.maxLength} rows={3} />
            </div>
          )
        }
        if (field.kind === 'select') return <SelectField key={field.name} {...common} options={field.options} />
        return <Field key={field.name} {...common} type={field.kind} maxLength={field.maxLength} />
      })}
      <div className="md:col-span-2">
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
      </div>
    </form>
  )
}
