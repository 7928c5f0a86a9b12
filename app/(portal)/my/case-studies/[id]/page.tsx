// /my/case-studies/[id] — one case study on the officials' desk: where it stands, the reviewers'
// latest decision and note, what to do next (edit, submit), the working copy rendered as the
// library would show it, its files (upload with progress, remove) and the review thread.
// Anyone who may not view its drafts gets 404: the page reveals nothing about it.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { AttachmentList } from '@/components/authoring/attachment-list'
import { ButtonLink } from '@/components/authoring/button-link'
import { ContentView } from '@/components/authoring/content-view'
import { ReviewThread } from '@/components/authoring/review-thread'
import { referenceNames, uploadFormLabels } from '@/components/authoring/server/labels'
import { findDraft, signInUrl } from '@/components/authoring/server/load'
import { nextStep, StatusBadges } from '@/components/authoring/status'
import { UploadForm } from '@/components/authoring/upload-form'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { FormStatus } from '@/components/ui/form-status'
import { Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { newIdempotencyKey } from '@/lib/security/idempotency'
import { removeAttachmentAction, submitCaseStudyAction } from '../actions'
import { getLocalePath } from '@/lib/i18n/alternates'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const doneKeys = ['created', 'saved', 'savedRevision', 'submitted', 'fileRemoved'] as const
type Done = (typeof doneKeys)[number]

const loadDraft = cache(async (id: string) => {
  const user = await getCurrentUser()
  return user ? findDraft(user, id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const draft = await loadDraft((await params).id)
  const t = await getTranslations('Authoring.list')
  return { title: draft?.content.title ?? t('title'), robots: { index: false } }
}

export default async function CaseStudyDeskPage({ params, searchParams }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}`))
  const lp = await getLocalePath()
  const draft = await loadDraft(id)
  if (!draft) notFound()

  const [t, format, names, query] = await Promise.all([getTranslations('Authoring'), getFormatter(), referenceNames(), searchParams])
  const doneParam = [query.done].flat()[0]
  const done = doneKeys.find((key) => key === doneParam) as Done | undefined
  const allowed = (action: (typeof draft.allowedActions)[number]) => draft.allowedActions.includes(action)
  const { content } = draft
  const isRevision = draft.source === 'revision'
  const review = draft.latestReview
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' })
  const reviewStatus = review?.status ? t(`revisionStatus.${review.status}`) : t(`status.${draft.status}`)
  const deskPath = `/my/case-studies/${draft.id}`

  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href="/my/case-studies">{t('desk.backToList')}</Link>
      </nav>
      <header className="mb-8 space-y-3">
        <h1 lang={content.language} className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {content.title}
        </h1>
        <p className="text-slate-700">{t('desk.byline', { city: draft.city.name, authors: draft.authors.map((author) => author.name).join(', ') })}</p>
        <StatusBadges status={draft.status} openRevision={draft.openRevision} />
        <p className="max-w-3xl text-lg text-slate-800">{await nextStep(draft.status, draft.openRevision)}</p>
      </header>

      {done ? <FormStatus state={{ status: 'ok', message: t(`desk.done.${done}`) }} /> : null}

      {review ? (
        <Section id="latest-review" title={t('desk.reviewHeading')}>
          <p className="font-medium">
            {review.reviewerName && review.reviewedAt
              ? t('desk.reviewDecision', { status: reviewStatus, name: review.reviewerName, date: date(review.reviewedAt) })
              : t('desk.reviewDecisionNoName', { status: reviewStatus })}
          </p>
          {review.note ? (
            <figure className="mt-3 max-w-3xl">
              <figcaption className="text-sm font-medium text-slate-700">{t('desk.reviewerNote')}</figcaption>
              <blockquote className="mt-1 whitespace-pre-line border-s-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{review.note}</blockquote>
            </figure>
          ) : null}
        </Section>
      ) : null}

      <Section id="next-actions" title={t('desk.actionsHeading')}>
        {draft.status === 'PUBLISHED' ? <p className="mb-4 max-w-3xl text-slate-800">{t('edit.revisionNotice')}</p> : null}
        <ul className="flex flex-wrap items-end gap-4">
          {allowed('edit') ? (
            <li>
              <ButtonLink href={`${deskPath}/edit`} tone="secondary">
                {isRevision ? t('desk.editRevisionLink') : t('desk.editLink')}
              </ButtonLink>
            </li>
          ) : null}
          {allowed('submit') ? (
            <li>
              <InlineActionForm
                action={submitCaseStudyAction}
                hidden={{ caseStudyId: draft.id, idempotencyKey: newIdempotencyKey() }}
                label={isRevision ? t('desk.submitRevision') : t('desk.submit')}
                pendingLabel={t('desk.submitting')}
                tone="primary"
              />
            </li>
          ) : null}
          <li>
            <Link href={`${deskPath}/revisions`}>{t('desk.historyLink')}</Link>
          </li>
          <li>
            <Link href={`${deskPath}/translations`}>{t('desk.translationsLink')}</Link>
          </li>
          {draft.status === 'PUBLISHED' ? (
            <li>
              <Link href={lp(`/case-studies/${draft.slug}`)}>{t('desk.publicLink')}</Link>
            </li>
          ) : null}
        </ul>
      </Section>

      <Section id="working-copy" title={isRevision && draft.openRevision ? t('desk.contentHeadingRevision', { number: String(draft.openRevision.number) }) : t('desk.contentHeading')}>
        <ContentView content={content} names={names} idPrefix="desk" />
      </Section>

      <Section id="files" title={t('files.heading')}>
        <div className="space-y-6">
          <AttachmentList attachments={draft.attachments} removeAction={allowed('removeAttachment') ? removeAttachmentAction : undefined} />
          {allowed('addAttachment') ? (
            <UploadForm caseStudyId={draft.id} labels={await uploadFormLabels()} />
          ) : allowed('edit') || allowed('submit') ? (
            <p className="max-w-3xl text-slate-700">{t('files.locked')}</p>
          ) : null}
        </div>
      </Section>

      <Section id="thread" title={t('thread.heading')}>
        <ReviewThread draft={draft} />
      </Section>
    </>
  )
}
