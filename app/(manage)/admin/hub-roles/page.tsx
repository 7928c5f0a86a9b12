import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { AppointForm } from '@/components/admin/appoint-form'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { listHubTeams } from '@/lib/admin/list-hub-roles'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { removeHubRoleAction } from './actions'
import { appointHubRoleAction } from './actions'

export const metadata: Metadata = { robots: { index: false } }

export default async function HubRolesPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/admin/hub-roles')
  if (!can(user, 'hubRole.appoint')) notFound()
  const t = await getTranslations('Admin')
  const ta = await getTranslations('Auth')
  const th = await getTranslations('Hubs')
  const hubs = await listHubTeams(user)
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="appoint" title={t('appointHeading')}>
        <AppointForm
          appointAction={appointHubRoleAction}
          hubs={hubs.map((hub) => ({ value: hub.slug, label: hub.name }))}
          labels={{
            email: ta('email'),
            hub: t('hub'),
            role: t('role'),
            officer: th('roles.OFFICER'),
            manager: th('roles.MANAGER'),
            appoint: t('appoint'),
            appointing: t('appointing'),
            errorSummary: ta('errorSummary'),
          }}
        />
      </Section>
      {hubs.map((hub) => (
        <Section key={hub.slug} id={`hub-${hub.slug}`} title={hub.name}>
          {hub.roles.length ? (
            <ul className="space-y-3">
              {hub.roles.map(({ role, user: member }) => (
                <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 p-3">
                  <div>
                    <p className="font-semibold">{member.name}</p>
                    <p className="text-sm text-slate-700">
                      {th(`roles.${role}`)} · {member.email}
                    </p>
                  </div>
                  <InlineActionForm
                    action={removeHubRoleAction}
                    hidden={{ userId: member.id, hubSlug: hub.slug }}
                    label={t('remove', { name: member.name })}
                    pendingLabel={t('removing')}
                    tone="danger"
                  />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{th('noTeam')}</EmptyState>
          )}
        </Section>
      ))}
    </>
  )
}
