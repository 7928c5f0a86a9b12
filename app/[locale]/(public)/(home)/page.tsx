import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { CaseStudyCard } from '@/components/case-studies/case-study-card'
import { CoalitionCard } from '@/components/network/coalition-card'
import { HubCard } from '@/components/network/hub-card'
import { EmptyState, Section } from '@/components/ui/section'
import { listLatestPublished } from '@/lib/case-studies/list-latest'
import { listCoalitions } from '@/lib/network/coalitions'
import { NetworkMap } from '@/components/network/network-map'
import { getNetworkFigures } from '@/lib/network/figures'
import { listHubs } from '@/lib/network/hubs'
import { listMapCities, MapFilterSchema } from '@/lib/network/map'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: await pageAlternates('/') }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function HomePage({ searchParams }: Props) {
  const filter = MapFilterSchema.parse(await searchParams)
  const t = await getTranslations('Home')
  const tf = await getTranslations('Figures')
  const format = await getFormatter()
  const locale = await getLocale()
  const lp = await getLocalePath()
  const [figures, hubs, coalitions, latest, mapCities] = await Promise.all([
    getNetworkFigures(),
    listHubs(),
    listCoalitions(),
    listLatestPublished(6),
    listMapCities({ coalition: filter.coalition }),
  ])
  const selectedCoalition = coalitions.find((coalition) => coalition.slug === filter.coalition)?.slug ?? ''
  const figureItems = [
    { value: figures.hubs, label: t('figures.hubs') },
    { value: figures.cities, label: t('figures.cities') },
    { value: figures.coalitions, label: t('figures.coalitions') },
    { value: figures.caseStudies, label: t('figures.caseStudies') },
  ]
  return (
    <>
      <div className="rounded-xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight text-brand-900 sm:text-5xl">{t('title')}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t('intro')}</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link
            href={lp('/hubs')}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t('exploreHubs')}
          </Link>
          <Link
            href={lp('/cities')}
            className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-100"
          >
            {t('browseCities')}
          </Link>
        </p>
      </div>

      <Section id="figures" title={t('figuresHeading')}>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {figureItems.map((item) => (
            <div key={item.label} className="flex flex-col-reverse rounded-lg border border-slate-200 p-4">
              <dt className="text-sm text-slate-700">{item.label}</dt>
              <dd className="text-3xl font-bold text-brand-800">{format.number(item.value)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">
          <Link href={lp('/network-in-figures')}>{tf('homeLink')}</Link>
        </p>
      </Section>

      <Section id="map" title={t('mapHeading')}>
        <form method="get" action={`${lp('/')}#map`} className="mb-4 flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="map-coalition" className="text-sm font-medium">
              {t('coalitionFilter')}
            </label>
            <select
              id="map-coalition"
              name="coalition"
              defaultValue={selectedCoalition}
              className="rounded border border-slate-500 bg-white px-3 py-2"
            >
              <option value="">{t('allCoalitions')}</option>
              {coalitions.map((coalition) => (
                <option key={coalition.slug} value={coalition.slug}>
                  {coalition.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t('showOnMap')}
          </button>
        </form>
        <NetworkMap
          cities={mapCities}
          hubs={hubs}
          locale={locale}
          label={t('mapLabel', { count: mapCities.length })}
          legendLabel={t('mapLegend')}
        />
      </Section>

      <Section id="hubs" title={t('hubsHeading')}>
        <ul className="grid gap-4 md:grid-cols-2">
          {hubs.map((hub) => (
            <li key={hub.id}>
              <HubCard hub={hub} headingLevel="h3" />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="coalitions" title={t('coalitionsHeading')}>
        <ul className="grid gap-4 md:grid-cols-2">
          {coalitions.map((coalition) => (
            <li key={coalition.id}>
              <CoalitionCard coalition={coalition} headingLevel="h3" />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="latest" title={t('latestHeading')}>
        {latest.length ? (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {latest.map((caseStudy) => (
              <li key={caseStudy.id}>
                <CaseStudyCard caseStudy={caseStudy} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noCaseStudies')}</EmptyState>
        )}
      </Section>
    </>
  )
}
