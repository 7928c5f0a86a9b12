// /my/case-studies/[id]/translations — every language the case study could be read in, with the
// state of its translation (missing, needs review, sent back, approved; outdated; human or
// machine) and the way to add, update or review it. For its authors and its city's hubs'
// officers and managers; anyone else gets 404.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { languageName } from '@/components/library/format'
import { signInUrl } from '@/components/authoring/server/load'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { LanguagesTable } from '@/components/translations/languages-table'
import { FormStatus } from '@/components/ui/form-status'
import { Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const load = cache(async (id: string) => {
  const user = await getCurrentUser()
  return user ? findSubjectTranslations(user, 'CASE_STUDY', id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).id)
  const t = await getTranslations('Translations')
  return { title: page ? t('pageTitle', { title: page.subject.label }) : t('heading'), robots: { index: false } }
}

export default async function TranslationsPage({ params, searchParams }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}/translations`))
  const page = await load(id)
  if (!page) notFound()
  const [t, locale, query] = await Promise.all([getTranslations('Translations'), getLocale(), searchParams])
  const done = [query.done].flat()[0]
  const doneLanguage = [query.language].flat()[0]
  const { subject } = page
  const base = `/my/case-studies/${encodeURIComponent(subject.id)}/translations`
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href={`/my/case-studies/${encodeURIComponent(subject.id)}`}>{t('backToCaseStudy')}</Link>
      </nav>
      <header className="mb-8 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('heading')}</h1>
        <p className="text-lg text-slate-800" lang={subject.language}>
          {subject.label}
        </p>
        <p className="max-w-3xl text-slate-700">{t('intro', { language: languageName(subject.language, locale) })}</p>
      </header>
      {done === 'saved' || done === 'unchanged' ? (
        <FormStatus state={{ status: 'ok', message: t(`done.${done}`, { language: languageName(doneLanguage ?? '', locale) }) }} />
      ) : null}
      <Section id="languages" title={t('languagesHeading')}>
        <LanguagesTable page={page} editorPath={base} captionId="languages-caption" />
      </Section>
    </>
  )
}
