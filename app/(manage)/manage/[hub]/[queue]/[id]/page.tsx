// /manage/[hub]/[queue]/[id] — one console item in full: an official's request to join a city
// team, a join request, or a reported message. Undecided, it offers its decisions (each with a
// reason); decided, it says who decided it and when. 404 for an item outside this hub's queues:
// the item is read before anything is sent (one row), so the 404 is a real 404 status.
import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { DecisionButtons } from '@/components/forms/decision-buttons'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { getQueueItem, type QueueItemDetail } from '@/lib/moderation'
import { decideJoinRequestAction, decideVerificationAction, handleReportAction, liftSuspensionAction, suspendMessagingAction } from '../../../actions'
import { orNotFound, requireConsoleUser } from '../../../_components/load'
import { Waiting } from '../../../_components/waiting'
import { getLocalePath } from '@/lib/i18n/alternates'

type Props = { params: Promise<{ hub: string; queue: string; id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Console')
  return { title: t('title'), robots: { index: false } }
}

async function DecidedNote({ decided }: { decided: NonNullable<QueueItemDetail['decided']> }) {
  const [t, format] = await Promise.all([getTranslations('Console'), getFormatter()])
  return (
    <div role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
      <p>
        {t('decided', {
          outcome: t.has(`outcomeDone.${decided.outcome}` as never) ? t(`outcomeDone.${decided.outcome}` as never) : t('outcomeDone.other'),
          name: decided.by ?? t('formerUser'),
          at: decided.at ? format.dateTime(decided.at, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
        })}
      </p>
      {decided.reason ? <p>{t('decidedReason', { reason: decided.reason })}</p> : null}
    </div>
  )
}

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd className="break-words text-slate-800">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

export default async function ConsoleItemPage({ params }: Props) {
  const { hub: hubSlug, queue, id } = await params
  const user = await requireConsoleUser(`/manage/${hubSlug}/${queue}/${id}`)
  const t = await getTranslations('Console')
  const lp = await getLocalePath()
  const item = await orNotFound(() => getQueueItem(user, { hubSlug, queue, id }))
  // Beside the "Received" label the time alone ("17 minutes ago"), not "received 17 minutes ago".
  const sinceOnly = (ago: string) => ago
  const decisionLabels = { approve: t('approve'), decline: t('decline'), reason: t('reasonRequired'), working: t('working') }
  const back = (
    <p>
      <Link href={`/manage/${item.hub.slug}#${item.queue}`}>{t('backToHub', { hub: item.hub.name })}</Link>
    </p>
  )

  if (item.queue === 'verifications') {
    return (
      <>
        <PageHeader title={t('verification.title', { name: item.userName, city: item.cityName })}>{back}</PageHeader>
        <Section id="context" title={t('contextHeading')}>
          <Facts
            rows={[
              [t('verification.person'), item.userJobTitle ? `${item.userName} (${item.userJobTitle})` : item.userName],
              [t('verification.city'), <Link key="city" href={lp(`/cities/${item.citySlug}`)}>{item.cityName}</Link>],
              [t('verification.teamSize'), t('verification.teamSizeValue', { count: item.teamSize })],
              [t('waitingLabel'), <Waiting key="w" since={item.waitingSince} label={sinceOnly} />],
            ]}
          />
        </Section>
        <Section id="decision" title={t('decisionHeading')}>
          {item.decided ? (
            <DecidedNote decided={item.decided} />
          ) : (
            <DecisionButtons action={decideVerificationAction} target={{ membershipId: item.id }} idPrefix={`verification-${item.id}`} labels={decisionLabels} />
          )}
        </Section>
      </>
    )
  }

  if (item.queue === 'join-requests') {
    return (
      <>
        <PageHeader title={t('joinRequest.title', { city: item.cityName, target: item.targetName })}>{back}</PageHeader>
        <Section id="context" title={t('contextHeading')}>
          <Facts
            rows={[
              [t('joinRequest.city'), <Link key="city" href={lp(`/cities/${item.citySlug}`)}>{item.cityName}</Link>],
              [t('joinRequest.target'), item.target === 'COALITION' ? `${item.targetName} (${t('target.COALITION')})` : item.targetName],
              [t('joinRequest.cityHubs'), item.cityHubs.length ? item.cityHubs.join(', ') : t('none')],
              [t('joinRequest.requester'), item.requesterName ?? t('formerUser')],
              [t('joinRequest.motivation'), <span key="m" className="whitespace-pre-line">{item.motivation}</span>],
              [t('waitingLabel'), <Waiting key="w" since={item.waitingSince} label={sinceOnly} />],
            ]}
          />
        </Section>
        <Section id="decision" title={t('decisionHeading')}>
          {item.decided ? (
            <DecidedNote decided={item.decided} />
          ) : (
            <DecisionButtons action={decideJoinRequestAction} target={{ requestId: item.id }} idPrefix={`join-${item.id}`} labels={decisionLabels} />
          )}
        </Section>
      </>
    )
  }

  const authorName = item.message.authorName ?? t('formerUser')
  return (
    <>
      <PageHeader title={t('report.title', { subject: item.conversation.subject })}>{back}</PageHeader>
      <Section id="context" title={t('contextHeading')}>
        <figure className="mb-4 space-y-2">
          <blockquote className="whitespace-pre-line break-words border-s-4 border-slate-300 ps-3 text-slate-900">{item.message.body}</blockquote>
          <figcaption className="text-sm text-slate-700">
            {authorName} · <Waiting since={item.message.sentAt} label={(ago) => t('report.sent', { ago })} />
          </figcaption>
        </figure>
        <Facts
          rows={[
            [t('report.reporter'), item.reporterName],
            [t('report.reason'), <span key="r" className="whitespace-pre-line">{item.reason}</span>],
            [t('report.otherReports'), String(item.otherOpenReports)],
            [t('report.conversation'), <Link key="c" href={`/inbox/${item.conversation.id}`}>{item.conversation.subject}</Link>],
            [t('waitingLabel'), <Waiting key="w" since={item.waitingSince} label={sinceOnly} />],
          ]}
        />
      </Section>
      <Section id="decision" title={t('decisionHeading')}>
        {item.decided ? (
          <DecidedNote decided={item.decided} />
        ) : (
          <div className="space-y-4">
            <InlineActionForm
              action={handleReportAction}
              hidden={{ reportId: item.id, decision: 'HIDE' }}
              label={t('report.hide')}
              pendingLabel={t('working')}
              tone="danger"
              reason={{ label: t('report.hideReason'), required: true, id: `hide-${item.id}` }}
            />
            <InlineActionForm
              action={handleReportAction}
              hidden={{ reportId: item.id, decision: 'DISMISS' }}
              label={t('report.dismiss')}
              pendingLabel={t('working')}
              reason={{ label: t('report.dismissReason'), required: true, id: `dismiss-${item.id}` }}
            />
          </div>
        )}
      </Section>
      <Section id="author-messaging" title={t('suspension.heading', { name: authorName })}>
        {item.suspension ? (
          <div className="space-y-3">
            <p>
              {t('suspension.byline', { by: item.suspension.byName ?? t('formerUser'), reason: item.suspension.reason })} ·{' '}
              <Waiting since={item.suspension.since} label={(ago) => t('suspension.since', { ago })} />
            </p>
            {item.suspension.hubId === item.hub.id || user.isNetworkAdmin ? (
              <InlineActionForm
                action={liftSuspensionAction}
                hidden={{ suspensionId: item.suspension.id }}
                label={t('suspension.lift', { name: authorName })}
                pendingLabel={t('working')}
                reason={{ label: t('reasonRequired'), required: true, id: `lift-${item.suspension.id}` }}
              />
            ) : (
              <p className="text-slate-700">{t('suspension.otherHub')}</p>
            )}
          </div>
        ) : item.message.authorId && item.message.authorId !== user.id ? (
          <div className="space-y-2">
            <p className="max-w-3xl text-slate-700">{t('suspension.explain')}</p>
            <InlineActionForm
              action={suspendMessagingAction}
              hidden={{ reportId: item.id }}
              label={t('suspension.suspend', { name: authorName })}
              pendingLabel={t('working')}
              tone="danger"
              reason={{ label: t('suspension.reason'), required: true, id: `suspend-${item.id}` }}
            />
          </div>
        ) : (
          <p className="text-slate-700">{t('suspension.notPossible')}</p>
        )}
      </Section>
    </>
  )
}
