'use client'
// The translation side of the editor: one input per translated field (a line for titles, a text
// area for the rest), in the target language (`lang`), with errors tied to each field. What was
// typed survives a failed save.
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

export type TranslationFormState = ActionResult & { values?: Record<string, string>; attempt?: number }

export type TranslationFormField = { name: string; label: string; multiline: boolean; rows: number; maxLength: number; defaultValue: string }

type Props = {
  action: (state: TranslationFormState, form: FormData) => Promise<TranslationFormState>
  hidden: Record<string, string>
  fields: TranslationFormField[]
  lang: string
  labels: { submit: string; pending: string; errorHeading: string }
}

const idle: TranslationFormState = { status: 'idle' }

export function TranslationForm({ action, hidden, fields, lang, labels }: Props) {
  const [state, formAction] = useActionState(action, idle)
  const errors = state.status === 'error' ? (state.fields ?? {}) : {}
  return (
    <form key={state.attempt ?? 0} action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} errorHeading={labels.errorHeading} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = `translation-${field.name}`
        const fieldErrors = errors[field.name]
        const errorId = fieldErrors?.length ? `${id}-error` : undefined
        const common = {
          id,
          name: field.name,
          lang,
          required: true,
          maxLength: field.maxLength,
          defaultValue: state.values?.[field.name] ?? field.defaultValue,
          'aria-invalid': fieldErrors?.length ? true : undefined,
          'aria-describedby': errorId,
          className: 'w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700',
        }
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-medium text-slate-900">
              {field.label}
            </label>
            {field.multiline ? <textarea rows={field.rows} {...common} /> : <input type="text" {...common} />}
            {errorId ? (
              <p id={errorId} className="text-sm font-medium text-red-800">
                {fieldErrors!.join(' ')}
              </p>
            ) : null}
          </div>
        )
      })}
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
    </form>
  )
}
