// /account/two-step — two-step sign-in of the signed-in account: set it up (QR code or key, then
// a first code; the recovery codes are shown once), see how many recovery codes are left, turn
// it off with a code. Admins and hub managers must have it (lib/auth/two-step-policy.ts): until
// then their rights are withheld, and this page says so.
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { TwoStepCodeForm } from '@/components/auth/two-step-code-form'
import { PageHeader } from '@/components/ui/page-header'
import { getCurrentUser } from '@/lib/auth/session'
import { getTwoStepState, pendingTwoStepEnrolment } from '@/lib/auth/two-step'
import { confirmTwoStepAction, disableTwoStepAction, startTwoStepAction } from '../actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TwoStep'))('title'), robots: { index: false } }
}

export default async function TwoStepPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/account/two-step')
  const t = await getTranslations('TwoStep')
  const state = await getTwoStepState(user)
  const pending = state.pending ? await pendingTwoStepEnrolment(user) : null
  const labels = {
    code: t('code'),
    codeHint: t('codeHint'),
    saving: t('saving'),
    errorSummary: t('errorSummary'),
    recoveryHeading: t('recoveryHeading'),
    recoveryIntro: t('recoveryIntro'),
  }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="max-w-2xl space-y-6">
        {state.required && !state.enabled ? (
          <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
            {t('requiredForStaff')}
          </p>
        ) : null}
        {state.enabled ? (
          <>
            <p className="font-medium">{t('isOn', { count: state.recoveryCodesLeft })}</p>
            <h2 className="text-xl font-semibold">{t('turnOffHeading')}</h2>
            <TwoStepCodeForm codeAction={disableTwoStepAction} labels={{ ...labels, codeHint: t('codeOrRecoveryHint'), submit: t('turnOff') }} />
          </>
        ) : pending ? (
          <ol className="list-decimal space-y-6 ps-6">
            <li className="space-y-3">
              <p>{t('scan')}</p>
              {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG, not an optimisable photo */}
              <img src={`data:image/svg+xml;base64,${Buffer.from(pending.qrSvg).toString('base64')}`} alt={t('qrAlt')} width={200} height={200} className="border border-slate-300 bg-white" />
              <p>
                {t('orKey')} <code className="rounded bg-slate-100 px-2 py-1 font-mono text-base">{pending.secret}</code>
              </p>
            </li>
            <li className="space-y-3">
              <p>{t('enterFirst')}</p>
              <TwoStepCodeForm codeAction={confirmTwoStepAction} labels={{ ...labels, submit: t('confirm') }} />
            </li>
          </ol>
        ) : (
          <form action={startTwoStepAction}>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
              {t('setUp')}
            </button>
          </form>
        )}
      </div>
    </>
  )
}
