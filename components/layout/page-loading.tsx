import { getTranslations } from 'next-intl/server'

export default async function PageLoading() {
  const t = await getTranslations('Errors')
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4 py-8">
      <span className="sr-only">{t('loading')}</span>
      <div className="h-10 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-full rounded bg-slate-200" />
      <div className="h-4 w-5/6 rounded bg-slate-200" />
    </div>
  )
}
