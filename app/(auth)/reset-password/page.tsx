import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { ResetPasswordForm } from '@/components/auth/reset-password-form'
import { PageHeader } from '@/components/ui/page-header'
import { resetPasswordAction } from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('resetTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams
  const t = await getTranslations('Auth')
  return (
    <>
      <PageHeader title={t('resetTitle')} />
      {typeof token === 'string' && token.length > 0 ? (
        <ResetPasswordForm
          resetAction={resetPasswordAction}
          token={token}
          labels={{
            newPassword: t('newPassword'),
            passwordHint: t('passwordHint'),
            resetButton: t('resetButton'),
            saving: t('saving'),
            errorSummary: t('errorSummary'),
            signIn: t('signInTitle'),
          }}
        />
      ) : (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {t('resetMissingToken')} <Link href="/forgot-password">{t('forgotLink')}</Link>
        </p>
      )}
    </>
  )
}
