'use client'
// Asks for an introduction to the city behind a case study: one message to the hub's officers.
// A key per form makes a double submit create one request; success replaces the form.
import { useActionState, useState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  caseStudySlug: string
  maxLength: number
  labels: { message: string; hint: string; submit: string; submitting: string; errorSummary: string }
}

export function IntroductionRequestForm({ action, caseStudySlug, maxLength, labels }: Props) {
  const [clientKey] = useState(() => crypto.randomUUID().replace(/-/g, ''))
  const [state, formAction] = useActionState(action, idleResult)
  if (state.status === 'ok') return <FormStatus state={state} />
  const fields = state.status === 'error' ? state.fields : undefined
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="caseStudySlug" value={caseStudySlug} />
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <TextAreaField
        name="message"
        label={labels.message}
        hint={labels.hint}
        required
        rows={4}
        maxLength={maxLength}
        errors={fields?.message}
        idPrefix="introduction"
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  )
}
