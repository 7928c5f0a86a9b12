'use client'
import { useActionState } from 'react'
import { Field, SelectField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import { idleResult } from '@/components/forms/idle'
import type { ActionResult } from '@/lib/actions/result'

type Labels = Record<'name' | 'email' | 'jobTitle' | 'city' | 'chooseCity' | 'password' | 'passwordHint' | 'registerButton' | 'registering' | 'errorSummary', string>

type Props = {
  /** The server action that registers the person (the page passes it in). */
  register: (state: ActionResult, form: FormData) => Promise<ActionResult>
  labels: Labels
  cities: { value: string; label: string }[]
}

export function RegisterForm({ register, labels, cities }: Props) {
  const [state, action] = useActionState(register, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  if (state.status === 'ok') return <FormStatus state={state} />
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <Field name="name" label={labels.name} autoComplete="name" required maxLength={120} errors={fields.name} />
      <Field name="email" label={labels.email} type="email" autoComplete="email" required errors={fields.email} />
      <Field name="jobTitle" label={labels.jobTitle} autoComplete="organization-title" required maxLength={160} errors={fields.jobTitle} />
      <SelectField name="citySlug" label={labels.city} placeholder={labels.chooseCity} options={cities} required errors={fields.citySlug} />
      <Field name="password" label={labels.password} type="password" autoComplete="new-password" hint={labels.passwordHint} required errors={fields.password} />
      <SubmitButton label={labels.registerButton} pendingLabel={labels.registering} />
    </form>
  )
}
