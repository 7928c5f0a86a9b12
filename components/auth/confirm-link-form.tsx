'use client'
import Link from 'next/link'
import { useActionState } from 'react'
import { idleResult } from '@/components/forms/idle'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import type { ActionResult } from '@/lib/actions/result'

type Labels = Record<'button' | 'saving' | 'errorSummary' | 'signIn', string>

/** One button that spends a single-use token (a page, not the link itself: scanners open links). */
export function ConfirmLinkForm({ token, labels, action: submit }: {
  token: string
  labels: Labels
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
}) {
  const [state, action] = useActionState(submit, idleResult)
  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        <Link href="/sign-in">{labels.signIn}</Link>
      </div>
    )
  }
  return (
    <form action={action} className="max-w-xl space-y-5">
      <FormStatus state={state} errorHeading={labels.errorSummary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton label={labels.button} pendingLabel={labels.saving} />
    </form>
  )
}
