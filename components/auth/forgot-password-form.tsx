'use client'
import { useActionState } from 'react'
import { idleResult } from '@/components/forms/idle'
import type { ActionResult } from '@/lib/actions/result'
import { Field } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  /** The server action that asks for the reset link (the page passes it in). */
  requestReset: (state: ActionResult, form: FormData) => Promise<ActionResult>
  labels: Record<'email' | 'sendResetLink' | 'sending' | 'errorSummary', string>
}

export function ForgotPasswordForm({ requestReset, labels }: Props) {
  const [state, action] = useActionState(requestReset, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <Field name="email" label={labels.email} type="email" autoComplete="email" required errors={fields.email} />
      <SubmitButton label={labels.sendResetLink} pendingLabel={labels.sending} />
    </form>
  )
}
