import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export default async function NotFound() {
  const t = await getTranslations('Errors')
  return (
    <div className="py-12">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t('notFoundBody')}</p>
      <p className="mt-6">
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  )
}
