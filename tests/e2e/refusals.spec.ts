// The refusal log page (issue 13): an admin reads and filters it, it passes axe; anyone else
// gets 404. A refused request from another site shows up in it.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { signIn } from './fixtures'

test('an admin reads the refusal log, including a post from another site, and filters it', async ({ page, request }) => {
  const refused = await request.post('/inbox', { headers: { origin: 'https://evil.example.net' }, form: { x: '1' }, maxRedirects: 0 })
  expect(refused.status()).toBe(403)
  const trace = await request.fetch('/', { method: 'TRACE' })
  expect(trace.status()).toBe(405)

  await signIn(page, 'admin@example.org')
  await page.goto('/admin/refusals')
  await expect(page.getByRole('heading', { level: 1, name: 'Refusal log' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Refusal', { exact: true }).selectOption('BAD_ORIGIN')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/code=BAD_ORIGIN/)
  await expect(page.getByRole('table', { name: 'Refusals' }).getByText('From another site').first()).toBeVisible()
})

test('the refusal log does not exist for an official', async ({ page }) => {
  await signIn(page, 'accra.official@example.org')
  const response = await page.goto('/admin/refusals')
  expect(response?.status()).toBe(404)
})

test('an action body larger than the forms of its page need is refused with 413 before the app reads it', async ({ request }) => {
  // 3 MB: over the 2 MB of a page without file forms, under the 10 MB of the message pages.
  const body = 'x'.repeat(3 * 1024 * 1024)
  const refused = await request.post('/my/case-studies', { headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'deadbeef' }, data: body, maxRedirects: 0 })
  expect(refused.status()).toBe(413)
  expect(await refused.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  const small = await request.post('/my/case-studies', { headers: { 'content-type': 'text/plain;charset=UTF-8' }, data: 'x', maxRedirects: 0 })
  expect(small.status()).not.toBe(413)
})
