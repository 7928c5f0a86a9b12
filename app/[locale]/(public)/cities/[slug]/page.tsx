import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { CaseStudyCard } from '@/components/case-studies/case-study-card'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { findCityBySlug } from '@/lib/network/cities'
import { SlugSchema } from '@/lib/validation/common'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

type Props = { params: Promise<{ slug: string }> }

async function loadCity(params: Props['params']) {
  const slug = SlugSchema.safeParse((await params).slug)
  if (!slug.success) notFound()
  const city = await findCityBySlug(slug.data)
  if (!city) notFound()
  return city
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const city = await loadCity(params)
  return { title: city.name, alternates: await pageAlternates(`/cities/${city.slug}`) }
}

export default async function CityPage({ params }: Props) {
  const city = await loadCity(params)
  const t = await getTranslations('Cities')
  const lp = await getLocalePath()
  const tc = await getTranslations('Coalitions')
  const format = await getFormatter()
  const locale = await getLocale()
  const coordinate = (value: number) => format.number(value, { maximumFractionDigits: 4 })
  return (
    <>
      <PageHeader title={city.name}>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-slate-800">
          <dt className="font-medium">{t('country')}</dt>
          <dd>{countryName(city.countryCode, locale)}</dd>
          <dt className="font-medium">{t('region')}</dt>
          <dd>{city.region}</dd>
          <dt className="font-medium">{t('population')}</dt>
          <dd className="tabular-nums">{city.population != null ? format.number(city.population) : t('unknown')}</dd>
          <dt className="font-medium">{t('coordinates')}</dt>
          <dd className="tabular-nums">
            {t('coordinatesValue', { lat: coordinate(city.latitude), lng: coordinate(city.longitude) })}
          </dd>
        </dl>
      </PageHeader>

      <Section id="hubs" title={t('hubsHeading')}>
        {city.hubMemberships.length ? (
          <ul className="flex flex-wrap gap-3">
            {city.hubMemberships.map(({ hub }) => (
              <li key={hub.slug}>
                <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noHubs')}</EmptyState>
        )}
      </Section>

      <Section id="coalitions" title={t('coalitionsHeading')}>
        {city.coalitionMemberships.length ? (
          <ul className="space-y-2">
            {city.coalitionMemberships.map(({ coalition }) => (
              <li key={coalition.slug} className="flex flex-wrap items-center gap-2">
                <Link href={lp(`/coalitions/${coalition.slug}`)}>{coalition.name}</Link>
                <Badge>{tc(`kinds.${coalition.kind}`)}</Badge>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noCoalitions')}</EmptyState>
        )}
      </Section>

      <Section id="case-studies" title={t('caseStudiesHeading')}>
        {city.caseStudies.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {city.caseStudies.map((caseStudy) => (
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
