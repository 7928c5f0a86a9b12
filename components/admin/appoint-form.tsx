'use client'
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field, SelectField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Labels = Record<'email' | 'hub' | 'role' | 'officer' | 'manager' | 'appoint' | 'appointing' | 'errorSummary', string>

export function AppointForm({ appointAction, hubs, labels }: { appointAction: (state: ActionResult, form: FormData) => Promise<ActionResult>; hubs: { value: string; label: string }[]; labels: Labels }) {
  const [state, action] = useActionState(appointAction, idleResult)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  return (
    <form action={action} className="grid max-w-3xl gap-4 md:grid-cols-3 md:items-end" noValidate>
      <div className="md:col-span-3">
        <FormStatus state={state} errorHeading={labels.errorSummary} />
      </div>
      <Field name="email" label={labels.email} type="email" required errors={fields.email} idPrefix="appoint" />
      <SelectField name="hubSlug" label={labels.hub} options={hubs} required errors={fields.hubSlug} idPrefix="appoint" />
      <SelectField
        name="role"
        label={labels.role}
        options={[
          { value: 'OFFICER', label: labels.officer },
          { value: 'MANAGER', label: labels.manager },
        ]}
        required
        errors={fields.role}
        idPrefix="appoint"
      />
      <div>
        <SubmitButton label={labels.appoint} pendingLabel={labels.appointing} />
      </div>
    </form>
  )
}
