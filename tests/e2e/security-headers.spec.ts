import { expect, test } from '@playwright/test'
import { signIn, openMenu } from './fixtures'

test('pages rendered per request carry a nonce-based CSP and the other security headers, and still work', async ({ page }) => {
  const response = await page.goto('/sign-in')
  const headers = response!.headers()
  const csp = headers['content-security-policy']!
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(csp).not.toContain("'unsafe-inline' 'nonce")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-powered-by']).toBeUndefined()
  expect(headers['cache-control']).toMatch(/private|no-store/)

  // Every script Next rendered carries this request's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce))
  expect(scripts.length).toBeGreaterThan(0)
  for (const value of scripts) expect(value).toBe(nonce)
})

test('public pages for anonymous visitors name each inline script by hash: the same bytes for everyone, cacheable by a CDN', async ({ page, request }) => {
  const pages: { csp: string; body: string; cache: string | undefined; cacheControl: string | undefined }[] = []
  for (let i = 0; i < 3; i++) {
    const response = await request.get('/en/case-studies?page=1')
    pages.push({
      csp: response.headers()['content-security-policy']!,
      body: await response.text(),
      cache: response.headers()['x-page-cache'],
      cacheControl: response.headers()['cache-control'],
    })
  }
  expect(pages.map((p) => p.cache)).toContain('HIT')
  for (const { csp, body, cacheControl } of pages) {
    expect(body).toBe(pages[0]!.body)
    expect(body).not.toMatch(/nonce=/)
    expect(cacheControl).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!
    expect(scriptSrc).not.toMatch(/unsafe-inline|nonce-/)
    const inline = [...body.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    expect(inline.length).toBeGreaterThan(0)
    for (const script of inline) {
      const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script))).toString('base64')
      expect(scriptSrc, script.slice(0, 60)).toContain(`'sha256-${digest}'`)
    }
  }

  // The browser runs the page under that policy: hydrated, client navigation marks the current page.
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/en')
  await openMenu(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hubs' }).click()
  await expect(page).toHaveURL(/\/hubs$/)
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hubs' })).toHaveAttribute('aria-current', 'page')
  expect(violations).toEqual([])
})

test('signed-in pages and hostile forwarding headers never reach or poison the page cache', async ({ request }) => {
  const poisoned = await request.get('/en/hubs', { headers: { 'x-forwarded-host': 'evil.example.net', 'x-forwarded-proto': 'http' } })
  expect(await poisoned.text()).not.toContain('evil.example.net')
  const clean = await (await request.get('/en/hubs')).text()
  expect(clean).not.toContain('evil.example.net')
  const signedIn = await request.get('/en/hubs', { headers: { cookie: 'next-auth.session-token=not-a-real-session' } })
  expect(signedIn.headers()['x-page-cache']).toBeUndefined()
})

test('protections hold when a request carries x-middleware-subrequest or odd forwarding headers', async ({ request }) => {
  const hostile = {
    'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    'x-forwarded-host': 'evil.example.net',
    'x-forwarded-proto': 'https',
    'x-original-url': '/admin/hub-roles',
    'x-rewrite-url': '/admin/hub-roles',
  }
  // Every signed-in page answers a real redirect (no loading boundary streams a 200 before its guard).
  for (const path of ['/dashboard', '/admin/hub-roles', '/inbox', '/inbox/new', '/notifications', '/hub-inbox', '/my/case-studies', '/manage', '/audit']) {
    const response = await request.get(path, { headers: hostile, maxRedirects: 0 })
    expect(response.status(), path).toBe(307)
    expect(response.headers()['location'], path).toMatch(/\/sign-in\?callbackUrl=/)
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
  }
  const session = await (await request.get('/api/auth/session', { headers: hostile })).json()
  expect(session?.uid).toBeUndefined()
})

// The language form was the public page's server action; it now posts to /api/locale (issue 15,
// defect 2), which refuses other sites itself: a cross-site post sets no cookie.
test('a language post from another site is refused; the same post from this site works', async ({ request, baseURL }) => {
  const post = (origin: string) =>
    request.post('/api/locale', { form: { locale: 'fr' }, headers: { origin, referer: `${origin}/en/hubs` }, maxRedirects: 0 })
  const hostile = await post('https://evil.example.net')
  expect(hostile.status()).toBe(403)
  expect(hostile.headers()['set-cookie'] ?? '').not.toContain('NEXT_LOCALE')
  const own = await post(new URL(baseURL!).origin)
  expect(own.status()).toBe(303)
  expect(own.headers()['location']).toBe('/fr/hubs')
  expect(own.headers()['set-cookie'] ?? '').toContain('NEXT_LOCALE=fr')
})

test('pages of signed-in people are never cached publicly', async ({ page }) => {
  await signIn(page, 'nairobi.official@example.org')
  for (const path of ['/dashboard', '/inbox', '/en/case-studies']) {
    const response = await page.request.get(path)
    expect(response.status(), path).toBe(200)
    const cacheControl = response.headers()['cache-control'] ?? ''
    expect(cacheControl, path).toContain('private')
    expect(cacheControl, path).toContain('no-store')
    expect(response.headers()['x-page-cache'], path).toBeUndefined()
  }
})
