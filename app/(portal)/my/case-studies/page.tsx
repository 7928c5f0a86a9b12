// /my/case-studies — the officials' desk: their city's case studies in every state, with where
// each stands and what to do next.
import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Suspense } from 'react'
import { ButtonLink } from '@/components/authoring/button-link'
import { signInUrl } from '@/components/authoring/server/load'
import { nextStep, StatusBadges } from '@/components/authoring/status'
import PageLoading from '@/components/layout/page-loading'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { listCityCaseStudies } from '@/lib/case-studies'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Authoring.list')
  return { title: t('title'), robots: { index: false } }
}

async function CityCaseStudies({ user, cityName }: { user: Actor; cityName: string }) {
  const [t, format, items] = await Promise.all([getTranslations('Authoring.list'), getFormatter(), listCityCaseStudies(user)])
  return (
    <Section id="city-case-studies" title={t('heading', { city: cityName })}>
      {items.length ? (
        <ul className="space-y-4">
          {await Promise.all(
            items.map(async (item) => (
              <li key={item.id} className="space-y-2 rounded border border-slate-200 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/my/case-studies/${item.id}`}>{item.title}</Link>
                </h3>
                <StatusBadges status={item.status} openRevision={item.openRevision} />
                <p className="text-slate-800">{await nextStep(item.status, item.openRevision)}</p>
                <p className="text-sm text-slate-700">
                  {t('updated', { date: format.dateTime(item.updatedAt, { dateStyle: 'medium' }) })}
                  {item.isAuthor ? ` · ${t('author')}` : ''}
                </p>
              </li>
            )),
          )}
        </ul>
      ) : (
        <EmptyState>{t('empty')}</EmptyState>
      )}
    </Section>
  )
}

export default async function MyCaseStudiesPage() {
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl('/my/case-studies'))
  const t = await getTranslations('Authoring.list')
  const city = user.city?.status === 'ACTIVE' ? user.city : null
  if (!city) {
    return (
      <PageHeader title={t('title')} intro={t('noCity')}>
        <p>
          <Link href="/dashboard">{t('dashboardLink')}</Link>
        </p>
      </PageHeader>
    )
  }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { city: city.name })}>
        {can(user, 'caseStudy.create', { cityId: city.id }) ? <ButtonLink href="/my/case-studies/new">{t('newLink')}</ButtonLink> : null}
      </PageHeader>
      <Suspense fallback={<PageLoading />}>
        <CityCaseStudies user={user} cityName={city.name} />
      </Suspense>
    </>
  )
}
