// /my/case-studies/[id]/translations — every language the case study could be read in, with the
// state of its translation (missing, needs review, sent back, approved; outdated; human or
// machine) and the way to add, update or review it. For its authors and its city's hubs'
// officers and managers; anyone else gets 404.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { languageName } from '@/components/library/format'
import { signInUrl } from '@/components/authoring/server/load'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { TranslationStateBadges } from '@/components/translations/state-badges'
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
  const [t, format, locale, query] = await Promise.all([getTranslations('Translations'), getFormatter(), getLocale(), searchParams])
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
        <div className="overflow-x-auto" role="region" aria-labelledby="languages-caption" tabIndex={0}>
          <table className="w-full min-w-[36rem] border-collapse text-left">
            <caption id="languages-caption" className="mb-2 text-left font-medium text-slate-900">
              {t('tableCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">{t('columns.language')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.state')}</th>
                <th scope="col" className="py-2 pr-4">{t('columns.updated')}</th>
                <th scope="col" className="py-2">{t('columns.action')}</th>
              </tr>
            </thead>
            <tbody>
              {page.languages.map(({ language, translation }) => {
                const name = languageName(language, locale)
                return (
                  <tr key={language} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">{name}</th>
                    <td className="py-2 pr-4">
                      <TranslationStateBadges state={translation?.state ?? 'missing'} origin={translation?.origin} outdated={translation?.outdated} />
                    </td>
                    <td className="py-2 pr-4 text-sm text-slate-700">
                      {translation ? format.dateTime(translation.updatedAt, { dateStyle: 'medium' }) : '—'}
                    </td>
                    <td className="py-2">
                      <span className="flex flex-wrap gap-3">
                        {page.canEdit ? (
                          <Link href={`${base}/${language}`}>
                            {translation ? t('editLink', { language: name }) : t('addLink', { language: name })}
                          </Link>
                        ) : null}
                        {translation?.canReview && translation.state === 'needsReview' ? (
                          <Link href={`/reviews/translations/${encodeURIComponent(translation.id)}`}>{t('reviewLink', { language: name })}</Link>
                        ) : null}
                      </span>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  )
}
