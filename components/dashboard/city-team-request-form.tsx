'use client'
import { useActionState } from 'react'
import { requestCityTeamAction } from '@/app/(portal)/dashboard/actions'
import { idleResult } from '@/components/forms/idle'
import { SelectField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Labels = Record<'city' | 'chooseCity' | 'submit' | 'submitting' | 'errorSummary', string>

export function CityTeamRequestForm({ cities, labels }: { cities: { value: string; label: string }[]; labels: Labels }) {
  const [state, action] = useActionState(requestCityTeamAction, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <SelectField name="citySlug" label={labels.city} placeholder={labels.chooseCity} options={cities} required errors={fields.citySlug} idPrefix="team" />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  )
}
