// The review thread of a case study (reviewers and the city's officials), oldest first, with the
// comment form for those who may comment.
import { getFormatter, getTranslations } from 'next-intl/server'
import { commentOnCaseStudyAction } from '@/app/(portal)/my/case-studies/actions'
import type { CaseStudyDraft } from '@/lib/case-studies'
import { newIdempotencyKey } from '@/lib/security/idempotency'
import { NoteForm } from './note-form'

export async function ReviewThread({ draft }: { draft: CaseStudyDraft }) {
  const t = await getTranslations('Authoring.thread')
  const format = await getFormatter()
  const canComment = draft.allowedActions.includes('comment')
  return (
    <div className="space-y-6">
      {draft.comments.length ? (
        <ol className="space-y-3">
          {draft.comments.map((comment) => (
            <li key={comment.id} className="rounded border border-slate-200 p-3">
              <p className="text-sm font-medium text-slate-700">
                {t('meta', { name: comment.author?.name ?? t('formerUser'), date: format.dateTime(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">{t('empty')}</p>
      )}
      {canComment ? (
        <NoteForm
          action={commentOnCaseStudyAction}
          hidden={{ caseStudyId: draft.id, idempotencyKey: newIdempotencyKey() }}
          name="body"
          idPrefix="comment"
          label={t('comment')}
          hint={t('commentHint')}
          submitLabel={t('post')}
          pendingLabel={t('posting')}
          tone="secondary"
          maxLength={5000}
        />
      ) : null}
    </div>
  )
}
