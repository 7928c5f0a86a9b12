'use server'
// Applies an e-mail unsubscribe link (POST after the confirm page): authorised by the signed
// token alone, so it works without signing in.
import { formOf } from '@/lib/actions/form'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { messagingErrorResult } from '@/lib/messaging/action-result'
import { unsubscribe } from '@/lib/notifications/unsubscribe'

export async function unsubscribeAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    const token = formOf(form, 'token').get('token')
    await unsubscribe({ token: typeof token === 'string' ? token : undefined })
    return { status: 'ok', message: (await getTranslations('Notifications'))('unsubscribe.done') }
  } catch (error) {
    return messagingErrorResult(error)
  }
}
