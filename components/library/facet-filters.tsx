// The facet checkboxes of the library's search form, with how many results each would give.
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { countryName } from '@/lib/i18n/format'
import type { FacetOption, Facets } from '@/lib/library/search'
import { facetKeys, type FacetKey } from '@/lib/validation/library'
import { languageName } from './format'

/** Options shown per facet before "Show all": the page stays small with 100,000 case studies. */
export const FACET_OPTIONS_SHOWN = 6

export async function FacetFilters({ facets, expanded, moreHref }: { facets: Facets; expanded?: FacetKey; moreHref: (key: FacetKey | undefined) => string }) {
  const t = await getTranslations('Library')
  const locale = await getLocale()
  const format = await getFormatter()
  const labelOf = (key: FacetKey, option: FacetOption): string => {
    switch (key) {
      case 'country':
        return countryName(option.value, locale)
      case 'metric':
        return t(`metrics.${option.value as 'JOBS_CREATED'}`)
      case 'language':
        return languageName(option.value, locale)
      case 'year':
        return option.value
      default:
        return option.label ?? option.value
    }
  }
  return (
    <div className="space-y-5">
      {facetKeys.map((key) => {
        const options = facets[key]
          .filter((option) => option.count > 0 || option.selected)
          .map((option) => ({ ...option, text: labelOf(key, option) }))
        if (key === 'country' || key === 'language') {
          options.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.text.localeCompare(b.text, locale))
        }
        const all = options.length
        const shown = key === expanded ? options : options.filter((option, i) => i < FACET_OPTIONS_SHOWN || option.selected)
        return (
          <fieldset key={key} id={`facet-${key}`} className="lib-facet min-w-0">
            <legend>{t(`facets.${key}`)}</legend>
            {options.length ? (
              <ul className="space-y-1">
                {shown.map((option) => {
                  const id = `f-${key}-${option.value}`
                  return (
                    <li key={option.value}>
                      <input id={id} type="checkbox" name={key} value={option.value} defaultChecked={option.selected || undefined} />
                      <label htmlFor={id}>
                        {`${option.text} ${t('facetCount', { count: format.number(option.count) })}`}
                      </label>
                    </li>
                  )
                })}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t('noOptions')}</p>
            )}
            {shown.length < all ? (
              <a href={moreHref(key)} className="mt-1 inline-block text-sm">
                {t('showAllOptions', { count: all, facet: t(`facets.${key}`) })}
              </a>
            ) : key === expanded && all > FACET_OPTIONS_SHOWN ? (
              <a href={moreHref(undefined)} className="mt-1 inline-block text-sm">
                {t('showFewerOptions')}
              </a>
            ) : null}
          </fieldset>
        )
      })}
    </div>
  )
}
