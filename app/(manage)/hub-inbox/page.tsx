// The shared inbox of the hubs where the user is an officer or manager, with filters, the
// pending introduction requests (connect the two cities) and a way to write first to a member
// city. Anyone else is told it is for hub teams (there is nothing to hide: the page lists only
// their hubs').
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { ConnectIntroductionForm } from '@/components/messaging/connect-introduction-form'
import { ConversationList } from '@/components/messaging/conversation-list'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listHubConversations, listIntroductionRequests, type HubInboxFilter } from '@/lib/messaging'
import { HubInboxFilterSchema, MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'
import { connectIntroductionAction } from './actions'
import { getLocalePath } from '@/lib/i18n/alternates'

export const metadata: Metadata = { robots: { index: false } }

const filters: HubInboxFilter[] = ['open', 'mine', 'unassigned', 'resolved']

export default async function HubInboxPage({ searchParams }: { searchParams: Promise<{ filter?: string | string[] }> }) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/hub-inbox')
  const t = await getTranslations('Messaging')
  const lp = await getLocalePath()
  if (user.status !== 'ACTIVE') return <PageHeader title={t('hubInboxTitle')} intro={t('suspended')} />
  if (!user.hubRoles.length) return <PageHeader title={t('hubInboxTitle')} intro={t('hubInboxNotStaff')} />
  const filter: HubInboxFilter = HubInboxFilterSchema.parse((await searchParams).filter)
  const [rows, introductions, format] = await Promise.all([listHubConversations(user, filter), listIntroductionRequests(user), getFormatter()])
  return (
    <>
      <PageHeader title={t('hubInboxTitle')} intro={t('hubInboxIntro')}>
        <div className="flex flex-wrap gap-3">
          <Link href="/hub-inbox/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
            {t('writeToCity')}
          </Link>
          <Link href="/notifications">{t('notificationsLink')}</Link>
        </div>
      </PageHeader>
      {introductions.length ? (
        <Section id="introductions-heading" title={t('introductionsHeading')}>
          <ul className="space-y-4">
            {introductions.map((request) => (
              <li key={request.id} className="rounded border border-slate-200 bg-white p-4">
                <article aria-labelledby={`introduction-${request.id}`} className="space-y-3">
                  <h3 id={`introduction-${request.id}`} className="text-lg font-semibold text-slate-900">
                    {t('introductionFrom', { city: request.requestingCity.name, target: request.caseStudy.city.name })}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {t('introductionAbout')}{' '}
                    <Link href={lp(`/case-studies/${request.caseStudy.slug}`)} lang={request.caseStudy.language}>
                      {request.caseStudy.title}
                    </Link>
                    {' · '}
                    {t('introductionBy', { name: request.requestedBy?.name ?? t('formerMember'), hub: request.hub.name })}
                    {' · '}
                    <time dateTime={request.createdAt.toISOString()}>{format.dateTime(request.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  </p>
                  <blockquote className="whitespace-pre-line break-words border-s-4 border-slate-300 ps-3 text-slate-900">{request.message}</blockquote>
                  <ConnectIntroductionForm
                    action={connectIntroductionAction}
                    requestId={request.id}
                    maxLength={MESSAGE_MAX_LENGTH}
                    labels={{ message: t('connectMessage'), hint: t('connectHint'), submit: t('connect'), submitting: t('working') }}
                  />
                </article>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <h2 className="mb-3 mt-10 text-2xl font-semibold text-slate-900">{t('conversationsHeading')}</h2>
      <nav aria-label={t('filtersLabel')} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {filters.map((name) => (
            <li key={name}>
              <Link
                href={`/hub-inbox?filter=${name}`}
                aria-current={name === filter ? 'page' : undefined}
                className={`block rounded border px-3 py-2 no-underline ${name === filter ? 'border-brand-700 bg-brand-700 font-semibold text-white hover:text-white' : 'border-slate-300 hover:bg-brand-50'}`}
              >
                {t(`filter.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length ? <ConversationList rows={rows} side="hub" now={new Date()} /> : <EmptyState>{t(`emptyFilter.${filter}`)}</EmptyState>}
    </>
  )
}
