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
