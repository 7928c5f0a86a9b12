'use server'
// Notification centre actions: the user's own notifications and e-mail preference only.
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import { messagingErrorResult } from '@/lib/messaging/action-result'
import { markAllNotificationsRead } from '@/lib/notifications/mark-all-notifications-read'
import { markNotificationRead } from '@/lib/notifications/mark-notification-read'
import { updateEmailPreference } from '@/lib/notifications/update-email-preference'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

async function run(work: () => Promise<unknown>, done: 'markedRead' | 'allRead' | 'preferenceSaved'): Promise<ActionResult> {
  try {
    await work()
    revalidatePath('/notifications')
    return { status: 'ok', message: (await getTranslations('Notifications'))(`done.${done}`) }
  } catch (error) {
    return messagingErrorResult(error)
  }
}

export async function markNotificationReadAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => markNotificationRead(await getCurrentUser(), { notificationId: field(form, 'notificationId') }), 'markedRead')
}

export async function markAllNotificationsReadAction(_: ActionResult, _form: FormData): Promise<ActionResult> {
  return run(async () => markAllNotificationsRead(await getCurrentUser()), 'allRead')
}

export async function updateEmailPreferenceAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => updateEmailPreference(await getCurrentUser(), { emailPreference: field(form, 'emailPreference') }), 'preferenceSaved')
}
