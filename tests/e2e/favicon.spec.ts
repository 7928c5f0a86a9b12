// Issue 15, defect 11: /favicon.ico answered 404 on every page (and browsers ask for it).
import { expect, test } from '@playwright/test'

test('every page names an icon, and /favicon.ico exists', async ({ page, request }) => {
  const icon = await request.get('/favicon.ico')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]))
  for (const path of ['/en', '/en/case-studies', '/sign-in']) {
    await page.goto(path)
    const hrefs = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.some((href) => href?.startsWith('/favicon.ico')), path).toBe(true)
    const svg = hrefs.find((href) => href?.startsWith('/icon'))
    expect(svg, path).toBeTruthy()
    expect((await request.get(svg!)).headers()['content-type']).toContain('image/svg+xml')
  }
})
