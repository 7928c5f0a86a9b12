import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ConversationList } from '@/components/messaging/conversation-list'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listCityConversations } from '@/lib/messaging'

export const metadata: Metadata = { robots: { index: false } }

export default async function InboxPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/inbox')
  const t = await getTranslations('Messaging')
  if (user.status !== 'ACTIVE') return <PageHeader title={t('inboxTitle')} intro={t('suspended')} />
  const isOfficial = user.city?.status === 'ACTIVE'
  const rows = isOfficial ? await listCityConversations(user) : []
  return (
    <>
      <PageHeader title={t('inboxTitle')} intro={isOfficial ? t('inboxIntro', { city: user.city!.name }) : t('inboxNotOfficial')}>
        <div className="flex flex-wrap gap-3">
          {isOfficial && user.city!.hubIds.length ? (
            <Link href="/inbox/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
              {t('newConversation')}
            </Link>
          ) : null}
          {user.hubRoles.length ? <Link href="/hub-inbox">{t('hubInboxLink')}</Link> : null}
          <Link href="/notifications">{t('notificationsLink')}</Link>
        </div>
      </PageHeader>
      {isOfficial ? (
        rows.length ? <ConversationList rows={rows} side="city" now={new Date()} /> : <EmptyState>{t('noConversations')}</EmptyState>
      ) : null}
    </>
  )
}
