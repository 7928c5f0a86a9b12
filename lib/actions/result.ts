// The shape every server action returns to its form, and the translation of errors into it.
// Only AppError reaches the user (translated by code or key); anything else is logged with a
// reference and shown as a generic message.
import 'server-only'
import { randomUUID } from 'node:crypto'
import { getTranslations } from 'next-intl/server'
import { AppError } from '@/lib/errors'

export type ActionResult =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fields?: Record<string, string[]>; retryAfterSeconds?: number }

export const idle: ActionResult = { status: 'idle' }

export async function ok(message: string): Promise<ActionResult> {
  return { status: 'ok', message }
}

export async function toErrorResult(error: unknown): Promise<ActionResult> {
  const problems = await getTranslations('Problems')
  if (error instanceof AppError) {
    const validation = await getTranslations('Validation')
    const fields = error.fields
      ? Object.fromEntries(
          Object.entries(error.fields).map(([field, keys]) => [
            field,
            (keys ?? []).map((key) => (validation.has(key as never) ? validation(key as never) : validation('invalid'))),
          ]),
        )
      : undefined
    const message =
      error.key && problems.has(error.key as never)
        ? problems(error.key as never, error.values as never)
        : problems(error.code)
    return { status: 'error', message, fields, retryAfterSeconds: error.retryAfterSeconds }
  }
  const reference = randomUUID().slice(0, 8)
  console.error(`action failed [${reference}]`, error)
  return { status: 'error', message: `${problems('UNKNOWN')} (${reference})` }
}
