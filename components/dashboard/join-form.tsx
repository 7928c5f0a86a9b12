'use client'
import { useActionState } from 'react'
import { requestToJoinAction } from '@/app/(portal)/dashboard/actions'
import { idleResult } from '@/components/forms/idle'
import { SelectField, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Labels = Record<'target' | 'chooseTarget' | 'motivation' | 'motivationHint' | 'submit' | 'submitting' | 'errorSummary', string>

export function JoinForm({ options, labels }: { options: { value: string; label: string }[]; labels: Labels }) {
  const [state, action] = useActionState(requestToJoinAction, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={action} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <SelectField name="target" label={labels.target} placeholder={labels.chooseTarget} options={options} required errors={fields.target ?? fields.hubSlug ?? fields.coalitionSlug} idPrefix="join" />
      <TextAreaField name="motivation" label={labels.motivation} hint={labels.motivationHint} required maxLength={2000} errors={fields.motivation} idPrefix="join" />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  )
}
