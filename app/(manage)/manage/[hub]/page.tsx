// /manage/[hub] — one hub's queues, oldest first: official verifications, join requests (bulk
// decisions), case studies awaiting review (decided on their review page), reported messages
// (bulk hide or dismiss) and the messaging suspensions imposed through the hub (lift here).
// 404 for a hub whose console the user may not see, decided before the queues stream in.
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import PageLoading from '@/components/layout/page-loading'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import type { Actor } from '@/lib/auth/actor'
import { getConsoleHubFor, listHubQueues } from '@/lib/moderation'
import { bulkJoinRequestsAction, bulkReportsAction, liftSuspensionAction } from '../actions'
import { BulkForm } from '../_components/bulk-form'
import { orNotFound, requireConsoleUser } from '../_components/load'
import { Waiting } from '../_components/waiting'

type Props = { params: Promise<{ hub: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Console')
  return { title: t('title'), robots: { index: false } }
}

const itemClass = 'rounded border border-slate-300 p-3'

export default async function HubConsolePage({ params }: Props) {
  const { hub: hubSlug } = await params
  const user = await requireConsoleUser(`/manage/${hubSlug}`)
  const t = await getTranslations('Console')
  const hub = await orNotFound(() => getConsoleHubFor(user, hubSlug))
  return (
    <>
      <PageHeader title={t('hubTitle', { hub: hub.name })} intro={t('hubIntro')}>
        <p className="flex flex-wrap gap-4">
          <Link href="/manage">{t('backToConsole')}</Link>
          <Link href="/manage/dashboard">{t('dashboardLink')}</Link>
        </p>
      </PageHeader>
      <Suspense fallback={<PageLoading />}>
        <Queues user={user} hubSlug={hub.slug} />
      </Suspense>
    </>
  )
}

async function Queues({ user, hubSlug }: { user: Actor; hubSlug: string }) {
  const t = await getTranslations('Console')
  const queues = await listHubQueues(user, hubSlug)
  const base = `/manage/${queues.hub.slug}`
  const received = (ago: string) => t('received', { ago })
  const more = (count: number, shown: number) => (count > shown ? <p className="mt-2 text-sm text-slate-700">{t('showing', { shown, count })}</p> : null)

  return (
    <>
      <Section id="verifications" title={t('queueWithCount', { queue: t('queue.verifications'), count: queues.verifications.count })}>
        <p className="mb-3 max-w-3xl text-slate-700">{t('verificationsIntro')}</p>
        {queues.verifications.items.length ? (
          <ol className="space-y-2">
            {queues.verifications.items.map((item) => (
              <li key={item.id} className={itemClass}>
                <Link href={`${base}/verifications/${item.id}`} className="font-medium">
                  {t('verification.title', { name: item.userName, city: item.cityName })}
                </Link>
                <p className="text-sm text-slate-700">
                  <Waiting since={item.waitingSince} label={received} />
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('empty')}</EmptyState>
        )}
        {more(queues.verifications.count, queues.verifications.items.length)}
      </Section>

      <Section id="join-requests" title={t('queueWithCount', { queue: t('queue.joinRequests'), count: queues.joinRequests.count })}>
        <BulkForm
            empty={!queues.joinRequests.items.length}
            action={bulkJoinRequestsAction}
            idPrefix="bulk-join"
            idsField="requestIds"
            decisions={[
              { value: 'APPROVE', label: t('approve') },
              { value: 'DECLINE', label: t('decline') },
            ]}
            labels={{
              legend: t('bulk.chooseJoinRequests'),
              decision: t('bulk.decision'),
              reason: t('bulk.reason'),
              reasonHint: t('bulk.reasonHintJoin'),
              submit: t('bulk.submit'),
              working: t('working'),
            }}
          >
            {queues.joinRequests.items.length ? (
            <ol className="space-y-2">
              {queues.joinRequests.items.map((item) => (
                <li key={item.id} className={`${itemClass} flex items-start gap-3`}>
                  <input
                    type="checkbox"
                    name="ids"
                    value={item.id}
                    id={`select-${item.id}`}
                    className="mt-1 h-5 w-5"
                    aria-label={t('bulk.select', { item: t('joinRequest.title', { city: item.cityName, target: item.targetName }) })}
                  />
                  <div className="min-w-0">
                    <Link href={`${base}/join-requests/${item.id}`} className="font-medium">
                      {t('joinRequest.title', { city: item.cityName, target: item.targetName })}
                    </Link>
                    {/* A hub's name says it is a hub ("… asks to join Circulars China Hub"); only coalitions get a badge. */}
                    {item.target === 'COALITION' ? (
                      <>
                        {' '}
                        <Badge tone="amber">{t('target.COALITION')}</Badge>
                      </>
                    ) : null}
                    <p className="text-sm text-slate-700">
                      <Waiting since={item.waitingSince} label={received} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
            ) : (
              <EmptyState>{t('empty')}</EmptyState>
            )}
          </BulkForm>
        {more(queues.joinRequests.count, queues.joinRequests.items.length)}
      </Section>

      <Section id="case-studies" title={t('queueWithCount', { queue: t('queue.caseStudies'), count: queues.caseStudies.count })}>
        <p className="mb-3 max-w-3xl text-slate-700">{t('caseStudiesIntro')}</p>
        {queues.caseStudies.items.length ? (
          <ol className="space-y-2">
            {queues.caseStudies.items.map((item) => (
              <li key={item.id} className={itemClass}>
                <Link href={`/reviews/${item.id}`} className="font-medium">
                  {item.title}
                </Link>{' '}
                <Badge tone={item.kind === 'revision' ? 'amber' : 'brand'}>
                  {item.kind === 'revision' ? t('caseStudy.revision', { number: item.revisionNumber ?? 0 }) : t('caseStudy.new')}
                </Badge>
                <p className="text-sm text-slate-700">
                  {item.cityName} · <Waiting since={item.waitingSince} label={received} />
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>{t('empty')}</EmptyState>
        )}
        {more(queues.caseStudies.count, queues.caseStudies.items.length)}
      </Section>

      <Section id="reports" title={t('queueWithCount', { queue: t('queue.reports'), count: queues.reports.count })}>
        <BulkForm
            empty={!queues.reports.items.length}
            action={bulkReportsAction}
            idPrefix="bulk-reports"
            idsField="reportIds"
            decisions={[
              { value: 'DISMISS', label: t('report.dismiss') },
              { value: 'HIDE', label: t('report.hide') },
            ]}
            labels={{
              legend: t('bulk.chooseReports'),
              decision: t('bulk.decision'),
              reason: t('bulk.reason'),
              reasonHint: t('bulk.reasonHintReports'),
              submit: t('bulk.submit'),
              working: t('working'),
            }}
          >
            {queues.reports.items.length ? (
            <ol className="space-y-2">
              {queues.reports.items.map((item) => (
                <li key={item.id} className={`${itemClass} flex items-start gap-3`}>
                  <input
                    type="checkbox"
                    name="ids"
                    value={item.id}
                    id={`select-${item.id}`}
                    className="mt-1 h-5 w-5"
                    aria-label={t('bulk.select', { item: t('report.title', { subject: item.subject }) })}
                  />
                  <div className="min-w-0 space-y-1">
                    <Link href={`${base}/reports/${item.id}`} className="font-medium">
                      {t('report.title', { subject: item.subject })}
                    </Link>
                    <blockquote className="border-s-4 border-slate-300 ps-3 break-words text-slate-800">{item.excerpt}</blockquote>
                    <p className="text-sm text-slate-700">
                      {t('report.byline', { reporter: item.reporterName, author: item.authorName ?? t('formerUser') })} ·{' '}
                      <Waiting since={item.waitingSince} label={received} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
            ) : (
              <EmptyState>{t('empty')}</EmptyState>
            )}
          </BulkForm>
        {more(queues.reports.count, queues.reports.items.length)}
      </Section>

      <Section id="suspensions" title={t('queueWithCount', { queue: t('queue.suspensions'), count: queues.suspensions.count })}>
        {queues.suspensions.items.length ? (
          <ul className="space-y-2">
            {queues.suspensions.items.map((item) => (
              <li key={item.id} className={`${itemClass} space-y-2`}>
                <p className="font-medium">{item.userName}</p>
                <p className="text-sm text-slate-700">
                  {t('suspension.byline', { by: item.createdByName ?? t('formerUser'), reason: item.reason })} ·{' '}
                  <Waiting since={item.since} label={(ago) => t('suspension.since', { ago })} />
                </p>
                <InlineActionForm
                  action={liftSuspensionAction}
                  hidden={{ suspensionId: item.id }}
                  label={t('suspension.lift', { name: item.userName })}
                  pendingLabel={t('working')}
                  reason={{ label: t('reasonRequired'), required: true, id: `lift-${item.id}` }}
                />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noSuspensions')}</EmptyState>
        )}
      </Section>
    </>
  )
}
