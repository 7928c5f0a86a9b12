'use client'
// Starts a conversation: whom (a hub to ask, or for a hub's staff a member city to write to),
// subject and first message, optionally files. On success the action redirects to the new
// thread; a double submit opens the same conversation (one key per form).
import { useActionState, useState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field, SelectField, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import { FileInput, filesTooLargeToSend } from './file-input'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  target: { name: string; label: string; placeholder: string; options: { value: string; label: string }[] }
  maxLength: number
  labels: { subject: string; body: string; hint: string; submit: string; submitting: string; errorSummary: string }
  files?: { label: string; hint: string; tooLarge: string }
  idPrefix?: string
}

export function NewConversationForm({ action, target, maxLength, labels, files, idPrefix = 'new-conversation' }: Props) {
  const [clientKey] = useState(() => crypto.randomUUID().replace(/-/g, ''))
  const [state, formAction] = useActionState(
    async (previous: ActionResult, form: FormData): Promise<ActionResult> =>
      files && filesTooLargeToSend(form) ? { status: 'error', message: files.tooLarge, fields: { files: [files.tooLarge] } } : action(previous, form),
    idleResult,
  )
  const fields = state.status === 'error' ? state.fields : undefined
  return (
    <form action={formAction} className="max-w-2xl space-y-5">
      <input type="hidden" name="clientKey" value={clientKey} />
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <SelectField
        name={target.name}
        label={target.label}
        placeholder={target.placeholder}
        options={target.options}
        required
        defaultValue={target.options.length === 1 ? target.options[0]!.value : undefined}
        errors={fields?.[target.name]}
        idPrefix={idPrefix}
      />
      <Field name="subject" label={labels.subject} required maxLength={200} errors={fields?.subject} idPrefix={idPrefix} />
      <TextAreaField
        name="body"
        label={labels.body}
        hint={labels.hint}
        required
        rows={6}
        maxLength={maxLength}
        errors={fields?.body}
        idPrefix={idPrefix}
      />
      {files ? <FileInput id={`${idPrefix}-files`} label={files.label} hint={files.hint} errors={fields?.files} /> : null}
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  )
}
