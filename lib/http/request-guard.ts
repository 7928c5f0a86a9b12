// Requests refused at the front server (scripts/serve.ts) before Next sees them, with the status
// they deserve instead of a 500 from deep inside the framework.
//
// Decisions:
// - Methods: only those the app answers (GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS); TRACE,
//   CONNECT and anything unknown get 405 with Allow.
// - Origin: a browser sends it on every cross-site POST. Any state-changing request whose Origin
//   is `null`, not a URL, or another site than this Host is 403 (Next would throw on a server
//   action and answer 500). A request without Origin (scripts, API clients) is left to the
//   other checks: CSRF tokens, JSON-only routes, Next's own action check.
// - Bodies of server actions and form posts (every non-/api POST) are capped by Content-Length
//   (413) at what the forms of that page need: FORM_BODY_LIMIT_BYTES (2 MB: the largest text a
//   form takes is the 1 MB CSV import) everywhere, ACTION_BODY_LIMIT_BYTES (10 MB, Next's own
//   serverActions.bodySizeLimit) only on the message pages, whose forms carry their files in the
//   action. Case-study files go through their upload route. One sent without a length (chunked)
//   is 411, since browsers always send it. /api routes stream and cap their own bodies.
// - Each refusal is logged once, as one structured line (and in the refusal log, see
//   lib/security/refusals.ts, by the caller).
import type { IncomingHttpHeaders } from 'node:http'

/** The largest server-action body, as next.config.js's serverActions.bodySizeLimit. */
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024

/** The largest body of a form without files: every page but the message pages. */
export const FORM_BODY_LIMIT_BYTES = 2 * 1024 * 1024

/** Pages whose forms send files in the action: new conversations, threads, outreach. */
const FILE_FORM_PATHS = /^\/(?:[a-z]{2}\/)?(?:inbox|hub-inbox)(?:\/|$)/

/** The largest form body a POST to `path` may carry. */
export function formBodyLimit(path: string): number {
  return FILE_FORM_PATHS.test(path) ? ACTION_BODY_LIMIT_BYTES : FORM_BODY_LIMIT_BYTES
}

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestRefusal = {
  status: 403 | 405 | 411 | 413
  code: 'METHOD_NOT_ALLOWED' | 'BAD_ORIGIN' | 'LENGTH_REQUIRED' | 'PAYLOAD_TOO_LARGE'
  message: string
  headers?: Record<string, string>
}

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Whether Origin names the site at Host: false for `null`, malformed and foreign origins. */
export function originMatchesHost(origin: string, host: string | undefined): boolean {
  if (!host) return false
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin.toLowerCase() && url.host === host.toLowerCase()
  } catch {
    return false
  }
}

/** Why the request must not reach the app, or null. */
export function refuseRequest(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): RequestRefusal | null {
  const method = (request.method ?? 'GET').toUpperCase()
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, code: 'METHOD_NOT_ALLOWED', message: 'This method is not allowed.', headers: { allow: ALLOWED_METHODS.join(', ') } }
  }
  if (SAFE_METHODS.has(method)) return null
  const origin = header(request.headers, 'origin')
  if (origin !== undefined && !originMatchesHost(origin, header(request.headers, 'host'))) {
    return { status: 403, code: 'BAD_ORIGIN', message: 'This request came from another site and was refused.' }
  }
  const path = (request.url ?? '/').split('?')[0]!
  if (method === 'POST' && !path.startsWith('/api/')) {
    const length = header(request.headers, 'content-length')
    if (length === undefined) {
      if (header(request.headers, 'transfer-encoding') !== undefined) return { status: 411, code: 'LENGTH_REQUIRED', message: 'A form must say how long it is.' }
    } else if (!/^\d+$/.test(length) || Number(length) > formBodyLimit(path)) {
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'This form is too large to be sent.' }
    }
  }
  return null
}
