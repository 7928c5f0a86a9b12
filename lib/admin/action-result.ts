// Turns errors of the admin services into form results: the admin catalogue's problems and field
// messages first ("AdminProblems", "AdminValidation"), then the shared ones (lib/actions/result.ts).
import { formOf } from '@/lib/actions/form'
import 'server-only'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { type ActionResult, toErrorResult } from '@/lib/actions/result'
import { AppError } from '@/lib/errors'
import { clientIp } from '@/lib/http/client-ip'
import type { RequestMeta } from './shared'

export async function toAdminErrorResult(error: unknown): Promise<ActionResult> {
  const fallback = await toErrorResult(error)
  if (!(error instanceof AppError) || fallback.status !== 'error') return fallback
  const t = await getTranslations()
  const problem = `AdminProblems.${error.key ?? ''}` as never
  const ownField = (key: string) => `AdminValidation.${key}` as never
  const message = error.key && t.has(problem) ? t(problem, error.values as never) : fallback.message
  const fields = error.fields
    ? Object.fromEntries(
        Object.entries(error.fields).map(([field, keys]) => [
          field,
          keys.map((key, index) => (t.has(ownField(key)) ? t(ownField(key)) : fallback.fields?.[field]?.[index] ?? key)),
        ]),
      )
    : undefined
  return { ...fallback, message, fields }
}

/** The client's address for the audit row. */
export async function requestMeta(): Promise<RequestMeta> {
  return { ip: clientIp(await headers()) }
}

export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of formOf(form).entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) out[key] = value
  return out
}
