import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { NewConversationForm } from '@/components/messaging/new-conversation-form'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listAskableHubs } from '@/lib/messaging'
import { MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'
import { startConversationAction } from '../actions'

export const metadata: Metadata = { robots: { index: false } }

export default async function NewConversationPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/inbox/new')
  const t = await getTranslations('Messaging')
  if (user.status !== 'ACTIVE') return <PageHeader title={t('newTitle')} intro={t('suspended')} />
  const hubs = await listAskableHubs(user)
  return (
    <>
      <PageHeader title={t('newTitle')} intro={t('newIntro')}>
        <Link href="/inbox">{t('backToInbox')}</Link>
      </PageHeader>
      {hubs.length ? (
        <NewConversationForm
          action={startConversationAction}
          hubs={hubs.map((hub) => ({ value: hub.slug, label: hub.name }))}
          maxLength={MESSAGE_MAX_LENGTH}
          labels={{
            hub: t('hub'),
            chooseHub: t('chooseHub'),
            subject: t('subject'),
            body: t('message'),
            hint: t('markdownHint'),
            submit: t('send'),
            submitting: t('sending'),
            errorSummary: t('errorSummary'),
          }}
        />
      ) : (
        <EmptyState>{t('noHubToAsk')}</EmptyState>
      )}
    </>
  )
}
