import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CoalitionCard } from '@/components/network/coalition-card'
import { PageHeader } from '@/components/ui/page-header'
import { listCoalitions } from '@/lib/network/coalitions'
import { pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Coalitions')
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/coalitions') }
}

export default async function CoalitionsPage() {
  const t = await getTranslations('Coalitions')
  const coalitions = await listCoalitions()
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ul className="grid gap-4 md:grid-cols-2">
        {coalitions.map((coalition) => (
          <li key={coalition.id}>
            <CoalitionCard coalition={coalition} />
          </li>
        ))}
      </ul>
    </>
  )
}
