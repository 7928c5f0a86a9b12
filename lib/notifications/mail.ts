// E-mails about notifications, in the recipient's language: one per event (INSTANT) or one
// daily digest (DAILY_DIGEST). Every one carries a link that turns e-mail off without signing
// in (lib/notifications/unsubscribe-token.ts). Message bodies are never copied into e-mail:
// the mail says what happened and links to the portal, where access is checked.
import 'server-only'
import { createTranslator } from 'next-intl'
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config'
import { loadMessages } from '@/lib/i18n/messages'
import { localeUrl } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'
import { notificationHref, notificationText } from './notification-text'
import { signUserToken } from './unsubscribe-token'

export type MailRecipient = { id: string; email: string; name: string; locale: string }
export type NotificationLike = { type: string; data: unknown; createdAt?: Date }

/** The unsubscribe page in the recipient's language. */
export function unsubscribeUrl(userId: string, locale: Locale): string {
  return localeUrl(siteUrl(), locale, `/unsubscribe?token=${encodeURIComponent(signUserToken(userId, 'email.unsubscribe'))}`)
}

const recipientLocale = (locale: string): Locale => (isLocale(locale) ? locale : defaultLocale)

async function translatorFor(locale: string) {
  const resolved = recipientLocale(locale)
  const messages = await loadMessages(resolved)
  return createTranslator({ locale: resolved, messages })
}

function footer(t: Awaited<ReturnType<typeof translatorFor>>, userId: string, locale: string) {
  return `${t('Mail.signature')}\n\n${t('NotificationMail.unsubscribe' as never, { url: unsubscribeUrl(userId, recipientLocale(locale)) } as never)}\n`
}

function line(t: Awaited<ReturnType<typeof translatorFor>>, notification: NotificationLike) {
  const href = notificationHref(notification.type, notification.data)
  const text = notificationText(t, notification.type, notification.data)
  return href ? `${text}\n${siteUrl()}${href}` : text
}

export async function renderNotificationMail(to: MailRecipient, notification: NotificationLike) {
  const t = await translatorFor(to.locale)
  return {
    to: to.email,
    subject: t('NotificationMail.instantSubject' as never),
    text: `${t('Mail.greeting', { name: to.name })}\n\n${line(t, notification)}\n\n${footer(t, to.id, to.locale)}`,
  }
}

export async function renderDigestMail(to: MailRecipient, notifications: NotificationLike[]) {
  const t = await translatorFor(to.locale)
  const lines = notifications.map((notification) => `- ${line(t, notification).replace(/\n/g, '\n  ')}`).join('\n')
  return {
    to: to.email,
    subject: t('NotificationMail.digestSubject' as never, { count: notifications.length } as never),
    text:
      `${t('Mail.greeting', { name: to.name })}\n\n` +
      `${t('NotificationMail.digestIntro' as never, { count: notifications.length } as never)}\n\n${lines}\n\n` +
      `${t('NotificationMail.allNotifications' as never, { url: `${siteUrl()}/notifications` } as never)}\n\n${footer(t, to.id, to.locale)}`,
  }
}
