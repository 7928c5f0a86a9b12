import { expect, test } from '@playwright/test'

test('pages carry a nonce-based CSP and the other security headers, and still work', async ({ page }) => {
  const response = await page.goto('/')
  const headers = response!.headers()
  const csp = headers['content-security-policy']!
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(csp).not.toContain("'unsafe-inline' 'nonce")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-powered-by']).toBeUndefined()

  // Every script Next rendered carries this request's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce))
  expect(scripts.length).toBeGreaterThan(0)
  for (const value of scripts) expect(value).toBe(nonce)

  // Hydrated: client navigation marks the current page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hubs' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hubs' })).toHaveAttribute('aria-current', 'page')
})

test('each response gets a different nonce', async ({ request }) => {
  const first = (await request.get('/hubs')).headers()['content-security-policy']
  const second = (await request.get('/hubs')).headers()['content-security-policy']
  expect(first).not.toEqual(second)
})

test('protections hold when a request carries x-middleware-subrequest or odd forwarding headers', async ({ request }) => {
  const hostile = {
    'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    'x-forwarded-host': 'evil.example.net',
    'x-forwarded-proto': 'https',
    'x-original-url': '/admin/hub-roles',
    'x-rewrite-url': '/admin/hub-roles',
  }
  for (const path of ['/dashboard', '/admin/hub-roles']) {
    const response = await request.get(path, { headers: hostile, maxRedirects: 0 })
    expect(response.status(), path).toBe(307)
    expect(response.headers()['location'], path).toMatch(/\/sign-in\?callbackUrl=/)
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
  }
  const session = await (await request.get('/api/auth/session', { headers: hostile })).json()
  expect(session?.uid).toBeUndefined()
})
