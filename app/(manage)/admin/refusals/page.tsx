import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { Pagination } from '@/components/library/pagination'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { listRefusals } from '@/lib/admin/list-refusals'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { REFUSAL_CODES } from '@/lib/validation/admin'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminRefusals')
  return { title: t('title'), robots: { index: false } }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const filterKeys = ['action', 'code', 'actor', 'ip', 'from', 'to'] as const

export default async function RefusalsPage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/refusals')
  const params = await searchParams
  const raw = Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  let result: Awaited<ReturnType<typeof listRefusals>>
  try {
    result = await listRefusals(user, raw)
  } catch (error) {
    // Not a network admin: the page does not exist for them.
    if (error instanceof AppError && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(error.code)) notFound()
    throw error
  }
  const t = await getTranslations('AdminRefusals')
  const locale = await getLocale()
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })
  const { filter, entries, total, page, pageCount } = result
  const query = (extra: Record<string, string>) => {
    const search = new URLSearchParams()
    for (const key of filterKeys) if (filter[key]) search.set(key, String(filter[key]))
    for (const [key, value] of Object.entries(extra)) search.set(key, value)
    const text = search.toString()
    return text ? `?${text}` : ''
  }
  const inputClass = 'w-full rounded border border-slate-500 bg-white px-3 py-2'
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <section aria-labelledby="refusal-filters" className="mb-6 rounded border border-slate-200 p-4">
        <h2 id="refusal-filters" className="mb-3 text-xl font-semibold">{t('filters')}</h2>
        <form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-action" className="font-medium">{t('action')}</label>
            <input id="refusal-action" name="action" defaultValue={filter.action ?? ''} aria-describedby="refusal-action-hint" className={inputClass} />
            <p id="refusal-action-hint" className="text-sm text-slate-600">{t('actionHint')}</p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-code" className="font-medium">{t('code')}</label>
            <select id="refusal-code" name="code" defaultValue={filter.code ?? ''} className={inputClass}>
              <option value="">{t('anyCode')}</option>
              {REFUSAL_CODES.map((code) => (
                <option key={code} value={code}>{t(`codes.${code}`)}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-actor" className="font-medium">{t('actor')}</label>
            <input id="refusal-actor" name="actor" type="search" defaultValue={filter.actor ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-ip" className="font-medium">{t('ip')}</label>
            <input id="refusal-ip" name="ip" defaultValue={filter.ip ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-from" className="font-medium">{t('from')}</label>
            <input id="refusal-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="refusal-to" className="font-medium">{t('to')}</label>
            <input id="refusal-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t('apply')}</button>
            <a href="/admin/refusals" className="px-2 py-2">{t('clear')}</a>
          </div>
        </form>
      </section>
      <p role="status" className="mb-4">{t('count', { count: total })}</p>
      {entries.length ? (
        <div className="overflow-x-auto" role="region" aria-labelledby="refusal-table-caption" tabIndex={0}>
          <table className="min-w-full border-collapse text-start text-sm">
            <caption id="refusal-table-caption" className="sr-only">{t('table')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t('time')}</th>
                <th scope="col" className="p-2">{t('who')}</th>
                <th scope="col" className="p-2">{t('action')}</th>
                <th scope="col" className="p-2">{t('code')}</th>
                <th scope="col" className="p-2">{t('target')}</th>
                <th scope="col" className="p-2">{t('ip')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={String(entry.id)} className="border-b border-slate-200 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{time.format(entry.createdAt)}</time>
                  </td>
                  <td className="p-2">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t('anonymous')}</td>
                  <td className="p-2 font-mono">{entry.action}</td>
                  <td className="p-2">{(REFUSAL_CODES as readonly string[]).includes(entry.code) ? t(`codes.${entry.code as (typeof REFUSAL_CODES)[number]}`) : entry.code}</td>
                  <td className="p-2 break-all">{[entry.targetType, entry.targetId].filter(Boolean).join(' ')}</td>
                  <td className="p-2 font-mono">{entry.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState>{t('none')}</EmptyState>
      )}
      <Pagination page={page} pages={pageCount} href={(n) => `/admin/refusals${query({ page: String(n) })}`} />
    </>
  )
}
