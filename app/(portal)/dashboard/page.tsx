import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { CityTeamRequestForm } from '@/components/dashboard/city-team-request-form'
import { HubStaffPanel } from '@/components/dashboard/hub-staff-panel'
import { JoinForm } from '@/components/dashboard/join-form'
import { SessionList } from '@/components/dashboard/session-list'
import { SignOutEverywhereButton } from '@/components/dashboard/sign-out-everywhere'
import { DecisionButtons } from '@/components/forms/decision-buttons'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { can } from '@/lib/auth/permissions'
import { deviceLabel } from '@/lib/auth/device-label'
import { getCurrentSessionId, getCurrentUser } from '@/lib/auth/session'
import { listUserSessions } from '@/lib/auth/user-sessions'
import { listCityTeam, listRecentNotifications } from '@/lib/city-team/list-city-team'
import { countryName } from '@/lib/i18n/format'
import { getDashboard } from '@/lib/membership'
import { listHubStaffOverview } from '@/lib/moderation'
import { listCities } from '@/lib/network/cities'
import { listCoalitions } from '@/lib/network/coalitions'
import { listHubs } from '@/lib/network/hubs'
import { notificationText } from '@/lib/notifications/notification-text'
import { endSessionAction } from '@/app/(auth)/actions'
import {
  addFocalPointAction,
  decideCityTeamAction,
  decideJoinRequestAction,
  leaveMembershipAction,
  removeOfficialAction,
  withdrawJoinRequestAction,
} from './actions'
import { getLocalePath } from '@/lib/i18n/alternates'

export const metadata: Metadata = { robots: { index: false } }

export default async function DashboardPage() {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in?callbackUrl=/dashboard')
  const t = await getTranslations('Dashboard')
  const lp = await getLocalePath()
  // Every catalogue: a notification's words may live in any area (lib/notifications/notification-text.ts).
  const all = await getTranslations()
  const ta = await getTranslations('Auth')
  const format = await getFormatter()
  const locale = await getLocale()
  if (user.status !== 'ACTIVE') {
    return <PageHeader title={t('title')} intro={t('suspended')} />
  }
  const dashboard = await getDashboard(user)
  const city = dashboard.city
  const isFocalPoint = !!user.city && can(user, 'hubJoinRequest.create', { cityId: user.city.id })
  // Hub officers and managers get their hubs' work first; they need no city team to do it.
  const isHubStaff = user.hubRoles.length > 0
  const [team, notifications, hubs, coalitions, cities, sessions, hubWork] = await Promise.all([
    user.city ? listCityTeam(user, user.city.id) : Promise.resolve(null),
    listRecentNotifications(user),
    isFocalPoint ? listHubs() : Promise.resolve([]),
    isFocalPoint ? listCoalitions() : Promise.resolve([]),
    user.city || isHubStaff ? Promise.resolve([]) : listCities(),
    getCurrentSessionId().then((sid) => listUserSessions(user, sid)),
    isHubStaff ? listHubStaffOverview(user) : Promise.resolve([]),
  ])
  const when = (value: Date) => format.dateTime(value, { dateStyle: 'medium', timeStyle: 'short' })
  const deviceName = (userAgent: string | null) => {
    const device = deviceLabel(userAgent)
    return device ? ta('sessionDevice', device) : ta('sessionUnknownDevice')
  }
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' })
  const memberHubs = new Set(city?.hubs.map((hub) => hub.slug))
  const memberCoalitions = new Set(city?.coalitions.map((coalition) => coalition.slug))
  const pendingTargets = new Set(city?.pendingJoinRequests.map((request) => `${request.target}:${request.targetSlug}`))
  const joinOptions = [
    ...hubs
      .filter((hub) => !memberHubs.has(hub.slug) && !pendingTargets.has(`HUB:${hub.slug}`))
      .map((hub) => ({ value: `hub:${hub.slug}`, label: hub.name })),
    ...coalitions
      .filter((coalition) => !memberCoalitions.has(coalition.slug) && !pendingTargets.has(`COALITION:${coalition.slug}`))
      .map((coalition) => ({ value: `coalition:${coalition.slug}`, label: coalition.name })),
  ]
  const awaiting = dashboard.awaitingDecision
  const decisionLabels = { approve: t('approve'), decline: t('decline'), reason: t('reason'), working: t('working') }

  return (
    <>
      <PageHeader title={t('title')} intro={t('welcome', { name: user.name })} />
      {user.staffRightsWithheld ? (
        <p role="alert" className="mb-6 rounded border border-amber-600 bg-amber-50 p-3 text-amber-900">
          {(await getTranslations('TwoStep'))('requiredForStaff')} <Link href="/account/two-step">{t('twoStepLink')}</Link>
        </p>
      ) : null}

      {hubWork.length ? (
        <Section id="hub-work" title={t('hubStaff.heading')}>
          <p className="mb-4 text-slate-700">{t('hubStaff.intro')}</p>
          <HubStaffPanel hubs={hubWork} />
        </Section>
      ) : null}

      {city || !isHubStaff ? (
      <Section id="city" title={t('cityHeading')}>
        {city ? (
          <div className="space-y-4">
            <p className="flex flex-wrap items-center gap-2 text-lg">
              <Link href={lp(`/cities/${city.slug}`)} className="font-semibold">{city.name}</Link>
              <Badge tone="brand">{t(`cityRole.${city.role}`)}</Badge>
              {city.status === 'PENDING' ? <Badge tone="amber">{t('awaitingApproval')}</Badge> : null}
            </p>
            {city.status === 'PENDING' ? <p className="text-slate-700">{t('pendingExplanation')}</p> : null}
            <h3 className="text-lg font-semibold">{t('membershipsHeading')}</h3>
            {city.hubs.length + city.coalitions.length ? (
              <ul className="space-y-3">
                {[
                  ...city.hubs.map((hub) => ({ key: `hub:${hub.slug}`, href: lp(`/hubs/${hub.slug}`), name: hub.name })),
                  ...city.coalitions.map((c) => ({ key: `coalition:${c.slug}`, href: lp(`/coalitions/${c.slug}`), name: c.name })),
                ].map((membership) => (
                  <li key={membership.key} className="flex flex-wrap items-end justify-between gap-3 rounded border border-slate-200 p-3">
                    <Link href={membership.href} className="font-medium">{membership.name}</Link>
                    {isFocalPoint ? (
                      <InlineActionForm
                        action={leaveMembershipAction}
                        hidden={{ target: membership.key }}
                        label={t('leave', { target: membership.name })}
                        pendingLabel={t('working')}
                        tone="danger"
                        reason={{ label: t('reasonOptional'), id: `leave-${membership.key.replace(':', '-')}` }}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('noMemberships')}</EmptyState>
            )}
            {city.pendingJoinRequests.length ? (
              <>
                <h3 className="text-lg font-semibold">{t('pendingRequestsHeading')}</h3>
                <ul className="space-y-3">
                  {city.pendingJoinRequests.map((request) => (
                    <li key={request.id} className="flex flex-wrap items-end justify-between gap-3 rounded border border-slate-200 p-3">
                      <div>
                        <p className="font-medium">{request.targetName}</p>
                        <p className="text-sm text-slate-700">{t('requestedOn', { date: date(request.createdAt) })}</p>
                      </div>
                      {isFocalPoint ? (
                        <InlineActionForm
                          action={withdrawJoinRequestAction}
                          hidden={{ requestId: request.id }}
                          label={t('withdraw', { target: request.targetName })}
                          pendingLabel={t('working')}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-slate-700">{t('noCity')}</p>
            <CityTeamRequestForm
              cities={cities.map((c) => ({ value: c.slug, label: `${c.name} (${countryName(c.countryCode, locale)})` }))}
              labels={{ city: ta('city'), chooseCity: ta('chooseCity'), submit: t('askToJoinTeam'), submitting: t('working'), errorSummary: ta('errorSummary') }}
            />
          </div>
        )}
      </Section>
      ) : null}

      {isFocalPoint && joinOptions.length ? (
        <Section id="join" title={t('joinHeading')}>
          <JoinForm
            options={joinOptions}
            labels={{
              target: t('joinTarget'),
              chooseTarget: t('chooseTarget'),
              motivation: t('motivation'),
              motivationHint: t('motivationHint'),
              submit: t('sendRequest'),
              submitting: t('working'),
              errorSummary: ta('errorSummary'),
            }}
          />
        </Section>
      ) : null}

      {team && user.city ? (
        <Section id="team" title={t('teamHeading')}>
          <ul className="space-y-3">
            {team.map((member) => (
              <li key={member.id} className="flex flex-wrap items-end justify-between gap-3 rounded border border-slate-200 p-3">
                <div>
                  <p className="font-medium">{member.user.name}</p>
                  <p className="text-sm text-slate-700">
                    {t(`cityRole.${member.role}`)}
                    {member.user.jobTitle ? ` · ${member.user.jobTitle}` : ''}
                  </p>
                </div>
                {member.userId !== user.id ? (
                  <div className="flex flex-wrap gap-3">
                    {member.role === 'OFFICIAL' ? (
                      <InlineActionForm
                        action={addFocalPointAction}
                        hidden={{ membershipId: member.id }}
                        label={t('makeFocalPoint', { name: member.user.name })}
                        pendingLabel={t('working')}
                      />
                    ) : null}
                    <InlineActionForm
                      action={removeOfficialAction}
                      hidden={{ membershipId: member.id }}
                      label={t('removeOfficial', { name: member.user.name })}
                      pendingLabel={t('working')}
                      tone="danger"
                      reason={{ label: t('reason'), required: true, id: `remove-${member.id}` }}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {awaiting.joinRequests.length || awaiting.cityTeamRequests.length ? (
        <Section id="awaiting" title={t('awaitingHeading')}>
          <ul className="space-y-4">
            {awaiting.joinRequests.map((request) => (
              <li key={request.id} className="space-y-3 rounded border border-slate-300 p-4">
                <p className="font-semibold">
                  {t('joinRequestSummary', { city: request.cityName, target: request.targetName })}
                </p>
                <p className="text-sm text-slate-700">
                  {t('requestedBy', { name: request.requesterName ?? '—', date: date(request.createdAt) })}
                </p>
                <blockquote className="border-s-4 border-slate-300 ps-3 text-slate-800">{request.motivation}</blockquote>
                <DecisionButtons action={decideJoinRequestAction} target={{ requestId: request.id }} idPrefix={`join-${request.id}`} labels={decisionLabels} />
              </li>
            ))}
            {awaiting.cityTeamRequests.map((request) => (
              <li key={request.id} className="space-y-3 rounded border border-slate-300 p-4">
                <p className="font-semibold">{t('teamRequestSummary', { name: request.requesterName, city: request.cityName })}</p>
                <p className="text-sm text-slate-700">{t('requestedOn', { date: date(request.createdAt) })}</p>
                <DecisionButtons action={decideCityTeamAction} target={{ membershipId: request.id }} idPrefix={`team-${request.id}`} labels={decisionLabels} />
              </li>
            ))}
          </ul>
        </Section>
      ) : isHubStaff ? null : (
        <Section id="awaiting" title={t('awaitingHeading')}>
          <EmptyState>{t('nothingAwaiting')}</EmptyState>
        </Section>
      )}

      <Section id="notifications" title={t('notificationsHeading')}>
        {notifications.length ? (
          <ul className="space-y-2">
            {notifications.map((notification) => (
              <li key={notification.id} className="rounded border border-slate-200 p-3">
                <p>{notificationText(all as never, notification.type, notification.data)}</p>
                <p className="text-sm text-slate-600">{date(notification.createdAt)}</p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noNotifications')}</EmptyState>
        )}
      </Section>

      <Section id="account" title={t('accountHeading')}>
        <SessionList
          sessions={sessions.map((session) => ({
            id: session.id,
            device: deviceName(session.userAgent),
            created: when(session.createdAt),
            lastSeen: when(session.lastSeenAt),
            isCurrent: session.isCurrent,
          }))}
          action={endSessionAction}
          labels={{
            heading: ta('sessionsHeading'),
            thisDevice: ta('sessionThisDevice'),
            signOut: (device) => ta('sessionSignOut', { device }),
            created: ta('sessionCreated'),
            lastSeen: ta('sessionLastSeen'),
            pending: t('working'),
          }}
        />
        <p className="mb-3 text-slate-700">
          <Link href="/account/two-step">{t('twoStepLink')}</Link>: {t('twoStepHint')}
        </p>
        <p className="mb-3 text-slate-700">{ta('signOutEverywhereHint')}</p>
        <SignOutEverywhereButton label={ta('signOutEverywhere')} pendingLabel={t('working')} />
      </Section>
    </>
  )
}
