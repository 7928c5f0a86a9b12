// The mark above translated content: who translated it (a machine or a person), whether a hub
// reviewed it, whether the original changed since, and the way to the original. On the original
// it offers the translation back. Links keep the page's path and only change the query, so they
// work whatever the page's URL.
import { getLocale, getTranslations } from 'next-intl/server'
import { languageName } from '@/components/library/format'
import type { ReaderTranslation } from '@/lib/translations/reader'

export const ORIGINAL_PARAM = 'original'

/** `?original=1` asks for the source; anything else (or nothing) for the page's language. */
export function wantsOriginal(query: Record<string, string | string[] | undefined>): boolean {
  return [query[ORIGINAL_PARAM]].flat()[0] === '1'
}

export async function TranslationMark({ translation, showingOriginal }: { translation: ReaderTranslation; showingOriginal: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('ContentTranslation'), getLocale()])
  const from = languageName(translation.sourceLanguage, locale)
  if (showingOriginal) {
    return (
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700" data-translation-mark="original">
        <span>{t('readingOriginal', { language: from })}</span>
        <a href={`?${ORIGINAL_PARAM}=0`} className="font-medium">
          {t('showTranslation', { language: languageName(translation.language, locale) })}
        </a>
      </p>
    )
  }
  const { mark } = translation
  const text =
    mark.kind === 'machine'
      ? mark.reviewed
        ? mark.hubName
          ? t('machineReviewed', { language: from, hub: mark.hubName })
          : t('machineReviewedNoHub', { language: from })
        : t('machine', { language: from })
      : mark.reviewed
        ? mark.hubName
          ? t('humanReviewed', { language: from, hub: mark.hubName })
          : t('humanReviewedNoHub', { language: from })
        : t('human', { language: from })
  return (
    <div
      className={`max-w-3xl rounded border px-3 py-2 text-sm ${translation.outdated || mark.kind === 'machine' ? 'border-amber-600 bg-amber-50 text-amber-950' : 'border-slate-300 bg-slate-50 text-slate-800'}`}
      data-translation-mark={mark.kind}
    >
      <p>
        <span>{text}</span> ·{' '}
        <a href={`?${ORIGINAL_PARAM}=1`} className="font-medium">
          {t('showOriginal')}
        </a>
      </p>
      {translation.outdated ? <p className="mt-1 font-medium">{t('outdated')}</p> : null}
    </div>
  )
}
