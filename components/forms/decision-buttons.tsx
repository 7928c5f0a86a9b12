import type { ActionResult } from '@/lib/actions/result'
import { InlineActionForm } from './inline-action-form'

type Props = {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  /** The hidden field naming the item decided, e.g. { requestId: '...' }. */
  target: Record<string, string>
  idPrefix: string
  labels: { approve: string; decline: string; reason: string; working: string }
}

/** Approve, or decline with a reason: the two decisions offered on a queue item. */
export function DecisionButtons({ action, target, idPrefix, labels }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <InlineActionForm
        action={action}
        hidden={{ ...target, decision: 'APPROVE' }}
        label={labels.approve}
        pendingLabel={labels.working}
        tone="primary"
      />
      <InlineActionForm
        action={action}
        hidden={{ ...target, decision: 'DECLINE' }}
        label={labels.decline}
        pendingLabel={labels.working}
        tone="danger"
        reason={{ label: labels.reason, required: true, id: `${idPrefix}-decline` }}
      />
    </div>
  )
}
