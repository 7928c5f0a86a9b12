// Every language a subject could be read in, with the state of its translation and the way to
// add, update or review it (the translations page of a case study, the hubs' descriptions page).
import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { languageName } from '@/components/library/format'
import type { SubjectTranslations } from '@/lib/translations'
import { TranslationStateBadges } from './state-badges'

export async function LanguagesTable({ page, editorPath, captionId }: { page: SubjectTranslations; editorPath: string; captionId: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('Translations'), getFormatter(), getLocale()])
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption id={captionId} className="mb-2 text-left font-medium text-slate-900">
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
                <td className="py-2 pr-4 text-sm text-slate-700">{translation ? format.dateTime(translation.updatedAt, { dateStyle: 'medium' }) : '—'}</td>
                <td className="py-2">
                  <span className="flex flex-wrap gap-3">
                    {page.canEdit ? (
                      <Link href={`${editorPath}/${language}`}>{translation ? t('editLink', { language: name }) : t('addLink', { language: name })}</Link>
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
  )
}
