import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { CityFilterSchema, listCities } from '@/lib/network/cities'
import { listHubs } from '@/lib/network/hubs'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Cities')
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/cities') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CitiesPage({ searchParams }: Props) {
  const filter = CityFilterSchema.parse(await searchParams)
  const t = await getTranslations('Cities')
  const format = await getFormatter()
  const locale = await getLocale()
  const lp = await getLocalePath()
  const [cities, hubs] = await Promise.all([listCities(filter), listHubs()])
  const selectedHub = hubs.find((hub) => hub.slug === filter.hub)?.slug ?? ''
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="hub-filter" className="text-sm font-medium">
            {t('filterLabel')}
          </label>
          <select
            id="hub-filter"
            name="hub"
            defaultValue={selectedHub}
            className="rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t('allHubs')}</option>
            {hubs.map((hub) => (
              <option key={hub.slug} value={hub.slug}>
                {hub.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t('applyFilter')}
        </button>
      </form>
      <p role="status" className="mb-3 text-slate-700">
        {t('resultCount', { count: cities.length })}
      </p>
      {cities.length ? (
        <div className="overflow-x-auto" role="region" aria-labelledby="cities-caption" tabIndex={0}>
          <table className="w-full min-w-[36rem] border-collapse text-start">
            <caption id="cities-caption" className="sr-only">
              {t('tableCaption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pe-4">{t('columns.city')}</th>
                <th scope="col" className="py-2 pe-4">{t('columns.country')}</th>
                <th scope="col" className="py-2 pe-4">{t('columns.region')}</th>
                <th scope="col" className="py-2 pe-4 text-end">{t('columns.population')}</th>
                <th scope="col" className="py-2">{t('columns.hubs')}</th>
              </tr>
            </thead>
            <tbody>
              {cities.map((city) => (
                <tr key={city.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pe-4 font-semibold">
                    <Link href={lp(`/cities/${city.slug}`)}>{city.name}</Link>
                  </th>
                  <td className="py-2 pe-4">{countryName(city.countryCode, locale)}</td>
                  <td className="py-2 pe-4">{city.region}</td>
                  <td className="py-2 pe-4 text-end tabular-nums">
                    {city.population != null ? format.number(city.population) : t('unknown')}
                  </td>
                  <td className="py-2">
                    {city.hubMemberships.map(({ hub }, index) => (
                      <span key={hub.slug}>
                        {index > 0 ? ', ' : null}
                        <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState>{t('noResults')}</EmptyState>
      )}
    </>
  )
}
