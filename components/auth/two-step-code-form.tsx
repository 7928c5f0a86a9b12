'use client'
// The code form of two-step sign-in: confirms the set-up (then shows the recovery codes, this
// once) or turns it off. The action comes from the page (components never import app/).
import { useActionState } from 'react'
import type { ActionResult } from '@/lib/actions/result'
import { idleResult } from '@/components/forms/idle'
import { Field } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'

type Result = ActionResult & { recoveryCodes?: string[] }
type Labels = Record<'code' | 'codeHint' | 'submit' | 'saving' | 'errorSummary' | 'recoveryHeading' | 'recoveryIntro', string>

export function TwoStepCodeForm({ codeAction, labels }: { codeAction: (state: Result, form: FormData) => Promise<Result>; labels: Labels }) {
  const [state, action] = useActionState(codeAction, idleResult as Result)
  const fields = state.status === 'error' ? state.fields ?? {} : {}
  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        {state.recoveryCodes?.length ? (
          <section aria-labelledby="recovery-heading" className="max-w-xl space-y-2 rounded border border-amber-600 bg-amber-50 p-4">
            <h2 id="recovery-heading" className="text-lg font-semibold">{labels.recoveryHeading}</h2>
            <p>{labels.recoveryIntro}</p>
            <ul className="grid grid-cols-2 gap-2 font-mono text-base" aria-label={labels.recoveryHeading}>
              {state.recoveryCodes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    )
  }
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <Field name="code" label={labels.code} hint={labels.codeHint} autoComplete="one-time-code" required maxLength={12} errors={fields.code} idPrefix="two-step" />
      <SubmitButton label={labels.submit} pendingLabel={labels.saving} />
    </form>
  )
}
