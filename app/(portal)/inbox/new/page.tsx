import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { NewConversationForm } from '@/components/messaging/new-conversation-form'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listAskableHubs } from '@/lib/messaging'
import { MAX_MESSAGE_ATTACHMENTS, MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'
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
          target={{ name: 'hubSlug', label: t('hub'), placeholder: t('chooseHub'), options: hubs.map((hub) => ({ value: hub.slug, label: hub.name })) }}
          maxLength={MESSAGE_MAX_LENGTH}
          labels={{
            subject: t('subject'),
            body: t('message'),
            hint: t('markdownHint'),
            submit: t('send'),
            submitting: t('sending'),
            errorSummary: t('errorSummary'),
          }}
          files={{ label: t('files'), hint: t('filesHint', { max: MAX_MESSAGE_ATTACHMENTS }), tooLarge: t('filesTooLarge') }}
        />
      ) : (
        <EmptyState>{t('noHubToAsk')}</EmptyState>
      )}
    </>
  )
}
