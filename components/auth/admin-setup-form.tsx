'use client'
import Link from 'next/link'
import { useActionState, useState } from 'react'
import { idleResult } from '@/components/forms/idle'
import { Field } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import type { ActionResult } from '@/lib/actions/result'

type Labels = Record<'name' | 'email' | 'password' | 'passwordHint' | 'button' | 'saving' | 'errorSummary' | 'signIn', string>

export function AdminSetupForm({ token, labels, action: submit }: {
  token: string
  labels: Labels
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
}) {
  // React resets a form after its action: what was typed comes back as the fields' defaults.
  const [typed, setTyped] = useState({ name: '', email: '' })
  const [state, action] = useActionState((previous: ActionResult, form: FormData) => {
    setTyped({ name: String(form.get('name') ?? ''), email: String(form.get('email') ?? '') })
    return submit(previous, form)
  }, idleResult)
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
      <Field name="name" label={labels.name} autoComplete="name" required errors={fields.name} maxLength={120} defaultValue={typed.name} />
      <Field name="email" label={labels.email} type="email" autoComplete="email" required errors={fields.email} defaultValue={typed.email} />
      <Field name="password" label={labels.password} type="password" autoComplete="new-password" hint={labels.passwordHint} required errors={fields.password} />
      <SubmitButton label={labels.button} pendingLabel={labels.saving} />
    </form>
  )
}
