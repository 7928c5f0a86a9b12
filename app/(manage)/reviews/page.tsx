// /reviews — the review queue of hub officers and managers: case studies and revisions from the
// cities of their hubs that wait for a decision, the longest waiting first. 404 for anyone
// without a hub role (the queue is not theirs to see).
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getNow, getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { signInUrl } from '@/components/authoring/server/load'
import PageLoading from '@/components/layout/page-loading'
import { Badge } from '@/components/ui/badge'
import { FormStatus } from '@/components/ui/form-status'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import type { Actor } from '@/lib/auth/actor'
import { getCurrentUser } from '@/lib/auth/session'
import { listReviewQueue } from '@/lib/case-studies'
import { listCaseStudies } from '@/lib/library/search'
import { parseLibraryQueryLeniently } from '@/lib/validation/library'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const doneKeys = ['changesRequested', 'published', 'rejected', 'unpublished'] as const

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review')
  return { title: t('title'), robots: { index: false } }
}

async function Queue({ user }: { user: Actor }) {
  const [t, format, now, items] = await Promise.all([getTranslations('Review'), getFormatter(), getNow(), listReviewQueue(user)])
  return (
    <Section id="queue" title={t('queueHeading')}>
      {items.length ? (
        <ol className="space-y-4">
          {items.map((item) => (
            <li key={item.id} className="space-y-2 rounded border border-slate-300 p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/reviews/${item.id}`}>{item.title}</Link>
              </h3>
              <p className="flex flex-wrap items-center gap-2 text-slate-800">
                <span>{item.city.name}</span>
                <Badge tone={item.kind === 'revision' ? 'amber' : 'brand'}>
                  {item.kind === 'revision' ? t('kind.revision', { number: String(item.revisionNumber ?? '') }) : t('kind.caseStudy')}
                </Badge>
              </p>
              <p className="text-sm text-slate-700">
                {item.submittedAt ? (
                  <time dateTime={item.submittedAt.toISOString()} title={format.dateTime(item.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}>
                    {t('submittedAgo', { ago: format.relativeTime(item.submittedAt, now) })}
                  </time>
                ) : (
                  t('notSubmitted')
                )}
              </p>
              {item.ownCaseStudy ? <p className="text-sm font-medium text-amber-900">{t('ownCaseStudy')}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('empty')}</EmptyState>
      )}
    </Section>
  )
}

/** For hub managers: what is published from their hubs' cities, to reach a case study's review page and unpublish it. */
async function PublishedFromHubs({ hubSlugs }: { hubSlugs: string[] }) {
  const t = await getTranslations('Review')
  const { query } = parseLibraryQueryLeniently({ hub: hubSlugs, sort: 'newest', pageSize: '50' })
  const { items } = await listCaseStudies(query)
  return (
    <Section id="published" title={t('publishedHeading')}>
      <p className="mb-4 max-w-3xl text-slate-700">{t('publishedIntro')}</p>
      {items.length ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/reviews/${item.id}`} lang={item.language}>
                {item.title}
              </Link>{' '}
              <span className="text-sm text-slate-700">({item.city.name})</span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('publishedEmpty')}</EmptyState>
      )}
    </Section>
  )
}

export default async function ReviewQueuePage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl('/reviews'))
  if (!user.hubRoles.length) notFound()
  const t = await getTranslations('Review')
  const doneParam = [(await searchParams).done].flat()[0]
  const done = doneKeys.find((key) => key === doneParam)
  const managerHubs = user.hubRoles.filter((role) => role.role === 'MANAGER').map((role) => role.hubSlug)
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p>
          <Link href="/reviews/translations">{t('translationsLink')}</Link>
        </p>
      </PageHeader>
      {done ? <FormStatus state={{ status: 'ok', message: t(`done.${done}`) }} /> : null}
      <Suspense fallback={<PageLoading />}>
        <Queue user={user} />
        {managerHubs.length ? <PublishedFromHubs hubSlugs={managerHubs} /> : null}
      </Suspense>
    </>
  )
}
