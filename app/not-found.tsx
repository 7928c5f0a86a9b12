import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getLocalePath } from '@/lib/i18n/alternates'

export default async function NotFound() {
  const t = await getTranslations('Errors')
  const lp = await getLocalePath()
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t('notFoundBody')}</p>
      <p className="mt-6">
        <Link href={lp('/')}>{t('backHome')}</Link>
      </p>
    </div>
  )
}
