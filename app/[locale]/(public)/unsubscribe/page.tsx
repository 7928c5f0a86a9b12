// The unsubscribe link of every e-mail, without signing in. GET only shows what will happen
// (mail scanners follow links); the button's POST turns e-mail off.
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { PageHeader } from '@/components/ui/page-header'
import { AppError } from '@/lib/errors'
import { findUnsubscribeTarget } from '@/lib/notifications/unsubscribe'
import { unsubscribeAction } from './actions'
import { pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  return { robots: { index: false }, referrer: 'no-referrer', alternates: await pageAlternates('/unsubscribe') }
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations('Notifications')
  const { token } = await searchParams
  let target: Awaited<ReturnType<typeof findUnsubscribeTarget>> | null = null
  try {
    target = await findUnsubscribeTarget({ token: typeof token === 'string' ? token : undefined })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
  }
  if (!target) return <PageHeader title={t('unsubscribe.title')} intro={t('unsubscribe.invalid')} />
  return (
    <PageHeader title={t('unsubscribe.title')} intro={t('unsubscribe.confirm', { email: target.maskedEmail })}>
      {target.emailPreference === 'NONE' ? <p className="text-slate-700">{t('unsubscribe.already')}</p> : null}
      <InlineActionForm
        action={unsubscribeAction}
        hidden={{ token: token as string }}
        label={t('unsubscribe.button')}
        pendingLabel={t('working')}
        tone="primary"
      />
    </PageHeader>
  )
}
