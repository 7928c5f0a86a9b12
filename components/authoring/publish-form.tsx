'use client'
// Approve the content under review, saying which impact figures the reviewer verified.
import { useActionState } from 'react'
import { SubmitButton } from '@/components/ui/submit-button'
import { idleNoteForm, type NoteFormState } from './form-state'

type Props = {
  action: (state: NoteFormState, form: FormData) => Promise<NoteFormState>
  caseStudyId: string
  /** Made by the page for this rendering (lib/security/idempotency.ts). */
  idempotencyKey: string
  metrics: { type: string; label: string; verified: boolean }[]
  labels: { legend: string; hint: string; submit: string; pending: string }
}

export function PublishForm({ action, caseStudyId, idempotencyKey, metrics, labels }: Props) {
  const [state, formAction] = useActionState(action, idleNoteForm)
  return (
    <form action={formAction} className="max-w-2xl space-y-3">
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {metrics.length ? (
        <fieldset className="space-y-2" aria-describedby="publish-verified-hint">
          <legend className="font-medium text-slate-900">{labels.legend}</legend>
          <p id="publish-verified-hint" className="text-sm text-slate-600">
            {labels.hint}
          </p>
          <input type="hidden" name="verifiedMetricsListed" value="1" />
          <ul className="space-y-1">
            {metrics.map((metric) => (
              <li key={metric.type}>
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="verifiedMetrics" value={metric.type} defaultChecked={metric.verified} className="mt-1 h-5 w-5 shrink-0" />
                  <span>{metric.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={labels.submit} pendingLabel={labels.pending} />
        {state.status === 'error' ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {[state.message, ...Object.values(state.fields ?? {}).flat()].join(' ')}
          </p>
        ) : null}
      </div>
    </form>
  )
}
