// /my/case-studies/new — an official starts a draft for their city.
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { CaseStudyForm } from '@/components/authoring/case-study-form'
import { createCaseStudyAction, previewCaseStudyAction } from '../actions'
import { emptyFormValues } from '@/components/authoring/form-values'
import { caseStudyFormLabels, caseStudyFormOptions } from '@/components/authoring/server/labels'
import { signInUrl } from '@/components/authoring/server/load'
import { PageHeader } from '@/components/ui/page-header'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { isLocale } from '@/lib/i18n/config'
import { newIdempotencyKey } from '@/lib/security/idempotency'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Authoring.new')
  return { title: t('title'), robots: { index: false } }
}

export default async function NewCaseStudyPage() {
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl('/my/case-studies/new'))
  const t = await getTranslations('Authoring')
  const city = user.city
  if (!city || !can(user, 'caseStudy.create', { cityId: city.id })) {
    return (
      <PageHeader title={t('new.title')} intro={t('new.notAllowed')}>
        <p>
          <Link href="/dashboard">{t('list.dashboardLink')}</Link>
        </p>
      </PageHeader>
    )
  }
  const locale = await getLocale()
  const initial = emptyFormValues(isLocale(locale) ? locale : 'en')
  const [labels, options] = await Promise.all([
    caseStudyFormLabels('create'),
    caseStudyFormOptions({ citySlug: city.slug, chosenCoalitions: [], language: initial.language }),
  ])
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href="/my/case-studies">{t('desk.backToList')}</Link>
      </nav>
      <PageHeader title={t('new.title')} intro={t('new.intro', { city: city.name })} />
      <CaseStudyForm save={createCaseStudyAction} preview={previewCaseStudyAction} idempotencyKey={newIdempotencyKey()} initial={initial} options={options} labels={labels} cancelHref="/my/case-studies" />
    </>
  )
}
