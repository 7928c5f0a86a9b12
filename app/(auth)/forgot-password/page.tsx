import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form'
import { requestPasswordResetAction } from '../actions'
import { PageHeader } from '@/components/ui/page-header'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('forgotTitle'), robots: { index: false } }
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('Auth')
  return (
    <>
      <PageHeader title={t('forgotTitle')} intro={t('forgotIntro')} />
      <ForgotPasswordForm requestReset={requestPasswordResetAction} labels={{ email: t('email'), sendResetLink: t('sendResetLink'), sending: t('sending'), errorSummary: t('errorSummary') }} />
    </>
  )
}
