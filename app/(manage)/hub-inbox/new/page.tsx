// A hub's officer or manager writes first to one of the hub's member cities (kind OUTREACH,
// lib/messaging/start-outreach.ts). Anyone who is not on a hub's team is told the page is for
// hub teams; the service refuses them anyway.
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { NewConversationForm } from '@/components/messaging/new-conversation-form'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listOutreachTargets } from '@/lib/messaging'
import { MAX_MESSAGE_ATTACHMENTS, MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'
import { startOutreachAction } from '../actions'

export const metadata: Metadata = { robots: { index: false } }

export default async function NewOutreachPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/hub-inbox/new')
  const t = await getTranslations('Messaging')
  if (user.status !== 'ACTIVE') return <PageHeader title={t('outreachTitle')} intro={t('suspended')} />
  if (!user.hubRoles.length) return <PageHeader title={t('outreachTitle')} intro={t('hubInboxNotStaff')} />
  const targets = await listOutreachTargets(user)
  const severalHubs = new Set(targets.map((target) => target.hubSlug)).size > 1
  return (
    <>
      <PageHeader title={t('outreachTitle')} intro={t('outreachIntro')}>
        <Link href="/hub-inbox">{t('backToHubInbox')}</Link>
      </PageHeader>
      {targets.length ? (
        <NewConversationForm
          action={startOutreachAction}
          idPrefix="outreach"
          target={{
            name: 'target',
            label: t('city'),
            placeholder: t('chooseCity'),
            options: targets.map((target) => ({
              value: `${target.hubSlug}/${target.citySlug}`,
              label: severalHubs ? t('cityInHub', { city: target.cityName, hub: target.hubName }) : target.cityName,
            })),
          }}
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
        <EmptyState>{t('noCityToWrite')}</EmptyState>
      )}
    </>
  )
}
