// /my/case-studies/[id]/revisions — every submitted state of a case study with the decision on
// it, and the differences between any two (?from=&to=; by default the last two). For those who
// may view its drafts (its officials and authors, its hubs' reviewers, admins); 404 otherwise.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { RevisionDiffView } from '@/components/authoring/revision-diff'
import { referenceNames } from '@/components/authoring/server/labels'
import { findDraft, findRevisions, signInUrl } from '@/components/authoring/server/load'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { diffRevisions, type RevisionDiff } from '@/lib/case-studies'
import { AppError } from '@/lib/errors'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Authoring.revisions')
  return { title: t('title'), robots: { index: false } }
}

const revisionNumber = (value: string | string[] | undefined) => {
  const text = [value].flat()[0]
  return text && /^\d{1,7}$/.test(text) ? Number(text) : null
}

export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}/revisions`))
  const [draft, revisions] = await Promise.all([findDraft(user, id), findRevisions(user, id)])
  if (!draft || !revisions) notFound()

  const [t, format, names, query] = await Promise.all([getTranslations('Authoring'), getFormatter(), referenceNames(), searchParams])
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' })
  const numbers = revisions.map((revision) => revision.number)
  const last = numbers.at(-1)
  const beforeLast = numbers.at(-2)
  const from = revisionNumber(query.from) ?? beforeLast ?? null
  const to = revisionNumber(query.to) ?? last ?? null

  let diff: RevisionDiff | null = null
  if (from !== null && to !== null && from !== to && numbers.includes(from) && numbers.includes(to)) {
    try {
      diff = await diffRevisions(user, { caseStudyId: draft.id, from, to })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
    }
  }
  const statusLabel = (status: (typeof revisions)[number]['status']) => t(`revisionStatus.${status}`)
  const options = revisions.map((revision) => ({
    value: String(revision.number),
    label: t('revisions.revisionOption', { number: String(revision.number), status: statusLabel(revision.status) }),
  }))

  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href={`/my/case-studies/${draft.id}`}>{t('revisions.backToCaseStudy')}</Link>
      </nav>
      <PageHeader title={t('revisions.title')} intro={t('revisions.intro', { title: draft.content.title })} />

      <Section id="revision-list" title={t('revisions.listHeading')}>
        {revisions.length ? (
          <ol className="space-y-3">
            {[...revisions].reverse().map((revision) => (
              <li key={revision.id} className="space-y-1 rounded border border-slate-200 p-4">
                <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                  {t('revisions.number', { number: String(revision.number) })}
                  <Badge tone={revision.status === 'APPROVED' ? 'brand' : revision.status === 'CHANGES_REQUESTED' ? 'amber' : 'neutral'}>
                    {statusLabel(revision.status)}
                  </Badge>
                </h3>
                {revision.author ? <p className="text-sm text-slate-700">{t('revisions.by', { name: revision.author.name })}</p> : null}
                {revision.submittedAt ? <p className="text-sm text-slate-700">{t('revisions.submitted', { date: date(revision.submittedAt) })}</p> : null}
                {revision.reviewedAt ? (
                  <p className="text-sm text-slate-700">
                    {revision.reviewer
                      ? t('revisions.reviewed', { name: revision.reviewer.name, date: date(revision.reviewedAt) })
                      : t('revisions.reviewedNoName', { date: date(revision.reviewedAt) })}
                  </p>
                ) : null}
                {revision.reviewNote ? <p className="whitespace-pre-line text-slate-900">{t('revisions.note', { note: revision.reviewNote })}</p> : null}
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('revisions.empty')}</EmptyState>
        )}
      </Section>

      <Section id="compare" title={t('revisions.compareHeading')}>
        {revisions.length >= 2 ? (
          <form method="get" className="flex flex-wrap items-end gap-4">
            {(['from', 'to'] as const).map((name) => (
              <div key={name} className="flex flex-col gap-1">
                <label htmlFor={`compare-${name}`} className="font-medium">
                  {t(`revisions.${name}`)}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={String(name === 'from' ? from : to)}
                  className="rounded border border-slate-500 bg-white px-3 py-2 text-base"
                >
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
              {t('revisions.compare')}
            </button>
          </form>
        ) : (
          <EmptyState>{t('revisions.needTwo')}</EmptyState>
        )}
      </Section>

      {diff ? (
        <div className="mt-10">
          <RevisionDiffView diff={diff} names={names} idPrefix="history" />
        </div>
      ) : null}
    </>
  )
}
