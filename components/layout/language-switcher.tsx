import { getLocale, getTranslations } from 'next-intl/server'
import { localeNames, locales } from '@/lib/i18n/config'

/**
 * A plain HTML form posting to /api/locale, which sends the browser back to this page: the page
 * is loaded again in the chosen language, selector included, with or without JavaScript.
 */
export async function LanguageSwitcher() {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  return (
    <form method="post" action="/api/locale" className="flex items-center gap-2 text-sm">
      <label htmlFor="locale-select">{t('language')}</label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        className="rounded border border-white/60 bg-brand-800 px-2 py-1 text-white"
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded border border-white/60 px-3 py-1 font-medium text-white hover:bg-brand-700"
      >
        {t('changeLanguage')}
      </button>
    </form>
  )
}
