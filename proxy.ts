// Security headers on every response, with a fresh CSP nonce per request (Next.js applies the
// nonce to its own scripts when the request carries the policy), except for the renders of the
// shared page cache, whose inline scripts are named by hash (lib/http/csp.ts). This file sets headers only:
// authentication and authorisation live in the server code of every page, action and route.
//
// Languages (lib/i18n/paths.ts): a public page's language is its path's first segment, handed to
// next-intl in its locale header (a visitor's own header of that name is dropped everywhere);
// `/` and the old unprefixed public addresses redirect to the visitor's language.
import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, SHARED_RENDER_HEADER, SHARED_RENDER_SECRET_ENV } from '@/lib/http/csp'
import { localeRedirect, splitLocalePath } from '@/lib/i18n/paths'

/** next-intl reads the locale of a render from this request header (its middleware's). */
const NEXT_INTL_LOCALE_HEADER = 'X-NEXT-INTL-LOCALE'

function setSecurityHeaders(headers: Headers, policy: string, production: boolean) {
  headers.set('Content-Security-Policy', policy)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()')
  headers.set('Cross-Origin-Opener-Policy', 'same-origin')
  if (production && process.env.NEXTAUTH_URL?.startsWith('https://')) {
    headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
}

export function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === 'production'
  const { pathname, search } = request.nextUrl
  const redirect = localeRedirect(pathname, search, request.headers.get('cookie'), request.headers.get('accept-language'))
  if (redirect) {
    // Next.js wants an absolute Location: this request's own origin (the redirect is private).
    const response = NextResponse.redirect(new URL(redirect.location, request.nextUrl), redirect.status)
    for (const [name, value] of Object.entries(redirect.headers)) response.headers.set(name, value)
    setSecurityHeaders(response.headers, contentSecurityPolicy({ hashes: [] }, production), production)
    return response
  }
  const requestHeaders = new Headers(request.headers)
  requestHeaders.delete(NEXT_INTL_LOCALE_HEADER)
  const urlLocale = splitLocalePath(pathname).locale
  if (urlLocale) requestHeaders.set(NEXT_INTL_LOCALE_HEADER, urlLocale)
  // A render for the shared page cache (lib/http/page-cache.ts, on loopback, marked with this
  // process's secret) gets no nonce: the cache names its inline scripts by hash instead, so
  // every visitor and any shared cache can be given the same bytes.
  const secret = process.env[SHARED_RENDER_SECRET_ENV]
  const shared = !!secret && request.headers.get(SHARED_RENDER_HEADER) === secret
  let policy: string
  if (shared) {
    policy = contentSecurityPolicy({ hashes: [] }, production)
    requestHeaders.delete('Content-Security-Policy')
  } else {
    const nonce = btoa(crypto.randomUUID())
    policy = contentSecurityPolicy({ nonce }, production)
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('Content-Security-Policy', policy)
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } })
  setSecurityHeaders(response.headers, policy, production)
  return response
}

export const config = {
  // Files set their own stricter headers (default-src 'none'; sandbox), which the page CSP set
  // here would replace, and uploads stream past the proxy's body limit: all stay out of it
  // (tests/unit/proxy-matcher.test.ts checks every route that serves files is listed).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/files/|api/message-files/|api/case-studies/).*)' }],
}
