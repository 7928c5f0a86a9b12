// /reviews/[id] — a reviewer's view of a case study: what changed (against the published version
// for a revision, against the previous submission for a resubmission), the content as the
// library would show it, its files, the review thread, and the decisions this reviewer may take
// now (request changes, publish with verified figures, reject; unpublish for managers). Buttons
// follow what the services allow; the services check again when a decision is sent.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { AttachmentList } from '@/components/authoring/attachment-list'
import { ContentView } from '@/components/authoring/content-view'
import { NoteForm } from '@/components/authoring/note-form'
import { PublishForm } from '@/components/authoring/publish-form'
import { ReviewThread } from '@/components/authoring/review-thread'
import { RevisionDiffView } from '@/components/authoring/revision-diff'
import { referenceNames } from '@/components/authoring/server/labels'
import { findDraft, findRevisions, signInUrl } from '@/components/authoring/server/load'
import { StatusBadges } from '@/components/authoring/status'
import { EmptyState, Section } from '@/components/ui/section'
import type { Actor } from '@/lib/auth/actor'
import { getCurrentUser } from '@/lib/auth/session'
import { diffRevisions, type RevisionDiff, type RevisionSummary } from '@/lib/case-studies'
import { AppError } from '@/lib/errors'
import { newIdempotencyKey } from '@/lib/security/idempotency'
import { publishCaseStudyAction, rejectCaseStudyAction, requestChangesAction, unpublishCaseStudyAction } from '../actions'

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review')
  return { title: t('title'), robots: { index: false } }
}

/** The pair worth comparing: published → revision, or previous → latest submission. */
function comparison(revisions: RevisionSummary[], openRevision: { number: number } | null): { from: number; to: number; kind: 'published' | 'previous' } | null {
  if (openRevision) {
    const published = revisions.filter((revision) => revision.status === 'APPROVED' && revision.number < openRevision.number).at(-1)
    return published ? { from: published.number, to: openRevision.number, kind: 'published' } : null
  }
  const latest = revisions.at(-1)
  const previous = revisions.at(-2)
  return latest?.status === 'SUBMITTED' && previous ? { from: previous.number, to: latest.number, kind: 'previous' } : null
}

async function loadDiff(user: Actor, caseStudyId: string, pair: { from: number; to: number } | null): Promise<RevisionDiff | null> {
  if (!pair) return null
  try {
    return await diffRevisions(user, { caseStudyId, ...pair })
  } catch (error) {
    if (error instanceof AppError) return null
    throw error
  }
}

export default async function ReviewCaseStudyPage({ params }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/reviews/${id}`))
  if (!user.hubRoles.length && !user.isNetworkAdmin) notFound()
  const [draft, revisions] = await Promise.all([findDraft(user, id), findRevisions(user, id)])
  if (!draft || !revisions) notFound()

  const [t, ta, tl, names] = await Promise.all([getTranslations('Review'), getTranslations('Authoring'), getTranslations('Library'), referenceNames()])
  const allowed = (action: (typeof draft.allowedActions)[number]) => draft.allowedActions.includes(action)
  const pair = comparison(revisions, draft.openRevision)
  const diff = await loadDiff(user, draft.id, pair)
  const { content } = draft
  const isRevision = draft.source === 'revision'
  const underReview = draft.status === 'SUBMITTED' || draft.openRevision?.status === 'SUBMITTED'
  const decides = allowed('requestChanges') || allowed('publish') || allowed('reject') || allowed('unpublish')

  return (
    <>
      <nav aria-label={ta('breadcrumb')} className="mb-4 text-sm">
        <Link href="/reviews">{t('view.back')}</Link>
      </nav>
      <header className="mb-8 space-y-3">
        <h1 lang={content.language} className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {content.title}
        </h1>
        <p className="text-slate-700">{ta('desk.byline', { city: draft.city.name, authors: draft.authors.map((author) => author.name).join(', ') })}</p>
        <StatusBadges status={draft.status} openRevision={draft.openRevision} />
        <p className="flex flex-wrap gap-4">
          <Link href={`/my/case-studies/${draft.id}/revisions`}>{t('view.historyLink')}</Link>
          <Link href={`/my/case-studies/${draft.id}/translations`}>{ta('desk.translationsLink')}</Link>
        </p>
      </header>

      {diff && pair ? (
        <RevisionDiffView
          diff={diff}
          names={names}
          idPrefix="review"
          heading={pair.kind === 'published' ? t('view.diffHeading') : t('view.diffPreviousHeading')}
        />
      ) : null}

      <Section id="review-content" title={underReview ? t('view.contentHeading') : t('view.contentHeadingCurrent')}>
        <ContentView content={content} names={names} idPrefix="review" />
      </Section>

      <Section id="review-files" title={t('view.filesHeading')}>
        <AttachmentList attachments={draft.attachments} />
      </Section>

      <Section id="review-thread" title={ta('thread.heading')}>
        <ReviewThread draft={draft} />
      </Section>

      <Section id="decision" title={t('view.decisionHeading')}>
        {decides ? (
          <div className="space-y-8">
            {allowed('requestChanges') && !allowed('publish') ? (
              <p className="max-w-3xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{t('view.ownCaseStudy')}</p>
            ) : null}
            {allowed('publish') ? (
              <div className="space-y-3">
                <h3 className="text-xl font-semibold">{t('view.publishHeading')}</h3>
                <PublishForm
                  action={publishCaseStudyAction}
                  caseStudyId={draft.id}
                  idempotencyKey={newIdempotencyKey()}
                  metrics={content.metrics.map((metric) => ({ type: metric.type, label: tl(`metrics.${metric.type}`), verified: metric.verified }))}
                  labels={{
                    legend: t('view.verifiedLegend'),
                    hint: t('view.verifiedHint'),
                    submit: isRevision ? t('view.publishRevision') : t('view.publish'),
                    pending: t('view.working'),
                  }}
                />
              </div>
            ) : null}
            {allowed('requestChanges') ? (
              <div className="space-y-3">
                <h3 className="text-xl font-semibold">{t('view.requestChangesHeading')}</h3>
                <NoteForm
                  action={requestChangesAction}
                  hidden={{ caseStudyId: draft.id, idempotencyKey: newIdempotencyKey() }}
                  name="note"
                  idPrefix="request-changes"
                  label={t('view.note')}
                  hint={t('view.noteHint')}
                  submitLabel={t('view.requestChanges')}
                  pendingLabel={t('view.working')}
                  tone="secondary"
                  maxLength={2000}
                  rows={4}
                />
              </div>
            ) : null}
            {allowed('reject') ? (
              <div className="space-y-3">
                <h3 className="text-xl font-semibold">{t('view.rejectHeading')}</h3>
                <NoteForm
                  action={rejectCaseStudyAction}
                  hidden={{ caseStudyId: draft.id, idempotencyKey: newIdempotencyKey() }}
                  name="reason"
                  idPrefix="reject"
                  label={t('view.reason')}
                  hint={isRevision ? t('view.rejectRevisionHint') : t('view.rejectHint')}
                  submitLabel={t('view.reject')}
                  pendingLabel={t('view.working')}
                  tone="danger"
                  maxLength={2000}
                />
              </div>
            ) : null}
            {allowed('unpublish') ? (
              <div className="space-y-3">
                <h3 className="text-xl font-semibold">{t('view.unpublishHeading')}</h3>
                <NoteForm
                  action={unpublishCaseStudyAction}
                  hidden={{ caseStudyId: draft.id, idempotencyKey: newIdempotencyKey() }}
                  name="reason"
                  idPrefix="unpublish"
                  label={t('view.unpublishReason')}
                  hint={t('view.unpublishHint')}
                  submitLabel={t('view.unpublish')}
                  pendingLabel={t('view.working')}
                  tone="danger"
                  maxLength={2000}
                />
              </div>
            ) : null}
          </div>
        ) : (
          <EmptyState>{t('view.nothingToDecide')}</EmptyState>
        )}
      </Section>
    </>
  )
}
