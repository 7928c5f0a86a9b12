import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { listUsers } from '@/lib/admin/list-users'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { restoreUserAction, suspendUserAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminUsers')
  return { title: t('title'), robots: { index: false } }
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/users')
  if (!can(user, 'user.suspend')) notFound()
  const params = await searchParams
  const q = typeof params.q === 'string' ? params.q : ''
  const t = await getTranslations('AdminUsers')
  const th = await getTranslations('Hubs')
  const users = await listUsers(user, { q })
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div role="search">
        <form method="get" className="flex max-w-xl flex-wrap items-end gap-3">
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor="users-q" className="font-medium">{t('searchLabel')}</label>
            <input id="users-q" name="q" type="search" defaultValue={q} maxLength={120} className="rounded border border-slate-500 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t('search')}</button>
        </form>
      </div>
      <Section id="accounts" title={t('results')}>
        {users.length ? (
          <ul className="space-y-3">
            {users.map((person) => (
              <li key={person.id} className="space-y-2 rounded border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-semibold">{person.name}</p>
                  <Badge tone={person.status === 'SUSPENDED' ? 'amber' : 'neutral'}>
                    {person.status === 'SUSPENDED' ? t('statusSuspended') : t('statusActive')}
                  </Badge>
                  {person.isNetworkAdmin ? <Badge tone="neutral">{t('admin')}</Badge> : null}
                </div>
                <p className="text-sm break-all text-slate-700">{person.email}</p>
                <p className="text-sm text-slate-700">
                  {[
                    ...person.cityMemberships.map((m) => m.city.name),
                    ...person.hubRoles.map((role) => `${role.hub.name} · ${th(`roles.${role.role}`)}`),
                  ].join(' · ')}
                </p>
                {person.status === 'SUSPENDED' && person.suspendedReason ? (
                  <p className="text-sm">{t('suspendedBecause', { reason: person.suspendedReason })}</p>
                ) : null}
                {person.id === user.id ? null : person.status === 'SUSPENDED' ? (
                  <InlineActionForm
                    action={restoreUserAction}
                    hidden={{ userId: person.id }}
                    label={t('restore', { name: person.name })}
                    pendingLabel={t('restoring')}
                  />
                ) : (
                  <InlineActionForm
                    action={suspendUserAction}
                    hidden={{ userId: person.id }}
                    label={t('suspend', { name: person.name })}
                    pendingLabel={t('suspending')}
                    tone="danger"
                    reason={{ label: t('reasonLabel', { name: person.name }), required: true, id: `reason-${person.id}` }}
                  />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('none')}</EmptyState>
        )}
      </Section>
    </>
  )
}
