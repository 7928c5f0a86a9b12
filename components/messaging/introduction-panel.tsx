// "Ask for an introduction" on a published case study, for signed-in officials of other cities.
// Decision: a separate Server Component, streamed in its own Suspense boundary, so the public
// page does no extra work for anonymous visitors (getCurrentUser answers from the session cookie
// alone when there is none, and nothing else is read) and never waits for it.
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { IntroductionRequestForm } from '@/components/messaging/introduction-request-form'
import { requestIntroductionAction } from '@/app/(portal)/inbox/actions'
import { getCurrentUser } from '@/lib/auth/session'
import { getIntroductionOptions } from '@/lib/messaging'
import { MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'

export async function IntroductionPanel({ caseStudy }: { caseStudy: { id: string; slug: string; cityName: string } }) {
  const user = await getCurrentUser()
  if (!user) return null
  const options = await getIntroductionOptions(user, caseStudy.id)
  if (options.state === 'none') return null
  const t = await getTranslations('Messaging')
  return (
    <section aria-labelledby="introduction-heading" className="mt-10 rounded border border-brand-600 bg-brand-50 p-4 sm:p-6">
      <h2 id="introduction-heading" className="mb-2 text-2xl font-semibold text-slate-900">
        {t('introductionHeading', { city: caseStudy.cityName })}
      </h2>
      {options.state === 'pending' ? (
        <p role="status" className="text-slate-800">{t('introductionPending')}</p>
      ) : (
        <>
          <p className="mb-4 text-slate-800">{t('introductionIntro', { city: caseStudy.cityName })}</p>
          <IntroductionRequestForm
            action={requestIntroductionAction}
            caseStudySlug={caseStudy.slug}
            maxLength={MESSAGE_MAX_LENGTH}
            labels={{
              message: t('introductionMessage'),
              hint: t('markdownHint'),
              submit: t('introductionSubmit'),
              submitting: t('sending'),
              errorSummary: t('introductionErrorSummary'),
            }}
          />
        </>
      )}
      {options.conversationId ? (
        <p className="mt-4">
          <Link href={`/inbox/${options.conversationId}`}>{t('introductionOpen')}</Link>
        </p>
      ) : null}
    </section>
  )
}
