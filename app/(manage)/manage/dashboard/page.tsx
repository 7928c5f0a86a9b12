// /manage/dashboard — the manager dashboard: queue sizes, review and response times and open
// conversations for the hubs where the user is an officer or manager (network admins: any hub or
// the whole network). The hub picker is a plain GET form, so the page needs no client code.
// Everyone else gets 404, as does a hub that is not theirs to see: the scope is settled before
// anything streams (a loading.tsx would send 200 first), and the figures load under Suspense.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getNow, getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { formatDuration } from '@/components/charts/format'
import PageLoading from '@/components/layout/page-loading'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import type { Actor } from '@/lib/auth/actor'
import { DASHBOARD_WINDOW_DAYS, getHubDashboard, resolveDashboardScope, type DashboardScope } from '@/lib/moderation/dashboard'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('HubDashboard')
  return { title: t('title'), robots: { index: false } }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function Figure({ label, value, detail }: { label: string; value: string; detail?: React.ReactNode }) {
  return (
    <div className="flex flex-col rounded-lg border border-slate-200 p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="order-first text-2xl font-bold text-brand-800">{value}</dd>
      {detail ? <dd className="mt-1 text-sm text-slate-700">{detail}</dd> : null}
    </div>
  )
}

async function loadScope(user: Actor, hub: string | undefined): Promise<DashboardScope> {
  try {
    return await resolveDashboardScope(user, hub ? { hub } : {})
  } catch (error) {
    // A hub that is not the viewer's, a malformed one, or a role removed meanwhile: nothing to see.
    if (error instanceof AppError && ['NOT_FOUND', 'INVALID', 'FORBIDDEN'].includes(error.code)) notFound()
    throw error
  }
}

async function DashboardFigures({ user, hub }: { user: Actor; hub: string | undefined }) {
  const [t, format, now] = await Promise.all([getTranslations('HubDashboard'), getFormatter(), getNow()])
  const { queues, reviews, conversations, responses } = await getHubDashboard(user, hub ? { hub } : {}, now)
  const days = DASHBOARD_WINDOW_DAYS
  const none = t('noValue')
  const age = (since: Date | null) => (since ? formatDuration(format, (now.getTime() - since.getTime()) / 1000) : none)
  const median = (seconds: number | null) => (seconds === null ? none : formatDuration(format, seconds))
  return (
    <>
      <Section id="queues" title={t('queues.heading')}>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Figure label={t('queues.joinRequests')} value={format.number(queues.joinRequests)} />
          <Figure label={t('queues.cityTeamRequests')} value={format.number(queues.cityTeamRequests)} />
          <Figure label={t('queues.caseStudies')} value={format.number(queues.caseStudies)} />
          <Figure label={t('queues.openReports')} value={format.number(queues.openReports)} />
        </dl>
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/dashboard">{t('queues.decideLink')}</Link>
          </li>
          <li>
            <Link href="/reviews">{t('queues.reviewsLink')}</Link>
          </li>
          <li>
            <Link href="/hub-inbox">{t('queues.inboxLink')}</Link>
          </li>
        </ul>
      </Section>

      <Section id="review-time" title={t('reviews.heading')}>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Figure label={t('reviews.median')} value={median(reviews.medianSeconds)} detail={t('reviews.basis', { count: reviews.decided, days })} />
        </dl>
      </Section>

      <Section id="conversations" title={t('conversations.heading')}>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure label={t('conversations.open')} value={format.number(conversations.open)} />
          <Figure label={t('conversations.unassigned')} value={format.number(conversations.unassigned)} />
          <Figure label={t('conversations.oldestOpen')} value={age(conversations.oldestOpenAt)} />
          <Figure label={t('conversations.oldestUnassigned')} value={age(conversations.oldestUnassignedAt)} />
          <Figure
            label={t('conversations.responseMedian')}
            value={median(responses.medianSeconds)}
            detail={t('conversations.responseBasis', { answered: responses.answered, waiting: responses.unanswered, days })}
          />
        </dl>
      </Section>
    </>
  )
}

export default async function HubDashboardPage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent('/manage/dashboard')}`)
  if (user.status !== 'ACTIVE' || (!user.isNetworkAdmin && !user.hubRoles.length)) notFound()
  const hubParam = [(await searchParams).hub].flat()[0] || undefined
  const scope = await loadScope(user, hubParam)
  const t = await getTranslations('HubDashboard')
  const allLabel = user.isNetworkAdmin ? t('wholeNetwork') : t('allMyHubs')

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { days: DASHBOARD_WINDOW_DAYS })}>
        <p className="font-medium text-slate-800">{t('showing', { name: scope.selected?.name ?? allLabel })}</p>
      </PageHeader>

      {scope.hubs.length > 1 || user.isNetworkAdmin ? (
        <form method="get" action="/manage/dashboard" className="mb-6 flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="dashboard-hub" className="text-sm font-medium">
              {t('pickerLabel')}
            </label>
            <select
              id="dashboard-hub"
              name="hub"
              defaultValue={scope.selected?.slug ?? ''}
              className="rounded border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">{allLabel}</option>
              {scope.hubs.map((hub) => (
                <option key={hub.slug} value={hub.slug}>
                  {hub.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t('show')}
          </button>
        </form>
      ) : null}

      <Suspense fallback={<PageLoading />}>
        <DashboardFigures user={user} hub={scope.selected?.slug} />
      </Suspense>
    </>
  )
}
