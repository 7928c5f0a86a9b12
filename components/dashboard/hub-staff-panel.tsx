// The part of the dashboard for hub officers and managers: per hub, what waits for the team and
// since when, each line leading to the page where it is handled (lib/moderation/hub-staff-overview.ts).
import Link from 'next/link'
import { getFormatter, getNow, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { HubStaffOverview } from '@/lib/moderation'
import { getLocalePath } from '@/lib/i18n/alternates'

export async function HubStaffPanel({ hubs }: { hubs: HubStaffOverview[] }) {
  const [t, tr, format, now] = await Promise.all([getTranslations('Dashboard.hubStaff'), getTranslations('Hubs.roles'), getFormatter(), getNow()])
  const lp = await getLocalePath()
  const ago = (date: Date) => (
    <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: 'long', timeStyle: 'short' })}>
      {format.relativeTime(date, now)}
    </time>
  )
  return (
    <ul className="space-y-6">
      {hubs.map((entry) => {
        const { hub } = entry
        const rows: { key: string; label: string; count: number; oldest: React.ReactNode; href: string; linkLabel: string }[] = [
          {
            key: 'unanswered',
            label: t('unanswered'),
            count: entry.unanswered.count,
            oldest: entry.unanswered.oldest ? (
              <>
                {t('oldestUnanswered', { subject: entry.unanswered.oldest.subject })} {ago(entry.unanswered.oldest.since)}
              </>
            ) : null,
            href: entry.unanswered.oldest ? `/inbox/${entry.unanswered.oldest.id}` : '/hub-inbox',
            linkLabel: entry.unanswered.oldest ? t('openOldest') : t('openHubInbox'),
          },
          { key: 'caseStudies', label: t('caseStudies'), count: entry.caseStudies.count, oldest: entry.caseStudies.oldest ? <>{t('oldestWaiting')} {ago(entry.caseStudies.oldest)}</> : null, href: '/reviews', linkLabel: t('openReviews') },
          {
            key: 'joinRequests',
            label: t('joinRequests'),
            count: entry.joinRequests.count,
            oldest: entry.joinRequests.oldest ? <>{t('oldestWaiting')} {ago(entry.joinRequests.oldest)}</> : null,
            href: `/manage/${hub.slug}`,
            linkLabel: t('openConsole'),
          },
          {
            key: 'verifications',
            label: t('verifications'),
            count: entry.verifications.count,
            oldest: entry.verifications.oldest ? <>{t('oldestWaiting')} {ago(entry.verifications.oldest)}</> : null,
            href: `/manage/${hub.slug}`,
            linkLabel: t('openConsole'),
          },
        ]
        const headingId = `hub-staff-${hub.slug}`
        return (
          <li key={hub.id}>
            <section aria-labelledby={headingId} className="space-y-3 rounded border border-slate-300 p-4">
              <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
                <Badge tone="brand">{tr(entry.role)}</Badge>
              </h3>
              <p>
                {t('openConversations', { count: entry.openConversations })} <Link href="/hub-inbox">{t('openHubInbox')}</Link>
              </p>
              <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
                {rows.map((row) => (
                  <div key={row.key} className="contents">
                    <dt className="font-medium">{row.label}</dt>
                    <dd>
                      {row.count ? (
                        <>
                          <span className="font-semibold tabular-nums">{format.number(row.count)}</span>
                          {row.oldest ? <span className="text-slate-700"> · {row.oldest}</span> : null}
                          {entry.role === 'MANAGER' || (row.key !== 'joinRequests' && row.key !== 'verifications') ? (
                            <>
                              {' '}
                              <Link href={row.href}>{row.linkLabel}</Link>
                            </>
                          ) : null}
                        </>
                      ) : (
                        <span className="text-slate-700">{t('none')}</span>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          </li>
        )
      })}
    </ul>
  )
}
