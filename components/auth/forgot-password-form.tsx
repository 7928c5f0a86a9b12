'use client'
import { useActionState } from 'react'
import { requestPasswordResetAction } from '@/app/(auth)/actions'
import { idleResult } from '@/components/forms/idle'
import { Field } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

export function ForgotPasswordForm({ labels }: { labels: Record<'email' | 'sendResetLink' | 'sending' | 'errorSummary', string> }) {
  const [state, action] = useActionState(requestPasswordResetAction, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <Field name="email" label={labels.email} type="email" autoComplete="email" required errors={fields.email} />
      <SubmitButton label={labels.sendResetLink} pendingLabel={labels.sending} />
    </form>
  )
}
