'use client'
// Asks a hub's officer team: hub, subject and first message. On success the action redirects
// to the new thread; a double submit opens the same conversation (one key per form).
import { useActionState, useState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field, SelectField, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  hubs: { value: string; label: string }[]
  maxLength: number
  labels: { hub: string; chooseHub: string; subject: string; body: string; hint: string; submit: string; submitting: string; errorSummary: string }
}

export function NewConversationForm({ action, hubs, maxLength, labels }: Props) {
  const [clientKey] = useState(() => crypto.randomUUID().replace(/-/g, ''))
  const [state, formAction] = useActionState(action, idleResult)
  const fields = state.status === 'error' ? state.fields : undefined
  return (
    <form action={formAction} className="max-w-2xl space-y-5">
      <input type="hidden" name="clientKey" value={clientKey} />
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <SelectField
        name="hubSlug"
        label={labels.hub}
        placeholder={labels.chooseHub}
        options={hubs}
        required
        defaultValue={hubs.length === 1 ? hubs[0]!.value : undefined}
        errors={fields?.hubSlug}
        idPrefix="new-conversation"
      />
      <Field name="subject" label={labels.subject} required maxLength={200} errors={fields?.subject} idPrefix="new-conversation" />
      <TextAreaField
        name="body"
        label={labels.body}
        hint={labels.hint}
        required
        rows={6}
        maxLength={maxLength}
        errors={fields?.body}
        idPrefix="new-conversation"
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  )
}
