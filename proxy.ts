// Security headers on every response, with a fresh CSP nonce per request (Next.js applies the
// nonce to its own scripts when the request carries the policy). This file sets headers only:
// authentication and authorisation live in the server code of every page, action and route.
import { NextResponse, type NextRequest } from 'next/server'

export function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    // React and Next set a few style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const production = process.env.NODE_ENV === 'production'
  const policy = contentSecurityPolicy(nonce, production)

  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)

  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('X-Frame-Options', 'DENY')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()')
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin')
  if (production && process.env.NEXTAUTH_URL?.startsWith('https://')) {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
  return response
}

export const config = {
  // Files set their own stricter headers (default-src 'none'; sandbox), which the page CSP set
  // here would replace, and uploads stream past the proxy's body limit: all stay out of it
  // (tests/unit/proxy-matcher.test.ts checks every route that serves files is listed).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/files/|api/message-files/|api/case-studies/).*)' }],
}
