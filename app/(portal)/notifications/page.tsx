// The notification centre: the user's notifications, newest first and paginated, mark one or
// all read, and the e-mail preference (per event, daily digest, none).
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Pagination } from '@/components/library/pagination'
import { SelectActionForm } from '@/components/messaging/select-action-form'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listNotifications } from '@/lib/notifications/list-notifications'
import { notificationHref, notificationText } from '@/lib/notifications/notification-text'
import { markAllNotificationsReadAction, markNotificationReadAction, updateEmailPreferenceAction } from './actions'

export const metadata: Metadata = { robots: { index: false } }

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/notifications')
  const t = await getTranslations('Notifications')
  if (user.status !== 'ACTIVE') return <PageHeader title={t('title')} intro={t('suspended')} />
  const [all, format] = await Promise.all([getTranslations(), getFormatter()])
  const result = await listNotifications(user, (await searchParams).page)
  const working = t('working')
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { count: result.unread })}>
        {result.unread ? (
          <InlineActionForm action={markAllNotificationsReadAction} hidden={{}} label={t('markAllRead')} pendingLabel={working} />
        ) : null}
      </PageHeader>

      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" className="sr-only">{t('listHeading')}</h2>
        {result.items.length ? (
          <ul className="space-y-3">
            {result.items.map((item) => {
              const href = notificationHref(item.type, item.data)
              const text = notificationText(all as never, item.type, item.data)
              return (
                <li key={item.id} className={`rounded border p-3 ${item.readAt ? 'border-slate-200' : 'border-brand-600 bg-brand-50'}`}>
                  <p className="flex flex-wrap items-center gap-2">
                    {item.readAt ? null : <Badge tone="amber">{t('new')}</Badge>}
                    {href ? <Link href={href}>{text}</Link> : <span>{text}</span>}
                  </p>
                  <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
                    <time dateTime={item.createdAt.toISOString()} className="text-sm text-slate-700">
                      {format.dateTime(item.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                    {item.readAt ? null : (
                      <InlineActionForm
                        action={markNotificationReadAction}
                        hidden={{ notificationId: item.id }}
                        label={t('markRead')}
                        pendingLabel={working}
                      />
                    )}
                  </div>
                </li>
              )
            })}
          </ul>
        ) : (
          <EmptyState>{t('empty')}</EmptyState>
        )}
        <Pagination page={result.page} pages={result.pageCount} href={(page) => `/notifications?page=${page}`} />
      </section>

      <Section id="email-heading" title={t('emailHeading')}>
        <p className="mb-3 text-slate-700">{t('emailIntro')}</p>
        <SelectActionForm
          action={updateEmailPreferenceAction}
          name="emailPreference"
          id="email-preference"
          label={t('emailLabel')}
          options={(['INSTANT', 'DAILY_DIGEST', 'NONE'] as const).map((value) => ({ value, label: t(`emailPreference.${value}`) }))}
          defaultValue={result.emailPreference}
          submit={t('save')}
          submitting={working}
        />
      </Section>
    </>
  )
}
