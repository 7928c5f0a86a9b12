// The Content-Security-Policy of every page. Scripts run only from this origin and, inline, only
// when the policy names them: by the response's nonce (pages rendered per request: signed-in
// pages, actions) or by the SHA-256 of each inline script (public pages rendered once for every
// anonymous visitor, so that the same bytes can be stored by a shared cache or a CDN without
// sharing a secret). Both keep inline script injection out; neither needs 'unsafe-inline'.
export type ScriptSources = { nonce: string } | { hashes: string[] }

export function contentSecurityPolicy(scripts: ScriptSources, production: boolean): string {
  const scriptSrc =
    'nonce' in scripts
      ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
      : // Without a nonce, 'strict-dynamic' would forbid the page's own <script src> tags.
        ["'self'", ...scripts.hashes.map((hash) => `'sha256-${hash}'`)].join(' ')
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${production ? '' : " 'unsafe-eval'"}`,
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

/** The header a render for the shared page cache carries, so that proxy.ts renders it without a nonce. */
export const SHARED_RENDER_HEADER = 'x-circulars-page-render'
/** The process's secret for that header (set by the page cache, read by proxy.ts, never sent out). */
export const SHARED_RENDER_SECRET_ENV = 'CIRCULARS_SHARED_RENDER_SECRET'
