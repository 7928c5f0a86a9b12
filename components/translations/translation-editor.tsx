// The translation editor, for any subject: the original on the left (read-only, in its
// language), the translation's fields on the right (in theirs), saved with the hash of the
// original shown so a change of the original meanwhile is caught. The page decides who may see
// it; the save action comes as a prop (components never import from app/).
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { languageName } from '@/components/library/format'
import { subjectFields, type SubjectTranslations } from '@/lib/translations'
import { SourceView } from './source-view'
import { TranslationStateBadges } from './state-badges'
import { TranslationForm, type TranslationFormState } from './translation-form'

type Props = {
  page: SubjectTranslations
  language: string
  back: { href: string; label: string }
  action: (state: TranslationFormState, form: FormData) => Promise<TranslationFormState>
}

export async function TranslationEditor({ page, language, back, action }: Props) {
  const [t, locale] = await Promise.all([getTranslations('Translations'), getLocale()])
  const { subject } = page
  const translation = page.languages.find((row) => row.language === language)?.translation ?? null
  const specs = subjectFields[subject.type].filter((spec) => !!subject.source[spec.name])
  const fieldLabels = Object.fromEntries(subjectFields[subject.type].map((spec) => [spec.name, t(`fields.${spec.name}`)]))
  const target = languageName(language, locale)
  const source = languageName(subject.language, locale)
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href={back.href}>{back.label}</Link>
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
            action={action}
            hidden={{ subjectType: subject.type, subjectId: subject.id, language, sourceHash: subject.hash }}
            lang={language}
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
