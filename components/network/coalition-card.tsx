import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { CoalitionCard as CoalitionCardData } from '@/lib/network/coalitions'
import { getLocalePath } from '@/lib/i18n/alternates'

export async function CoalitionCard({
  coalition,
  headingLevel = 'h2',
}: {
  coalition: CoalitionCardData
  headingLevel?: 'h2' | 'h3'
}) {
  const t = await getTranslations('Coalitions')
  const lp = await getLocalePath()
  const Heading = headingLevel
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-5 shadow-sm">
      <div className="mb-2">
        <Badge tone="brand">{t(`kinds.${coalition.kind}`)}</Badge>
      </div>
      <Heading className="text-xl font-semibold">
        <Link href={lp(`/coalitions/${coalition.slug}`)}>{coalition.name}</Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600">
        {t('scope')}: {coalition.scope}
      </p>
      <p className="mt-3 flex-1 text-slate-700">{coalition.description}</p>
      <p className="mt-4 text-sm font-medium text-slate-800">
        {t('memberCities', { count: coalition._count.cityMemberships })}
      </p>
    </article>
  )
}
