// Errors of the messaging and notification services, translated for forms: messaging's own
// problem keys and field messages live in the "Messaging" catalogue (lib/i18n/messages/messaging),
// anything else goes through the shared translation (lib/actions/result.ts).
import 'server-only'
import { getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { AppError } from '@/lib/errors'

export async function messagingErrorResult(error: unknown): Promise<ActionResult> {
  const base = await toErrorResult(error)
  if (!(error instanceof AppError) || base.status !== 'error') return base
  const t = await getTranslations('Messaging')
  const message = error.key && t.has(`problems.${error.key}` as never) ? t(`problems.${error.key}` as never) : base.message
  const fields = error.fields
    ? Object.fromEntries(
        Object.entries(error.fields).map(([field, keys]) => [
          field,
          keys.map((key, index) => (t.has(`fieldErrors.${key}` as never) ? t(`fieldErrors.${key}` as never) : (base.fields?.[field]?.[index] ?? key))),
        ]),
      )
    : base.fields
  return { ...base, message, fields }
}
