'use client'
// Writes a message (or, on the hub side, an internal note). A key per composed message makes a
// double submit or a retry create one message (the server returns the existing one). The text
// is kept when sending fails, and cleared when it succeeds. Files are optional (`files` labels).
import { useActionState, useRef } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import { FileInput, filesTooLargeToSend } from './file-input'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  hidden: Record<string, string>
  idPrefix: string
  labels: { body: string; hint: string; submit: string; submitting: string }
  maxLength: number
  files?: { label: string; hint: string; tooLarge: string }
}

type State = ActionResult & { body?: string; attempt?: number }

const newKey = () => crypto.randomUUID().replace(/-/g, '')

export function Composer({ action, hidden, idPrefix, labels, maxLength, files }: Props) {
  const clientKey = useRef<string | null>(null)
  const [state, formAction] = useActionState(async (previous: State, form: FormData): Promise<State> => {
    clientKey.current ??= newKey()
    form.set('clientKey', clientKey.current)
    const body = String(form.get('body') ?? '')
    if (files && filesTooLargeToSend(form)) {
      return { status: 'error', message: files.tooLarge, fields: { files: [files.tooLarge] }, body, attempt: (previous.attempt ?? 0) + 1 }
    }
    const result = await action(previous, form)
    if (result.status === 'ok') clientKey.current = null
    return { ...result, body: result.status === 'error' ? body : '', attempt: (previous.attempt ?? 0) + 1 }
  }, idleResult as State)
  const id = `${idPrefix}-body`
  const errors = state.status === 'error' ? state.fields?.body : undefined
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium text-slate-900">{labels.body}</label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">{labels.hint}</p>
        <textarea
          key={state.attempt ?? 0}
          id={id}
          name="body"
          rows={4}
          required
          maxLength={maxLength}
          defaultValue={state.body ?? ''}
          aria-invalid={errors ? true : undefined}
          aria-describedby={[`${id}-hint`, errors ? `${id}-error` : ''].filter(Boolean).join(' ')}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
        />
        {errors ? <p id={`${id}-error`} className="text-sm font-medium text-red-800">{errors.join(' ')}</p> : null}
      </div>
      {files ? (
        <FileInput
          key={state.attempt ?? 0}
          id={`${idPrefix}-files`}
          label={files.label}
          hint={files.hint}
          errors={state.status === 'error' ? state.fields?.files : undefined}
        />
      ) : null}
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      <div aria-live="polite">{state.status === 'error' ? <FormStatus state={state} /> : null}</div>
    </form>
  )
}
