import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'

export default async function ConsoleNotFound() {
  const t = await getTranslations('Console')
  return (
    <PageHeader title={t('notFoundTitle')} intro={t('notFoundBody')}>
      <Link href="/">{t('home')}</Link>
    </PageHeader>
  )
}
