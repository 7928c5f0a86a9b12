import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { SignInForm } from '@/components/auth/sign-in-form'
import { SsoButton } from '@/components/auth/sso-button'
import { PageHeader } from '@/components/ui/page-header'
import { SSO_LINK_PENDING_ERROR } from '@/lib/auth/oidc-linking'
import { SECOND_FACTOR_REQUIRED_ERROR, UNVERIFIED_SIGN_IN_ERROR } from '@/lib/auth/options'
import { safeCallbackPath } from '@/lib/auth/redirect'
import { getCurrentUser } from '@/lib/auth/session'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signInTitle'), robots: { index: false } }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(params.callbackUrl)
  if (await getCurrentUser()) redirect(callbackUrl)
  const t = await getTranslations('Auth')
  const suspendedMessage = (await getTranslations('AdminUsers'))('signInSuspended')
  const error = typeof params.error === 'string' ? params.error : undefined
  const ssoName = process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID ? process.env.OIDC_NAME ?? 'SSO' : null
  return (
    <>
      <PageHeader title={t('signInTitle')} intro={t('signInIntro')} />
      <SignInForm
        callbackUrl={callbackUrl}
        initialNotice={params.verified === '1' ? t('verifyDone') : undefined}
        initialError={
          error
            ? error === 'AccountSuspended'
              ? suspendedMessage
              : error === UNVERIFIED_SIGN_IN_ERROR
                ? t('emailNotVerified')
              : error === SECOND_FACTOR_REQUIRED_ERROR
                ? t('secondFactorRequired')
              : error === 'CredentialsSignin'
                ? t('signInFailed')
                : error === SSO_LINK_PENDING_ERROR
                  ? t('ssoLinkPending')
                : // next-auth answers "Verification" for an e-mailed link that was used or has expired.
                  error === 'Verification'
                  ? t('magicLinkUsed')
                  : t('genericError')
            : undefined
        }
        labels={{
          email: t('email'),
          password: t('password'),
          signInButton: t('signInButton'),
          signingIn: t('signingIn'),
          signInFailed: t('signInFailed'),
          accountSuspended: suspendedMessage,
          emailNotVerified: t('emailNotVerified'),
          codeLabel: t('twoStepCode'),
          codeHint: t('twoStepCodeHint'),
          secondFactorRequired: t('secondFactorRequired'),
          secondFactorWrong: t('secondFactorWrong'),
          rateLimited: t('rateLimited', { seconds: 0 }).replace(/\d+/, '{seconds}'),
          genericError: t('genericError'),
          magicLinkHeading: t('magicLinkHeading'),
          magicLinkButton: t('magicLinkButton'),
          sendingLink: t('sendingLink'),
          checkEmailBody: t('checkEmailBody'),
        }}
      />
      {ssoName ? (
        <section aria-labelledby="sso-heading" className="mt-8 max-w-xl space-y-3 border-t border-slate-200 pt-6">
          <h2 id="sso-heading" className="text-xl font-semibold">{t('ssoHeading')}</h2>
          <SsoButton label={t('ssoButton', { provider: ssoName })} callbackUrl={callbackUrl} />
        </section>
      ) : null}
      <ul className="mt-8 space-y-2">
        <li><Link href="/forgot-password">{t('forgotLink')}</Link></li>
        <li><Link href="/register">{t('registerLink')}</Link></li>
      </ul>
    </>
  )
}
