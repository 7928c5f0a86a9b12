// Errors of the case-study services as the authoring and review forms show them.
//
// Why not only lib/actions/result.ts `toErrorResult`: the case-study services report problem
// keys (illegalTransition, ownCaseStudy, fileType...) and field keys (yearOutOfRange,
// metricValue, chooseTopic...) that the shared "Problems" and "Validation" catalogues do not
// hold, and catalogue namespaces may not be extended from another area's file. This module
// looks a key up in the "AuthoringErrors" catalogue first, then in the shared ones, and
// delegates everything else (codes, unexpected errors with their logged reference) to
// toErrorResult.
import 'server-only'
import { getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { AppError } from '@/lib/errors'

export type FieldErrors = Record<string, string[]>

/** Field keys → translated messages (each field keeps its order, without duplicates). */
export async function translateFieldErrors(fields: Record<string, string[] | undefined>): Promise<FieldErrors> {
  const own = await getTranslations('AuthoringErrors')
  const shared = await getTranslations('Validation')
  const translate = (key: string) => {
    const ownKey = `fields.${key}` as never
    if (own.has(ownKey)) return own(ownKey)
    if (shared.has(key as never)) return shared(key as never)
    return shared('invalid')
  }
  const result: FieldErrors = {}
  for (const [field, keys] of Object.entries(fields)) {
    const messages = [...new Set((keys ?? []).map(translate))]
    if (messages.length) result[field] = messages
  }
  return result
}

/** The translated message of a problem key, or null when no catalogue knows it. */
export async function problemMessage(key: string | undefined, values?: Record<string, string>): Promise<string | null> {
  if (!key) return null
  const own = await getTranslations('AuthoringErrors')
  const ownKey = `problems.${key}` as never
  if (own.has(ownKey)) return own(ownKey, values as never)
  return null
}

/** Any error → the result a form shows: translated message and field errors. */
export async function authoringErrorResult(error: unknown): Promise<Extract<ActionResult, { status: 'error' }>> {
  const base = await toErrorResult(error)
  const generic = base.status === 'error' ? base : { status: 'error' as const, message: '' }
  if (!(error instanceof AppError)) return generic
  const message = (await problemMessage(error.key, error.values)) ?? generic.message
  const fields = error.fields ? await translateFieldErrors(error.fields) : undefined
  return { status: 'error', message, fields, retryAfterSeconds: error.retryAfterSeconds }
}
