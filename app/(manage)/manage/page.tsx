// /manage — the hub manager console: one card per hub the user manages (every hub for a network
// admin) with the size of each queue and the age of its oldest item. 404 for anyone else, decided
// before anything streams (so no loading.tsx here: it would commit a 200 first).
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import PageLoading from '@/components/layout/page-loading'
import type { Actor } from '@/lib/auth/actor'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { DecisionButtons } from '@/components/forms/decision-buttons'
import { listConsoleHubs, listNetworkJoinRequests, type ConsoleHubSummary } from '@/lib/moderation'
import { decideJoinRequestAction } from './actions'
import { requireConsoleUser } from './_components/load'
import { Waiting } from './_components/waiting'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Console')
  return { title: t('title'), robots: { index: false } }
}

const queues = [
  ['verifications', 'verifications'],
  ['joinRequests', 'join-requests'],
  ['caseStudies', 'case-studies'],
  ['reports', 'reports'],
] as const

async function HubCard({ summary }: { summary: ConsoleHubSummary }) {
  const t = await getTranslations('Console')
  const { hub } = summary
  const total = queues.reduce((sum, [key]) => sum + summary[key].count, 0)
  return (
    <li className="rounded border border-slate-300 p-4">
      <h3 className="text-xl font-semibold">
        <Link href={`/manage/${hub.slug}`}>{hub.name}</Link>
      </h3>
      <p className="text-sm text-slate-700">{t('hubCardTotal', { count: total })}</p>
      <table className="mt-3 w-full text-start text-sm">
        <caption className="sr-only">{t('table.caption', { hub: hub.name })}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pe-2">{t('table.queue')}</th>
            <th scope="col" className="py-1 pe-2">{t('table.count')}</th>
            <th scope="col" className="py-1">{t('table.oldest')}</th>
          </tr>
        </thead>
        <tbody>
          {queues.map(([key, anchor]) => (
            <tr key={key} className="border-b border-slate-200">
              <th scope="row" className="py-1 pe-2 font-normal">
                <Link href={`/manage/${hub.slug}#${anchor}`}>{t(`queue.${key}`)}</Link>
              </th>
              <td className="py-1 pe-2">{summary[key].count}</td>
              <td className="py-1">
                {summary[key].oldest ? <Waiting since={summary[key].oldest} label={(ago) => ago} /> : t('none')}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-1 pe-2 font-normal">
              <Link href={`/manage/${hub.slug}#suspensions`}>{t('queue.suspensions')}</Link>
            </th>
            <td className="py-1 pe-2">{summary.suspensions}</td>
            <td className="py-1">—</td>
          </tr>
        </tbody>
      </table>
    </li>
  )
}

async function Hubs({ user }: { user: Actor }) {
  const t = await getTranslations('Console')
  const hubs = await listConsoleHubs(user)
  return hubs.length ? (
    <ul className="grid gap-4 md:grid-cols-2">
      {hubs.map((summary) => (
        <HubCard key={summary.hub.id} summary={summary} />
      ))}
    </ul>
  ) : (
    <EmptyState>{t('noHubs')}</EmptyState>
  )
}

/** Network admins only: join requests to coalitions that no hub coordinates, decided right here. */
async function NetworkJoinRequests({ user }: { user: Actor }) {
  const t = await getTranslations('Console')
  const queue = await listNetworkJoinRequests(user)
  const received = (ago: string) => t('received', { ago })
  return (
    <Section id="network-join-requests" title={t('queueWithCount', { queue: t('network.heading'), count: queue.count })}>
      <p className="mb-3 max-w-3xl text-slate-700">{t('network.intro')}</p>
      {queue.items.length ? (
        <ol className="space-y-3">
          {queue.items.map((item) => (
            <li key={item.id} className="space-y-2 rounded border border-slate-300 p-3">
              <p className="font-medium">{t('joinRequest.title', { city: item.cityName, target: item.targetName })}</p>
              <p className="whitespace-pre-line break-words text-slate-800">{t('network.motivation', { motivation: item.motivation })}</p>
              <p className="text-sm text-slate-700">
                {item.requesterName ?? t('formerUser')} · <Waiting since={item.waitingSince} label={received} />
              </p>
              <DecisionButtons
                action={decideJoinRequestAction}
                target={{ requestId: item.id }}
                idPrefix={`network-join-${item.id}`}
                labels={{ approve: t('approve'), decline: t('decline'), reason: t('reasonRequired'), working: t('working') }}
              />
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('empty')}</EmptyState>
      )}
    </Section>
  )
}

export default async function ConsolePage() {
  const user = await requireConsoleUser('/manage')
  const t = await getTranslations('Console')
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p>
          <Link href="/manage/dashboard">{t('dashboardLink')}</Link>
        </p>
      </PageHeader>
      <Section id="hubs" title={t('hubsHeading')}>
        <Suspense fallback={<PageLoading />}>
          <Hubs user={user} />
        </Suspense>
      </Section>
      {user.isNetworkAdmin ? (
        <Suspense fallback={<PageLoading />}>
          <NetworkJoinRequests user={user} />
        </Suspense>
      ) : null}
    </>
  )
}
