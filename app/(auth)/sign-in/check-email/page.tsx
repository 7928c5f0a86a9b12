import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('checkEmailTitle'), robots: { index: false } }
}

export default async function CheckEmailPage() {
  const t = await getTranslations('Auth')
  return <PageHeader title={t('checkEmailTitle')} intro={t('checkEmailBody')} />
}
