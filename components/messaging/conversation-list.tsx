// A list of conversations (either inbox): subject linking to the thread, hub or cities, status,
// assignee, last activity as an age, and an unread badge.
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { ConversationRow } from '@/lib/messaging'

export async function ConversationList({ rows, side, now }: { rows: ConversationRow[]; side: 'city' | 'hub'; now: Date }) {
  const [t, format] = await Promise.all([getTranslations('Messaging'), getFormatter()])
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/inbox/${row.id}`} className={`break-words ${row.unread ? 'font-bold' : 'font-medium'}`}>
                {row.subject}
              </Link>
              {row.kind === 'INTRODUCTION' ? <Badge tone="neutral">{t('introduction')}</Badge> : null}
              {row.unread ? <Badge tone="amber">{t('unread', { count: row.unread })}</Badge> : null}
            </p>
            <p className="text-sm text-slate-700">
              {side === 'city'
                ? t('withHub', { hub: row.hub.name })
                : t('withCities', { cities: row.cities.map((c) => c.city.name).join(', '), hub: row.hub.name })}
              {side === 'hub' ? ` · ${row.assignedTo ? t('assignedTo', { name: row.assignedTo.name }) : t('unassigned')}` : ''}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-slate-700">
            <Badge tone={row.status === 'OPEN' ? 'brand' : 'neutral'}>{t(`status.${row.status}`)}</Badge>
            <span>{t('lastActivity', { age: format.relativeTime(row.lastMessageAt, now) })}</span>
            {side === 'hub' ? <span>{t('openedAge', { age: format.relativeTime(row.createdAt, now) })}</span> : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
