import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { NetworkMap } from '@/components/network/network-map'
import { findHubBySlug } from '@/lib/network/hubs'
import { listMapCities } from '@/lib/network/map'
import { SlugSchema } from '@/lib/validation/common'
import { TranslatedDescription } from '@/components/translations/translated-description'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function loadHub(params: Props['params']) {
  const slug = SlugSchema.safeParse((await params).slug)
  if (!slug.success) notFound()
  const hub = await findHubBySlug(slug.data)
  if (!hub) notFound()
  return hub
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const hub = await loadHub(params)
  return { title: hub.name, description: hub.description, alternates: await pageAlternates(`/hubs/${hub.slug}`) }
}

export default async function HubPage({ params, searchParams }: Props) {
  const hub = await loadHub(params)
  const t = await getTranslations('Hubs')
  const tc = await getTranslations('Coalitions')
  const format = await getFormatter()
  const locale = await getLocale()
  const lp = await getLocalePath()
  const th = await getTranslations('Home')
  const mapCities = await listMapCities({ hub: hub.slug })
  return (
    <>
      <PageHeader title={hub.name}>
        <TranslatedDescription type="HUB" subject={hub} query={await searchParams} />
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-slate-700">
          <div className="flex gap-2">
            <dt className="font-medium">{t('region')}:</dt>
            <dd>{hub.region}</dd>
          </div>
          {hub.contactEmail ? (
            <div className="flex gap-2">
              <dt className="font-medium">{t('contact')}:</dt>
              <dd>
                <a href={`mailto:${hub.contactEmail}`}>{hub.contactEmail}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      </PageHeader>

      <Section id="members" title={t('membersHeading')}>
        {hub.cityMemberships.length ? (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {hub.cityMemberships.map(({ city, joinedAt }) => (
              <li key={city.slug} className="rounded border border-slate-200 p-3">
                <Link href={lp(`/cities/${city.slug}`)} className="font-semibold">
                  {city.name}
                </Link>
                <p className="text-sm text-slate-700">{countryName(city.countryCode, locale)}</p>
                <p className="text-sm text-slate-600">
                  {t('memberSince', { date: format.dateTime(joinedAt, { year: 'numeric', month: 'long' }) })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noMembers')}</EmptyState>
        )}
      </Section>

      <Section id="map" title={t('mapHeading')}>
        <NetworkMap
          cities={mapCities}
          hubs={[{ slug: hub.slug, name: hub.name }]}
          locale={locale}
          label={t('mapLabel', { count: mapCities.length, hub: hub.name })}
          legendLabel={th('mapLegend')}
        />
      </Section>

      <Section id="coalitions" title={t('coalitionsHeading')}>
        {hub.coalitionLinks.length ? (
          <ul className="space-y-2">
            {hub.coalitionLinks.map(({ coalition, role }) => (
              <li key={coalition.slug} className="flex flex-wrap items-center gap-2">
                <Link href={lp(`/coalitions/${coalition.slug}`)} className="font-semibold">
                  {coalition.name}
                </Link>
                <Badge>{tc(`kinds.${coalition.kind}`)}</Badge>
                <Badge tone="brand">{t(`coalitionRoles.${role}`)}</Badge>
                <span className="text-sm text-slate-600">{coalition.scope}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noCoalitions')}</EmptyState>
        )}
      </Section>

      <Section id="team" title={t('teamHeading')}>
        {hub.roles.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {hub.roles.map(({ user, role }) => (
              <li key={user.id} className="rounded border border-slate-200 p-3">
                <p className="font-semibold">{user.name}</p>
                <p className="text-sm text-slate-700">{t(`roles.${role}`)}</p>
                {user.jobTitle ? <p className="text-sm text-slate-600">{user.jobTitle}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noTeam')}</EmptyState>
        )}
      </Section>
    </>
  )
}
