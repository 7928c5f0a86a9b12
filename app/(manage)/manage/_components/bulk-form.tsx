'use client'
// One decision for the items ticked in a queue: the list (server-rendered checkboxes named "ids")
// comes in as children; the outcome, item by item, is announced below the button.
import { useActionState } from 'react'
import { idleResult } from '@/components/forms/idle'
import { SubmitButton } from '@/components/ui/submit-button'
import type { ActionResult } from '@/lib/actions/result'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  idPrefix: string
  /** The service's name for the list of ids, for its field error ("requestIds", "reportIds"). */
  idsField: string
  decisions: { value: string; label: string }[]
  labels: { legend: string; decision: string; reason: string; reasonHint: string; submit: string; working: string }
  /** Nothing left to choose: only the list (its empty state) and the last outcome are shown. */
  empty?: boolean
  children: React.ReactNode
}

export function BulkForm({ action, idPrefix, idsField, decisions, labels, empty = false, children }: Props) {
  const [state, formAction] = useActionState(action, idleResult)
  const errors = state.status === 'error' ? state.fields : undefined
  const reasonError = errors?.reason
  const idsError = errors?.[idsField]
  const outcome = (
    <p aria-live="polite" className={state.status === 'error' ? 'text-red-800' : 'text-brand-800'}>
      {state.status !== 'idle' ? state.message : ''}
    </p>
  )
  // The same component either way, so the outcome of the decision that emptied the queue stays.
  if (empty) {
    return (
      <div className="space-y-4">
        {children}
        {outcome}
      </div>
    )
  }
  return (
    <form action={formAction} className="space-y-4">
      <fieldset aria-describedby={idsError ? `${idPrefix}-ids-error` : undefined}>
        <legend className="mb-2 font-medium">{labels.legend}</legend>
        {children}
        {idsError ? (
          <p id={`${idPrefix}-ids-error`} className="mt-2 text-sm text-red-800">
            {idsError.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-slate-50 p-3">
        <fieldset>
          <legend className="text-sm font-medium">{labels.decision}</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {decisions.map((decision, index) => (
              <label key={decision.value} className="flex items-center gap-1">
                <input type="radio" name="decision" value={decision.value} defaultChecked={index === 0} className="h-4 w-4" />
                {decision.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={`${idPrefix}-reason`} className="text-sm font-medium">
            {labels.reason}
          </label>
          <input
            id={`${idPrefix}-reason`}
            name="reason"
            maxLength={1000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${idPrefix}-reason-hint${reasonError ? ` ${idPrefix}-reason-error` : ''}`}
            className="w-full rounded border border-slate-500 px-2 py-1"
          />
          <p id={`${idPrefix}-reason-hint`} className="text-sm text-slate-700">
            {labels.reasonHint}
          </p>
          {reasonError ? (
            <p id={`${idPrefix}-reason-error`} className="text-sm text-red-800">
              {reasonError.join(' ')}
            </p>
          ) : null}
        </div>
        <SubmitButton label={labels.submit} pendingLabel={labels.working} />
      </div>
      {outcome}
    </form>
  )
}
