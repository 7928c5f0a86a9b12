import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import type { HubCard as HubCardData } from '@/lib/network/hubs'
import { getLocalePath } from '@/lib/i18n/alternates'

export async function HubCard({ hub, headingLevel = 'h2' }: { hub: HubCardData; headingLevel?: 'h2' | 'h3' }) {
  const t = await getTranslations('Hubs')
  const lp = await getLocalePath()
  const Heading = headingLevel
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-5 shadow-sm">
      <Heading className="text-xl font-semibold">
        <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600">
        {t('region')}: {hub.region}
      </p>
      <p className="mt-3 flex-1 text-slate-700">{hub.description}</p>
      <p className="mt-4 text-sm font-medium text-slate-800">
        {t('memberCities', { count: hub._count.cityMemberships })} · {t('coalitionCount', { count: hub._count.coalitionLinks })}
      </p>
    </article>
  )
}
