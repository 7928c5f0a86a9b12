import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { findCoalitionBySlug } from '@/lib/network/coalitions'
import { SlugSchema } from '@/lib/validation/common'
import { TranslatedDescription } from '@/components/translations/translated-description'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

async function loadCoalition(params: Props['params']) {
  const slug = SlugSchema.safeParse((await params).slug)
  if (!slug.success) notFound()
  const coalition = await findCoalitionBySlug(slug.data)
  if (!coalition) notFound()
  return coalition
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const coalition = await loadCoalition(params)
  return { title: coalition.name, description: coalition.description, alternates: await pageAlternates(`/coalitions/${coalition.slug}`) }
}

export default async function CoalitionPage({ params, searchParams }: Props) {
  const coalition = await loadCoalition(params)
  const t = await getTranslations('Coalitions')
  const lp = await getLocalePath()
  const th = await getTranslations('Hubs')
  const locale = await getLocale()
  return (
    <>
      <PageHeader title={coalition.name}>
        <TranslatedDescription type="COALITION" subject={coalition} query={await searchParams} />
        <p>
          <Badge tone="brand">{t(`kinds.${coalition.kind}`)}</Badge>
        </p>
        <dl className="flex flex-wrap gap-x-8 gap-y-2 text-slate-700">
          <div className="flex gap-2">
            <dt className="font-medium">{t('scope')}:</dt>
            <dd>{coalition.scope}</dd>
          </div>
          <div className="flex gap-2">
            <dt className="font-medium">{t('coordinatedBy')}:</dt>
            <dd>
              {coalition.coordinatingHub ? (
                <Link href={lp(`/hubs/${coalition.coordinatingHub.slug}`)}>{coalition.coordinatingHub.name}</Link>
              ) : (
                t('noCoordinator')
              )}
            </dd>
          </div>
        </dl>
      </PageHeader>

      <Section id="hubs" title={t('hubsHeading')}>
        <ul className="flex flex-wrap gap-3">
          {coalition.hubLinks.map(({ hub, role }) => (
            <li key={hub.slug} className="flex items-center gap-2 rounded border border-slate-200 px-3 py-2">
              <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
              <Badge>{th(`coalitionRoles.${role}`)}</Badge>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="members" title={t('membersHeading')}>
        {coalition.cityMemberships.length ? (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {coalition.cityMemberships.map(({ city }) => (
              <li key={city.slug} className="rounded border border-slate-200 p-3">
                <Link href={lp(`/cities/${city.slug}`)} className="font-semibold">
                  {city.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {countryName(city.countryCode, locale)} · {city.region}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noMembers')}</EmptyState>
        )}
      </Section>
    </>
  )
}
