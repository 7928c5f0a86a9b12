// /reviews/translations/descriptions — the descriptions of a hub officer's or manager's hubs and
// of the coalitions they coordinate, each with its languages and the state of their
// translations. 404 for anyone without a hub role.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { signInUrl } from '@/components/authoring/server/load'
import { languageName } from '@/components/library/format'
import { LanguagesTable } from '@/components/translations/languages-table'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { FormStatus } from '@/components/ui/form-status'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { listDescriptionSubjects } from '@/lib/translations'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Translations')
  return { title: t('descriptions.title'), robots: { index: false } }
}

export default async function DescriptionTranslationsPage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl('/reviews/translations/descriptions'))
  if (!user.hubRoles.length) notFound()
  const [t, locale, query, subjects] = await Promise.all([getTranslations('Translations'), getLocale(), searchParams, listDescriptionSubjects(user)])
  const pages = (await Promise.all(subjects.map((subject) => findSubjectTranslations(user, subject.type, subject.id)))).flatMap((page) => (page ? [page] : []))
  const done = [query.done].flat()[0]
  const doneLanguage = [query.language].flat()[0] ?? ''
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href="/reviews/translations">{t('review.backToQueue')}</Link>
      </nav>
      <PageHeader title={t('descriptions.title')} intro={t('descriptions.intro')} />
      {done === 'saved' || done === 'unchanged' ? <FormStatus state={{ status: 'ok', message: t(`done.${done}`, { language: languageName(doneLanguage, locale) }) }} /> : null}
      {pages.length ? (
        pages.map((page, index) => (
          <Section key={page.subject.id} id={`subject-${index}`} title={`${page.subject.label} · ${t(`subject.${page.subject.type}`)}`}>
            <p lang={page.subject.language} className="mb-4 max-w-3xl text-slate-800">
              {page.subject.source.description}
            </p>
            <LanguagesTable page={page} editorPath={`/reviews/translations/descriptions/${page.subject.type.toLowerCase()}/${encodeURIComponent(page.subject.id)}`} captionId={`subject-${index}-caption`} />
          </Section>
        ))
      ) : (
        <EmptyState>{t('descriptions.empty')}</EmptyState>
      )}
    </>
  )
}
