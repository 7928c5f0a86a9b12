// The portal's public origin: the address people reach it at, used in every absolute link it
// writes (e-mails, the Atom feed, the sitemap, the API's URLs, og:image). It comes from
// configuration, never from a request (a Host or X-Forwarded-Host header is the visitor's to
// choose): PUBLIC_URL, else NEXTAUTH_URL. A production server without one refuses to start, so
// links cannot silently point at localhost; outside production http://localhost:3000 stands in.

/** PUBLIC_URL (else NEXTAUTH_URL) as an origin (no trailing slash); null when neither is set. */
export function configuredOrigin(env: Record<string, string | undefined> = process.env): string | null {
  const name = env.PUBLIC_URL ? 'PUBLIC_URL' : env.NEXTAUTH_URL ? 'NEXTAUTH_URL' : null
  if (!name) return null
  const raw = env[name]!.trim()
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`${name} must be an absolute http(s) address such as https://portal.example.org (got "${raw}")`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must start with https:// or http:// (got "${raw}")`)
  }
  // NEXTAUTH_URL may name next-auth's own path (…/api/auth); the portal itself is served at the root.
  if (url.search || url.hash || url.username || url.password || (name === 'PUBLIC_URL' && url.pathname !== '/')) {
    throw new Error(`${name} must be an origin only, such as https://portal.example.org (got "${raw}")`)
  }
  return url.origin
}

export function siteUrl(): string {
  return configuredOrigin() ?? 'http://localhost:3000'
}

/**
 * At server start (instrumentation.ts): in production, stops the process with a message naming
 * the variable when no valid public origin is configured; next-auth, which reads NEXTAUTH_URL,
 * gets PUBLIC_URL when only that is set.
 */
export function exitUnlessPublicOriginConfigured(env: Record<string, string | undefined> = process.env): void {
  let origin: string | null
  try {
    origin = configuredOrigin(env)
  } catch (error) {
    console.error(`configuration: ${(error as Error).message}`)
    process.exit(1)
  }
  if (!origin) {
    if (env.NODE_ENV !== 'production') return
    console.error(
      'configuration: PUBLIC_URL is not set. Set it to the address people reach the portal at (for example ' +
        'https://portal.example.org): e-mails, feeds and the API use it for their links.',
    )
    process.exit(1)
  }
  env.NEXTAUTH_URL ??= origin
}
