// The account's signed-in devices (lib/auth/user-sessions.ts), each with "sign out this device";
// the current one is marked and signs out through the ordinary sign-out.
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Badge } from '@/components/ui/badge'
import type { ActionResult } from '@/lib/actions/result'

export type SessionListItem = { id: string; device: string; created: string; lastSeen: string; isCurrent: boolean }

type Props = {
  sessions: SessionListItem[]
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  labels: { heading: string; thisDevice: string; signOut: (device: string) => string; created: string; lastSeen: string; pending: string }
}

export function SessionList({ sessions, action, labels }: Props) {
  return (
    <div className="mb-6">
      <h3 className="mb-2 text-lg font-semibold">{labels.heading}</h3>
      <ul className="space-y-2">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 p-3">
            <div>
              <p className="font-medium">
                {session.device} {session.isCurrent ? <Badge tone="brand">{labels.thisDevice}</Badge> : null}
              </p>
              <p className="text-sm text-slate-600">
                {labels.created} {session.created} · {labels.lastSeen} {session.lastSeen}
              </p>
            </div>
            {session.isCurrent ? null : (
              <InlineActionForm action={action} hidden={{ sessionId: session.id }} label={labels.signOut(session.device)} pendingLabel={labels.pending} tone="danger" />
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
