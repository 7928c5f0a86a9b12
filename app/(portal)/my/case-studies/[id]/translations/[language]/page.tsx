// /my/case-studies/[id]/translations/[language] — the translation editor: the original on the
// left (read-only, in its language), the translation's fields on the right (in theirs). Saved
// with the hash of the original shown, so a change of the original meanwhile is caught. For
// whoever may translate the case study; 404 for anyone else and for a language that is not a
// language or is the original's.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { languageName } from '@/components/library/format'
import { signInUrl } from '@/components/authoring/server/load'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { SourceView } from '@/components/translations/source-view'
import { TranslationStateBadges } from '@/components/translations/state-badges'
import { TranslationForm } from '@/components/translations/translation-form'
import { getCurrentUser } from '@/lib/auth/session'
import { subjectFields } from '@/lib/translations'
import { LanguageSchema } from '@/lib/validation/translation'
import { saveTranslationAction } from '../actions'

type Props = { params: Promise<{ id: string; language: string }> }

const load = cache(async (id: string) => {
  const user = await getCurrentUser()
  return user ? findSubjectTranslations(user, 'CASE_STUDY', id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, language } = await params
  const [page, t, locale] = await Promise.all([load(id), getTranslations('Translations'), getLocale()])
  return { title: page ? t('editorTitle', { language: languageName(language, locale), title: page.subject.label }) : t('heading'), robots: { index: false } }
}

export default async function TranslationEditorPage({ params }: Props) {
  const { id, language: rawLanguage } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}/translations/${rawLanguage}`))
  const language = LanguageSchema.safeParse(rawLanguage)
  const page = await load(id)
  if (!page || !page.canEdit || !language.success || language.data !== rawLanguage || language.data === page.subject.language) notFound()
  const [t, locale] = await Promise.all([getTranslations('Translations'), getLocale()])
  const { subject } = page
  const translation = page.languages.find((row) => row.language === language.data)?.translation ?? null
  const specs = subjectFields.CASE_STUDY.filter((spec) => !!subject.source[spec.name])
  const fieldLabels = Object.fromEntries(subjectFields.CASE_STUDY.map((spec) => [spec.name, t(`fields.${spec.name}`)]))
  const target = languageName(language.data, locale)
  const source = languageName(subject.language, locale)
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href={`/my/case-studies/${encodeURIComponent(subject.id)}/translations`}>{t('backToTranslations')}</Link>
      </nav>
      <header className="mb-6 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('editorHeading', { language: target })}</h1>
        <p className="text-lg text-slate-800" lang={subject.language}>
          {subject.label}
        </p>
        <TranslationStateBadges state={translation?.state ?? 'missing'} origin={translation?.origin} outdated={translation?.outdated} />
        {translation?.outdated ? <p className="max-w-3xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{t('outdatedNotice')}</p> : null}
        {translation?.state === 'changesRequested' && translation.reviewNote ? (
          <figure className="max-w-3xl">
            <figcaption className="text-sm font-medium text-slate-700">{t('reviewerNote', { name: translation.reviewerName ?? '—' })}</figcaption>
            <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{translation.reviewNote}</blockquote>
          </figure>
        ) : null}
        <p className="max-w-3xl text-slate-700">{t('editorIntro')}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="source-heading">
          <h2 id="source-heading" className="mb-4 text-xl font-semibold text-slate-900">
            {t('sourceHeading', { language: source })}
          </h2>
          <SourceView specs={specs} values={subject.source} lang={subject.language} labels={fieldLabels} idPrefix="source" />
        </section>
        <section aria-labelledby="target-heading">
          <h2 id="target-heading" className="mb-4 text-xl font-semibold text-slate-900">
            {t('targetHeading', { language: target })}
          </h2>
          <TranslationForm
            action={saveTranslationAction}
            hidden={{ subjectType: 'CASE_STUDY', subjectId: subject.id, language: language.data, sourceHash: subject.hash }}
            lang={language.data}
            fields={specs.map((spec) => ({
              name: spec.name,
              label: t('fieldIn', { field: fieldLabels[spec.name]!, language: target }),
              multiline: spec.multiline,
              rows: spec.markdown ? 16 : 4,
              maxLength: spec.max,
              defaultValue: translation?.fields[spec.name] ?? '',
            }))}
            labels={{ submit: t('save'), pending: t('saving'), errorHeading: t('errorHeading') }}
          />
        </section>
      </div>
    </>
  )
}
