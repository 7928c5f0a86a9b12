// The development mailbox: where mail lands when no SMTP server is configured, so magic links
// and password resets work end to end in the demo. Only on when DEV_MAILBOX=true (decided by
// `npm start` for demo installs, see lib/mail/dev-mailbox.ts) and SMTP_URL is unset, and then
// only for a direct visitor on this machine or a signed-in network admin, and outside a demo
// install only while the database holds demo accounts alone; 404 for anyone else.
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { db } from '@/lib/db'
import { getCurrentUser } from '@/lib/auth/session'
import { isDirectLoopbackVisitor } from '@/lib/http/direct-peer'
import { countOtherAccounts, isDevMailboxEnabled, mailboxStillOpen, mayReadDevMailbox } from '@/lib/mail/dev-mailbox'
import { EmailSchema } from '@/lib/validation/auth'

export const metadata: Metadata = { robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? <a key={index} href={part}>{part}</a> : <span key={index}>{part}</span>,
  )
}

async function canReadMailbox(): Promise<boolean> {
  const enabled = isDevMailboxEnabled()
  if (!enabled) return false
  if (!(await mailboxStillOpen({ demoInstall: process.env.DEV_MAILBOX_DEMO === 'true', otherAccounts: () => countOtherAccounts(db) }))) return false
  const directLoopback = isDirectLoopbackVisitor(await headers())
  return mayReadDevMailbox({ enabled, directLoopback, actor: directLoopback ? null : await getCurrentUser() })
}

export default async function MailboxPage({ searchParams }: Props) {
  if (!(await canReadMailbox())) notFound()
  const t = await getTranslations('Mailbox')
  const format = await getFormatter()
  const to = EmailSchema.safeParse((await searchParams).to)
  const mails = await db.outboxEmail.findMany({
    where: to.success ? { toAddress: to.data } : undefined,
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, toAddress: true, subject: true, textBody: true, createdAt: true },
  })
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="mailbox-to" className="font-medium">{t('filter')}</label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to.success ? to.data : ''} className="rounded border border-slate-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">{t('show')}</button>
      </form>
      {mails.length ? (
        <ol className="space-y-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article className="rounded border border-slate-200 p-4" aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`} className="text-lg font-semibold">{mail.subject}</h2>
                <p className="text-sm text-slate-700">
                  {t('to', { address: mail.toAddress })} · {format.dateTime(mail.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </p>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-slate-900">{linkify(mail.textBody)}</pre>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t('empty')}</EmptyState>
      )}
    </>
  )
}
