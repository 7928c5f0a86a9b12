'use client'
import Link from 'next/link'
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Labels = Record<'newPassword' | 'passwordHint' | 'resetButton' | 'saving' | 'errorSummary' | 'signIn', string>

export function ResetPasswordForm({ resetAction, token, labels }: { resetAction: (state: ActionResult, form: FormData) => Promise<ActionResult>; token: string; labels: Labels }) {
  const [state, action] = useActionState(resetAction, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        <Link href="/sign-in">{labels.signIn}</Link>
      </div>
    )
  }
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label={labels.newPassword} type="password" autoComplete="new-password" hint={labels.passwordHint} required errors={fields.password} />
      <SubmitButton label={labels.resetButton} pendingLabel={labels.saving} />
    </form>
  )
}
