'use client'
// Saved replies on the hub side of a thread (lib/messaging/saved-replies.ts): choose one to put
// its text into the reply box (to read and adapt before sending; nothing is sent by choosing),
// and save a new one for the hub's team. Choosing needs JavaScript; without it the texts are
// still listed to copy.
import { useActionState, useState } from 'react'
import { idleResult } from '@/components/forms/idle'
import { Field, TextAreaField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { SubmitButton } from '@/components/ui/submit-button'
import type { ActionResult } from '@/lib/actions/result'

type Reply = { id: string; title: string; body: string }

export function SavedReplyPicker({ replies, targetId, labels }: { replies: Reply[]; targetId: string; labels: { choose: string; none: string; insert: string; inserted: string } }) {
  const [chosen, setChosen] = useState(replies[0]?.id ?? '')
  const [announce, setAnnounce] = useState('')
  if (!replies.length) return <p className="text-sm text-slate-700">{labels.none}</p>
  const insert = () => {
    const reply = replies.find((candidate) => candidate.id === chosen)
    const target = document.getElementById(targetId)
    if (!reply || !(target instanceof HTMLTextAreaElement)) return
    target.value = target.value.trim() ? `${target.value.trimEnd()}\n\n${reply.body}` : reply.body
    target.focus()
    setAnnounce(labels.inserted.replace('{title}', reply.title))
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="saved-reply-choice" className="text-sm font-medium">{labels.choose}</label>
        <select id="saved-reply-choice" value={chosen} onChange={(event) => setChosen(event.target.value)} className="rounded border border-slate-500 bg-white px-2 py-2">
          {replies.map((reply) => (
            <option key={reply.id} value={reply.id}>{reply.title}</option>
          ))}
        </select>
      </div>
      <button type="button" onClick={insert} aria-controls={targetId} className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
        {labels.insert}
      </button>
      <p role="status" className="sr-only">{announce}</p>
    </div>
  )
}

export function SavedReplyForm({
  action,
  conversationId,
  labels,
}: {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>
  conversationId: string
  labels: { title: string; body: string; bodyHint: string; submit: string; submitting: string }
}) {
  const [state, formAction] = useActionState(async (previous: ActionResult & { attempt?: number }, form: FormData) => {
    const result = await action(previous, form)
    return { ...result, attempt: (previous.attempt ?? 0) + 1 }
  }, idleResult as ActionResult & { attempt?: number })
  const fields = state.status === 'error' ? state.fields : undefined
  return (
    <form key={state.status === 'ok' ? state.attempt : 'editing'} action={formAction} className="space-y-3">
      <input type="hidden" name="conversationId" value={conversationId} />
      <Field idPrefix="saved-reply" name="title" label={labels.title} maxLength={120} required errors={fields?.title} />
      <TextAreaField idPrefix="saved-reply" name="body" label={labels.body} hint={labels.bodyHint} maxLength={10_000} rows={4} required errors={fields?.body} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
      <FormStatus state={state} />
    </form>
  )
}
