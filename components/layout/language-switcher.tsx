import { getLocale, getTranslations } from 'next-intl/server'
import { localeNames, locales } from '@/lib/i18n/config'
import { setLocale } from '@/lib/i18n/set-locale'

/**
 * A plain form, so switching language works with or without JavaScript. Keyed by the language:
 * with JavaScript the action re-renders the page in place, and React resets a submitted form to
 * the select's first-rendered default, which showed the previous language until a reload; a new
 * form per language starts from the language now in force.
 */
export async function LanguageSwitcher() {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  return (
    <form key={locale} action={setLocale} className="flex items-center gap-2 text-sm">
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
