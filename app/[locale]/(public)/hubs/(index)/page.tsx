import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { HubCard } from '@/components/network/hub-card'
import { PageHeader } from '@/components/ui/page-header'
import { listHubs } from '@/lib/network/hubs'
import { pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Hubs')
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/hubs') }
}

export default async function HubsPage() {
  const t = await getTranslations('Hubs')
  const hubs = await listHubs()
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ul className="grid gap-4 md:grid-cols-2">
        {hubs.map((hub) => (
          <li key={hub.id}>
            <HubCard hub={hub} />
          </li>
        ))}
      </ul>
    </>
  )
}
