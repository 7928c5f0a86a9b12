// The words of a notification, in the reader's language: the same sentence in the notification
// centre, the instant e-mail and the daily digest. Older types are worded in the "Dashboard"
// catalogue, messaging types in "Notifications", the manager console's in "Console.notification".
import type { createTranslator } from 'next-intl'

type Translator = ReturnType<typeof createTranslator>
type Values = Record<string, string | number>

export function notificationValues(data: unknown): Values {
  const values: Values = {}
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' || typeof value === 'number') values[key] = value
    }
  }
  return values
}

export function notificationText(t: Translator, type: string, data: unknown): string {
  const values = notificationValues(data)
  for (const key of [`Notifications.type.${type}`, `Dashboard.notification.${type}`, `Console.notification.${type}`]) {
    if (t.has(key as never)) {
      try {
        return t(key as never, values as never)
      } catch (error) {
        // A stored notification whose values no longer fit its message: the generic text.
        console.warn(`notification text: ${key} failed`, error instanceof Error ? error.message : error)
        break
      }
    }
  }
  return t('Notifications.type.other' as never)
}

/** Where a notification leads, as a path on this site (null: nowhere in particular). */
export function notificationHref(type: string, data: unknown): string | null {
  const values = notificationValues(data)
  if ((type.startsWith('conversation.') || type.startsWith('message.')) && typeof values.conversationId === 'string') {
    return `/inbox/${values.conversationId}`
  }
  if (type === 'introduction.requested') return '/hub-inbox'
  return null
}
