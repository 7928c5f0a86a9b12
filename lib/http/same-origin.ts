// Cookie-authenticated POSTs that are not server actions (Next checks those itself) refuse other
// sites: a browser sends Origin on cross-site posts, which must name this host. A request without
// Origin (a script, a same-origin form in an old browser) is left to the other checks.
// The host compared is the Host header only: X-Forwarded-Host is whatever the sender wrote
// (scripts/serve.ts drops it before Next sees the request; this check does not rely on that).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin')
  if (!origin) return true
  const host = request.headers.get('host')
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}
