// E-mails in the recipient's language, from the same catalogues as the interface.
import { createTranslator } from 'next-intl'
import { isLocale, defaultLocale } from '@/lib/i18n/config'
import { loadMessages } from '@/lib/i18n/messages'

export type MailKind = 'passwordReset' | 'magicLink' | 'registered' | 'alreadyRegistered' | 'ssoLink' | 'verifyEmail'

export async function renderMail(locale: string, kind: MailKind, values: { name?: string; url: string }) {
  const resolved = isLocale(locale) ? locale : defaultLocale
  const messages = await loadMessages(resolved)
  const t = createTranslator({ locale: resolved, messages, namespace: 'Mail' })
  const name = values.name ?? ''
  return {
    subject: t(`${kind}.subject`),
    text: `${t('greeting', { name })}\n\n${t(`${kind}.body`, { url: values.url })}\n\n${t('signature')}\n`,
  }
}
