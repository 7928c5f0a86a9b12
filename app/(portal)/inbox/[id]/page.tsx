// One conversation, for both sides: officials of its cities and the hub's officers and managers
// (who also get assign, internal note and resolve). Anyone else gets the 404 page: the service
// answers NOT_FOUND, whether the conversation exists or not. Showing the thread marks it read.
// Files are listed under their message and downloaded from /api/message-files/:id, which checks
// access again.
// Decision: no loading.tsx above this page, so notFound() answers with a real 404 status, which
// a streamed (Suspense) response cannot give once it has started.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { Composer } from '@/components/messaging/composer'
import { EditMessageForm } from '@/components/messaging/edit-message-form'
import { LiveUpdates } from '@/components/messaging/live-updates'
import { SavedReplyForm, SavedReplyPicker } from '@/components/messaging/saved-replies'
import { SelectActionForm } from '@/components/messaging/select-action-form'
import { Badge } from '@/components/ui/badge'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { getConversation, listSavedReplies, markConversationRead } from '@/lib/messaging'
import { MAX_MESSAGE_ATTACHMENTS, MESSAGE_MAX_LENGTH } from '@/lib/validation/messaging'
import {
  assignConversationAction,
  deleteSavedReplyAction,
  editMessageAction,
  hideMessageAction,
  reopenConversationAction,
  reportMessageAction,
  resolveConversationAction,
  saveReplyAction,
  sendMessageAction,
} from '../actions'
import { getLocalePath } from '@/lib/i18n/alternates'

export const metadata: Metadata = { robots: { index: false } }

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/inbox/${id}`)}`)
  const lp = await getLocalePath()
  let thread: Awaited<ReturnType<typeof getConversation>>
  try {
    thread = await getConversation(user, { conversationId: id })
    await markConversationRead(user, { conversationId: id })
  } catch (error) {
    if (error instanceof AppError && ['NOT_FOUND', 'INVALID', 'FORBIDDEN'].includes(error.code)) notFound()
    throw error
  }
  const [t, format] = await Promise.all([getTranslations('Messaging'), getFormatter()])
  const { conversation, messages, viewer, staff } = thread
  const time = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' })
  const last = messages.at(-1)?.createdAt ?? conversation.createdAt.toISOString()
  const working = t('working')
  const savedReplies = viewer.canManage ? await listSavedReplies(user, { conversationId: conversation.id }) : []

  return (
    <>
      <PageHeader title={conversation.subject}>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <Badge tone={conversation.status === 'OPEN' ? 'brand' : 'neutral'}>{t(`status.${conversation.status}`)}</Badge>
          {conversation.kind === 'INTRODUCTION' ? <Badge tone="amber">{t('introduction')}</Badge> : null}
          <span>{t('withCities', { cities: conversation.cities.map((c) => c.city.name).join(', '), hub: conversation.hub.name })}</span>
          {viewer.isStaff ? (
            <span>· {conversation.assignedTo ? t('assignedTo', { name: conversation.assignedTo.name }) : t('unassigned')}</span>
          ) : null}
        </p>
        {conversation.relatedCaseStudy?.status === 'PUBLISHED' ? (
          <p className="text-slate-700">
            {t('aboutCaseStudy')}{' '}
            <Link href={lp(`/case-studies/${conversation.relatedCaseStudy.slug}`)} lang={conversation.relatedCaseStudy.language}>
              {conversation.relatedCaseStudy.title}
            </Link>
          </p>
        ) : null}
        <p className="flex flex-wrap gap-4">
          <Link href="/inbox">{t('backToInbox')}</Link>
          {viewer.isStaff ? <Link href="/hub-inbox">{t('backToHubInbox')}</Link> : null}
        </p>
      </PageHeader>

      <section aria-labelledby="thread-heading">
        <h2 id="thread-heading" className="sr-only">{t('threadHeading')}</h2>
        <ol className="space-y-4">
          {messages.map((message) => (
            <li
              key={message.id}
              className={`rounded border p-4 ${message.isInternalNote ? 'border-amber-400 bg-amber-50' : message.isOwn ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white'}`}
            >
              <article aria-label={t('messageBy', { name: message.authorName ?? t('formerMember') })}>
                <header className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <span className="font-semibold text-slate-900">{message.authorName ?? t('formerMember')}</span>
                  <time dateTime={message.createdAt}>{time(message.createdAt)}</time>
                  {message.editedAt ? <span>({t('edited')})</span> : null}
                  {message.isInternalNote ? <Badge tone="amber">{t('internalNote')}</Badge> : null}
                </header>
                {message.hidden ? (
                  <p className="italic text-slate-700">{t('hiddenMessage')}</p>
                ) : (
                  <div className="break-words text-slate-900 [&_blockquote]:border-s-4 [&_blockquote]:border-slate-300 [&_blockquote]:ps-3 [&_code]:font-mono [&_ol]:list-decimal [&_ol]:ps-6 [&_p+p]:mt-2 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:ps-6" dangerouslySetInnerHTML={{ __html: message.html ?? '' }} />
                )}
                {message.attachments.length ? (
                  <ul aria-label={t('attachmentsOf', { name: message.authorName ?? t('formerMember') })} className="mt-3 space-y-1">
                    {message.attachments.map((file) => (
                      <li key={file.id}>
                        <a href={`/api/message-files/${file.id}`} download={file.fileName} className="break-all font-medium">
                          {file.fileName}
                        </a>{' '}
                        <span className="text-sm text-slate-700">
                          ({t(`fileKind.${file.kind}`)}, {format.number(file.byteSize / 1024, { maximumFractionDigits: 0 })} KB)
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <div className="mt-2 flex flex-wrap items-start gap-4">
                  {message.canEdit && message.source !== null ? (
                    <EditMessageForm
                      action={editMessageAction}
                      messageId={message.id}
                      source={message.source}
                      maxLength={MESSAGE_MAX_LENGTH}
                      labels={{ toggle: t('edit'), body: t('editLabel'), submit: t('saveEdit'), submitting: working }}
                    />
                  ) : null}
                  {viewer.canReport && !message.isOwn && !message.hidden ? (
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-brand-800">{t('report')}</summary>
                      <div className="mt-2">
                        <InlineActionForm
                          action={reportMessageAction}
                          hidden={{ messageId: message.id, conversationId: conversation.id }}
                          label={t('sendReport')}
                          pendingLabel={working}
                          reason={{ label: t('reportReason'), required: true, id: `report-${message.id}` }}
                        />
                      </div>
                    </details>
                  ) : null}
                  {viewer.canHide && !message.hidden ? (
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-red-800">{t('hide')}</summary>
                      <div className="mt-2">
                        <InlineActionForm
                          action={hideMessageAction}
                          hidden={{ messageId: message.id }}
                          label={t('hideConfirm')}
                          pendingLabel={working}
                          tone="danger"
                          reason={{ label: t('hideReason'), required: true, id: `hide-${message.id}` }}
                        />
                      </div>
                    </details>
                  ) : null}
                </div>
              </article>
            </li>
          ))}
        </ol>
        <LiveUpdates conversationId={conversation.id} after={last} newMessagesLabel={t('newMessages')} />
      </section>

      {viewer.canReply ? (
        <Section id="reply-heading" title={t('replyHeading')}>
          {viewer.canManage ? (
            <div className="mb-4">
              <SavedReplyPicker
                replies={savedReplies}
                targetId="reply-body"
                labels={{
                  choose: t('savedReplies.choose'),
                  none: t('savedReplies.none'),
                  insert: t('savedReplies.insert'),
                  inserted: t('savedReplies.inserted', { title: '{title}' }),
                }}
              />
            </div>
          ) : null}
          <Composer
            action={sendMessageAction}
            hidden={{ conversationId: conversation.id }}
            idPrefix="reply"
            maxLength={MESSAGE_MAX_LENGTH}
            labels={{ body: t('yourReply'), hint: t('markdownHint'), submit: t('sendReply'), submitting: t('sending') }}
            files={{ label: t('files'), hint: t('filesHint', { max: MAX_MESSAGE_ATTACHMENTS }), tooLarge: t('filesTooLarge') }}
          />
        </Section>
      ) : null}

      {viewer.canManage ? (
        <Section id="manage-heading" title={t('manageHeading')}>
          <div className="space-y-8">
            <SelectActionForm
              action={assignConversationAction}
              hidden={{ conversationId: conversation.id }}
              name="assigneeId"
              id="assignee"
              label={t('assignTo')}
              options={staff.map((person) => ({
                value: person.id,
                label: person.id === viewer.id ? t('me', { name: person.name }) : person.name,
              }))}
              defaultValue={conversation.assignedTo?.id ?? viewer.id}
              submit={t('assign')}
              submitting={working}
            />
            {conversation.status === 'OPEN' ? (
              <InlineActionForm action={resolveConversationAction} hidden={{ conversationId: conversation.id }} label={t('resolve')} pendingLabel={working} />
            ) : (
              <div className="space-y-2">
                <p className="text-slate-700">{t('resolvedNote')}</p>
                <InlineActionForm action={reopenConversationAction} hidden={{ conversationId: conversation.id }} label={t('reopen')} pendingLabel={working} />
              </div>
            )}
            <section aria-labelledby="saved-replies-heading" className="space-y-4">
              <h3 id="saved-replies-heading" className="text-lg font-semibold">{t('savedReplies.heading')}</h3>
              <p className="text-slate-700">{t('savedReplies.intro')}</p>
              {savedReplies.length ? (
                <ul aria-label={t('savedReplies.listHeading')} className="space-y-3">
                  {savedReplies.map((reply) => (
                    <li key={reply.id} className="space-y-2 rounded border border-slate-200 p-3">
                      <p className="font-medium">{reply.title}</p>
                      <p className="whitespace-pre-wrap text-sm text-slate-700">{reply.body}</p>
                      <InlineActionForm
                        action={deleteSavedReplyAction}
                        hidden={{ savedReplyId: reply.id, conversationId: conversation.id }}
                        label={t('savedReplies.remove', { title: reply.title })}
                        pendingLabel={working}
                        tone="danger"
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
              <h4 className="font-semibold">{t('savedReplies.saveHeading')}</h4>
              <SavedReplyForm
                action={saveReplyAction}
                conversationId={conversation.id}
                labels={{
                  title: t('savedReplies.title'),
                  body: t('savedReplies.body'),
                  bodyHint: t('markdownHint'),
                  submit: t('savedReplies.save'),
                  submitting: working,
                }}
              />
            </section>
            <div>
              <h3 className="mb-2 text-lg font-semibold">{t('internalNoteHeading')}</h3>
              <Composer
                action={sendMessageAction}
                hidden={{ conversationId: conversation.id, internal: 'true' }}
                idPrefix="note"
                maxLength={MESSAGE_MAX_LENGTH}
                labels={{ body: t('noteLabel'), hint: t('noteHint'), submit: t('addNote'), submitting: t('sending') }}
                files={{ label: t('files'), hint: t('filesHint', { max: MAX_MESSAGE_ATTACHMENTS }), tooLarge: t('filesTooLarge') }}
              />
            </div>
          </div>
        </Section>
      ) : null}
    </>
  )
}
