// The header's way into messaging: /hub-inbox for officers and managers, /inbox for everyone
// else, with the number of conversations that have something unread. Renders nothing when
// signed out. (Placed in the header by its owner: components/layout/site-header.tsx.)
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getCurrentUser } from '@/lib/auth/session'
import { countUnreadConversations } from '@/lib/messaging/unread'

export async function InboxLink({ className = '' }: { className?: string }) {
  const user = await getCurrentUser()
  if (!user || user.status !== 'ACTIVE') return null
  const [t, unread] = await Promise.all([getTranslations('Messaging'), countUnreadConversations(user)])
  const href = user.hubRoles.length ? '/hub-inbox' : '/inbox'
  return (
    <Link
      href={href}
      aria-label={unread ? t('inboxLinkUnread', { count: unread }) : t('inboxLink')}
      className={`inline-flex items-center gap-2 ${className}`}
    >
      <span aria-hidden="true">{t('inboxLink')}</span>
      {unread ? (
        <span aria-hidden="true" className="rounded-full bg-amber-100 px-2 text-xs font-bold text-amber-900">
          {unread}
        </span>
      ) : null}
    </Link>
  )
}
