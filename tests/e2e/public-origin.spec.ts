// Issue 15, defect 10: links in e-mails, the feed and the API name the public origin from
// configuration (PUBLIC_URL; the e2e server sets http://127.0.0.1:PORT), not the address a
// request came in at (the browser uses localhost). On main PUBLIC_URL was not read and links
// named http://localhost:3000 whatever the portal's address.
import { expect, test } from '@playwright/test'
import { latestMail, uniqueEmail } from './fixtures'

test('e-mails, the feed, the sitemap and the API link to the configured public origin', async ({ page, request }, testInfo) => {
  const baseURL = new URL(testInfo.project.use.baseURL!)
  const configured = `http://127.0.0.1:${baseURL.port}`
  expect(baseURL.hostname).toBe('localhost')

  const feed = await (await request.get('/en/case-studies/feed.xml')).text()
  const feedLinks = [...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((match) => match[1]!)
  expect(feedLinks.length).toBeGreaterThan(1)
  for (const link of feedLinks) expect(link.startsWith(`${configured}/`), link).toBe(true)

  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`<loc>${configured}/en/case-studies/`)
  expect(sitemap).not.toContain('localhost')

  const api = await (await request.get('/api/v1/case-studies?pageSize=1')).json()
  expect(api.items[0].url.startsWith(`${configured}/en/case-studies/`)).toBe(true)

  // A password-reset e-mail, asked for through localhost.
  const email = uniqueEmail('origin')
  await page.goto('/register')
  await page.getByLabel('Full name').fill('Adjoa Quaye')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Job title').fill('Planner')
  await page.getByLabel('Your city').selectOption('accra')
  await page.getByLabel('Password').fill('adjoa plans circular cities')
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('status')).toContainText('sent you an e-mail')
  await page.goto('/forgot-password')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await expect(page.getByRole('status')).toContainText('If an account exists')
  const { link } = await latestMail(page, email, 'Reset your Circulars Portal password')
  expect(link).toMatch(new RegExp(`^${configured.replace(/\./g, '\\.')}/reset-password\\?token=`))
})
