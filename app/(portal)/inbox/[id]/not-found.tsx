import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'

export default async function ConversationNotFound() {
  const t = await getTranslations('Messaging')
  return (
    <PageHeader title={t('notFoundTitle')} intro={t('notFoundBody')}>
      <Link href="/inbox">{t('backToInbox')}</Link>
    </PageHeader>
  )
}
