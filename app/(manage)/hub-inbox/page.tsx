// The shared inbox of the hubs where the user is an officer or manager, with filters. Anyone
// else is told it is for hub teams (there is nothing to hide: the page lists only their hubs').
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ConversationList } from '@/components/messaging/conversation-list'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listHubConversations, type HubInboxFilter } from '@/lib/messaging'
import { HubInboxFilterSchema } from '@/lib/validation/messaging'

export const metadata: Metadata = { robots: { index: false } }

const filters: HubInboxFilter[] = ['open', 'mine', 'unassigned', 'resolved']

export default async function HubInboxPage({ searchParams }: { searchParams: Promise<{ filter?: string | string[] }> }) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/hub-inbox')
  const t = await getTranslations('Messaging')
  if (user.status !== 'ACTIVE') return <PageHeader title={t('hubInboxTitle')} intro={t('suspended')} />
  if (!user.hubRoles.length) return <PageHeader title={t('hubInboxTitle')} intro={t('hubInboxNotStaff')} />
  const filter: HubInboxFilter = HubInboxFilterSchema.parse((await searchParams).filter)
  const rows = await listHubConversations(user, filter)
  return (
    <>
      <PageHeader title={t('hubInboxTitle')} intro={t('hubInboxIntro')}>
        <Link href="/notifications">{t('notificationsLink')}</Link>
      </PageHeader>
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
      {rows.length ? <ConversationList rows={rows} side="hub" now={new Date()} /> : <EmptyState>{t('noConversations')}</EmptyState>}
    </>
  )
}
