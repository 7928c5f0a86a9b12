'use client'
import { useActionState } from 'react'
import { registerAction } from '@/app/(auth)/actions'
import { Field, SelectField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import { idleResult } from '@/components/forms/idle'

type Labels = Record<'name' | 'email' | 'jobTitle' | 'city' | 'chooseCity' | 'password' | 'passwordHint' | 'registerButton' | 'registering' | 'errorSummary', string>

export function RegisterForm({ labels, cities }: { labels: Labels; cities: { value: string; label: string }[] }) {
  const [state, action] = useActionState(registerAction, idleResult)
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
