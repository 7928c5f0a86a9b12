// /verify-email?token=… — the link of the welcome mail. Opening it shows one button: the address
// is confirmed by the POST (lib/auth/email-verification.ts), never by the GET, so a mail scanner
// that fetches the link confirms nothing. Works without JavaScript (a plain form and a redirect).
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { confirmEmailAction } from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('verifyTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token, failed } = await searchParams
  const t = await getTranslations('Auth')
  if (failed === '1') {
    return (
      <>
        <PageHeader title={t('verifyTitle')} />
        <p role="alert" className="max-w-2xl rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t('verifyInvalid')}
        </p>
      </>
    )
  }
  if (typeof token !== 'string' || !token) {
    return (
      <>
        <PageHeader title={t('verifyTitle')} />
        <p role="alert" className="max-w-2xl rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t('verifyMissingToken')}
        </p>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t('verifyTitle')} intro={t('verifyIntro')} />
      <form action={confirmEmailAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t('verifyButton')}
        </button>
      </form>
    </>
  )
}
