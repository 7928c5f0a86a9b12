// Confirms, from the account owner's own mailbox, that a single sign-on identity may sign in to
// their account (lib/auth/oidc-linking.ts). A spent, expired or unknown link shows a refusal.
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ConfirmLinkForm } from '@/components/auth/confirm-link-form'
import { PageHeader } from '@/components/ui/page-header'
import { findUsableOidcLink } from '@/lib/auth/oidc-linking'
import { confirmOidcLinkAction } from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('linkTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function LinkAccountPage({ searchParams }: Props) {
  const { token } = await searchParams
  const t = await getTranslations('Auth')
  const link = typeof token === 'string' ? await findUsableOidcLink(token) : null
  const provider = process.env.OIDC_NAME ?? 'SSO'
  return (
    <>
      <PageHeader title={t('linkTitle')} intro={link ? t('linkIntro', { provider }) : undefined} />
      {link && typeof token === 'string' ? (
        <ConfirmLinkForm
          token={token}
          action={confirmOidcLinkAction}
          labels={{ button: t('linkButton'), saving: t('saving'), errorSummary: t('errorSummary'), signIn: t('signInTitle') }}
        />
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{t('linkUnusable')}</p>
      )}
    </>
  )
}
