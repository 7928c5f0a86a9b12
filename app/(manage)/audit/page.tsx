import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { Pagination } from '@/components/library/pagination'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { listAuditActions, listAuditHubs, listAuditLog } from '@/lib/admin/list-audit-log'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminAudit')
  return { title: t('title'), robots: { index: false } }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const filterKeys = ['action', 'actor', 'hub', 'from', 'to'] as const

export default async function AuditPage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/audit')
  const params = await searchParams
  const raw = Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  let result: Awaited<ReturnType<typeof listAuditLog>>
  try {
    result = await listAuditLog(user, raw)
  } catch (error) {
    // Neither admin nor manager, or a hub they may not read: the page does not exist for them.
    if (error instanceof AppError && ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(error.code)) notFound()
    throw error
  }
  const [hubs, actions] = await Promise.all([listAuditHubs(user), listAuditActions(user)])
  const t = await getTranslations('AdminAudit')
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
      <PageHeader title={t('title')} intro={can(user, 'audit.viewAll') ? t('introAdmin') : t('introManager')} />
      <section aria-labelledby="audit-filters" className="mb-6 rounded border border-slate-200 p-4">
        <h2 id="audit-filters" className="mb-3 text-xl font-semibold">{t('filters')}</h2>
        <form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-action" className="font-medium">{t('action')}</label>
            <input id="audit-action" name="action" list="audit-actions" defaultValue={filter.action ?? ''} aria-describedby="audit-action-hint" className={inputClass} />
            <datalist id="audit-actions">
              {actions.map((action) => (
                <option key={action} value={action} />
              ))}
            </datalist>
            <p id="audit-action-hint" className="text-sm text-slate-600">{t('actionHint')}</p>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-actor" className="font-medium">{t('actor')}</label>
            <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-hub" className="font-medium">{t('hub')}</label>
            <select id="audit-hub" name="hub" defaultValue={filter.hub ?? ''} className={inputClass}>
              <option value="">{t('anyHub')}</option>
              {hubs.map((hub) => (
                <option key={hub.slug} value={hub.slug}>{hub.name}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-from" className="font-medium">{t('from')}</label>
            <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="audit-to" className="font-medium">{t('to')}</label>
            <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} className={inputClass} />
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t('apply')}</button>
            <a href="/audit" className="px-2 py-2">{t('clear')}</a>
          </div>
        </form>
      </section>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p role="status">{t('count', { count: total })}</p>
        <a href={`/audit/export.csv${query({})}`} download className="rounded border border-brand-700 px-4 py-2 font-semibold no-underline">
          {t('export')}
        </a>
      </div>
      {entries.length ? (
        <div className="overflow-x-auto" role="region" aria-labelledby="audit-table-caption" tabIndex={0}>
          <table className="min-w-full border-collapse text-start text-sm">
            <caption id="audit-table-caption" className="sr-only">{t('table')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">{t('time')}</th>
                <th scope="col" className="p-2">{t('who')}</th>
                <th scope="col" className="p-2">{t('what')}</th>
                <th scope="col" className="p-2">{t('target')}</th>
                <th scope="col" className="p-2">{t('hub')}</th>
                <th scope="col" className="p-2">{t('reason')}</th>
                <th scope="col" className="p-2">{t('ip')}</th>
                <th scope="col" className="p-2">{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={String(entry.id)} className="border-b border-slate-200 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{time.format(entry.createdAt)}</time>
                  </td>
                  <td className="p-2">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t('system')}</td>
                  <td className="p-2 font-mono">{entry.action}</td>
                  <td className="p-2 break-all">{[entry.targetType, entry.targetId].filter(Boolean).join(' ')}</td>
                  <td className="p-2">{entry.hub?.name ?? ''}</td>
                  <td className="p-2">{entry.reason ?? ''}</td>
                  <td className="p-2 font-mono">{entry.ip ?? ''}</td>
                  <td className="max-w-xs p-2 font-mono text-xs break-all">{entry.metadata == null ? '' : JSON.stringify(entry.metadata)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState>{t('none')}</EmptyState>
      )}
      <Pagination page={page} pages={pageCount} href={(n) => `/audit${query({ page: String(n) })}`} />
    </>
  )
}
