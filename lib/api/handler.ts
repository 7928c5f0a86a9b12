// The one wrapper of the public API's route handlers. An AppError becomes its HTTP status
// with `{ error: { code, message, fields? } }`; anything else is logged with a reference and
// answered with a generic 500 that carries the same reference, never internal details.
import 'server-only'
import { randomUUID } from 'node:crypto'
import { AppError, httpStatus, invalid, isDatabaseUnavailable } from '@/lib/errors'
import type { ApiError } from './schemas'

/** Public, read-only data: shared caches may keep it a minute and serve it stale while refreshing. */
export const PUBLIC_CACHE = 'public, s-maxage=60, stale-while-revalidate=300'

const baseHeaders = {
  // Open data: any site may read it from a browser.
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
}

export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, {
    status: init.status ?? 200,
    headers: { ...baseHeaders, 'Cache-Control': PUBLIC_CACHE, ...init.headers },
  })
}

export function apiErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ApiError = { error: { code: error.code, message: error.message } }
    if (error.fields) body.error.fields = error.fields
    const headers: Record<string, string> = { ...baseHeaders, 'Cache-Control': 'no-store' }
    if (error.retryAfterSeconds) headers['Retry-After'] = String(error.retryAfterSeconds)
    return Response.json(body, { status: httpStatus[error.code], headers })
  }
  if (isDatabaseUnavailable(error)) {
    // Fail fast and say when to come back: the database is restarting or unreachable.
    const body: ApiError = { error: { code: 'UNAVAILABLE', message: 'The service is briefly unavailable. Please try again in a few seconds.' } }
    return Response.json(body, { status: 503, headers: { ...baseHeaders, 'Cache-Control': 'no-store', 'Retry-After': '5' } })
  }
  const reference = randomUUID()
  console.error(`[api] unexpected error, reference ${reference}:`, error)
  const body: ApiError = {
    error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again later.', reference },
  }
  return Response.json(body, { status: 500, headers: { ...baseHeaders, 'Cache-Control': 'no-store' } })
}

/** Wraps a route handler so that every failure becomes a JSON error response. */
export function apiRoute<Context = void>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context)
    } catch (error) {
      return apiErrorResponse(error)
    }
  }
}

/** Refuses a request with field errors, in the API's shape. */
export function invalidParameters(fields: Record<string, string[]>): AppError {
  const names = Object.keys(fields)
  return invalid(`Invalid parameter${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`, fields)
}
