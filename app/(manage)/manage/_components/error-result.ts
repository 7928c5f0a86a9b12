// Errors of the console services, translated for forms: the console's own problem keys (who took
// a decision first, and when) and field messages live in the "Console" catalogue area; anything
// else goes through the shared translation (lib/actions/result.ts).
import 'server-only'
import { getFormatter, getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { AppError } from '@/lib/errors'

/** The sentence for a console problem key, with its date formatted for the reader; null if not the console's. */
export async function consoleProblem(key: string | undefined, values: Record<string, string> | undefined): Promise<string | null> {
  const t = await getTranslations('Console')
  if (!key || !t.has(`problems.${key}` as never)) return null
  const format = await getFormatter()
  const at = values?.at ? format.dateTime(new Date(values.at), { dateStyle: 'medium', timeStyle: 'short' }) : ''
  const outcomeKey = `outcomeAlready.${values?.outcome ?? 'other'}`
  const outcome = t.has(outcomeKey as never) ? t(outcomeKey as never) : t('outcomeAlready.other')
  return t(`problems.${key}` as never, { ...values, at, outcome } as never)
}

export async function consoleErrorResult(error: unknown): Promise<ActionResult> {
  const base = await toErrorResult(error)
  if (!(error instanceof AppError) || base.status !== 'error') return base
  const t = await getTranslations('Console')
  const message = (await consoleProblem(error.key, error.values)) ?? base.message
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
