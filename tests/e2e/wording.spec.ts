// Issue 15, defect 8: what people read. A new focal point (imported by the admin, signed in with
// an e-mailed link) asks for its city to join the China hub; the hub's manager reads the request
// without "Circulars China Hub Hub" or "Received: received …"; a coalition without a coordinating
// hub does not say "Coordinated by: Coordinated by the network"; both Markdown hints spell italics
// alike; a reused sign-in link says it was used or expired. Each of these failed on main.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { latestMail, newPage, signIn } from './fixtures'

test('requests, coalitions, hints and a reused sign-in link say what they mean', async ({ browser, page }, testInfo) => {
  test.setTimeout(90_000)
  const id = `${testInfo.project.name}${Math.random().toString(36).slice(2, 8)}`
  const city = `Wordtown ${id}`
  const slug = `wordtown-${id}`
  const email = `focal-${id}@example.org`

  // The admin imports a city outside the China hub and its focal point.
  await signIn(page, 'admin@example.org')
  await page.goto('/admin/import')
  await page.getByLabel('What to import').selectOption('cities')
  await page.getByLabel('Or paste the CSV text').fill(`name,country_code,region,population,latitude,longitude,hub\n${city},GH,West Africa,1000,6.1,-0.2,africa`)
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 row has been imported.' })).toBeVisible()
  await page.getByLabel('What to import').selectOption('officials')
  await page.getByLabel('Or paste the CSV text').fill(`name,email,job_title,city,role\nAfua Mensima ${id},${email},Planner,${slug},FOCAL_POINT`)
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 row has been imported.' })).toBeVisible()

  // The focal point signs in with an e-mailed link; the same link a second time says why it fails.
  const focal = await newPage(browser)
  const { csrfToken } = (await (await focal.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  await focal.request.post('/api/auth/signin/email', { form: { email, csrfToken, callbackUrl: '/dashboard', json: 'true' } })
  const mail = await latestMail(focal, email, /sign-in link/)
  // The link names the configured public origin (see scripts/e2e-server.ts); the focal point stays on it.
  const origin = new URL(mail.link!).origin
  await focal.goto(mail.link!)
  await expect(focal.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  const reuse = await newPage(browser)
  await reuse.goto(mail.link!)
  await expect(reuse.getByRole('alert').filter({ hasText: 'sign-in link' })).toHaveText(
    'This sign-in link was already used or has expired (links work once, for 10 minutes). Ask for a new one below.',
  )
  await expectNoAxeViolations(reuse)

  const join = focal.getByRole('region', { name: 'Join a hub or coalition' })
  await join.getByLabel('Hub or coalition').selectOption('hub:china')
  await join.getByLabel('Why does your city want to join?').fill('We want to learn from eco-industrial parks.')
  await join.getByRole('button', { name: 'Send the request' }).click()
  await expect(join.getByRole('status')).toContainText('Your request has been sent.')

  // The China hub's manager: the request names the hub once, and "Received" is followed by the time alone.
  const manager = await newPage(browser)
  await signIn(manager, 'china.manager@example.org')
  await manager.goto('/manage/china')
  const item = manager.getByRole('listitem').filter({ hasText: `${city} asks to join Circulars China Hub` })
  await expect(item).toBeVisible()
  await expect(item).not.toContainText('Hub Hub')
  await item.getByRole('link', { name: `${city} asks to join Circulars China Hub` }).click()
  await expect(manager.getByRole('heading', { level: 1, name: `${city} asks to join Circulars China Hub` })).toBeVisible()
  const main = manager.getByRole('main')
  await expect(main).not.toContainText('Hub (Hub)')
  await expect(main).not.toContainText(/Received:?\s*received/)
  await expect(main.locator('time').filter({ hasText: /ago$/ }).first()).not.toContainText('received')
  await expectNoAxeViolations(manager)
  await manager.getByLabel('Reason (required)').fill('End-to-end test clean-up.')
  await manager.getByRole('button', { name: 'Decline' }).click()
  await expect(manager.getByRole('status')).toContainText('Declined by')

  // A coalition without a coordinating hub.
  await page.goto('/en/coalitions/cityfood')
  await expect(page.getByRole('main')).not.toContainText('Coordinated by: Coordinated by')
  await expect(page.getByRole('main')).toContainText('The network as a whole (no coordinating hub)')

  // Both Markdown hints write italics the same way.
  await focal.goto(`${origin}/inbox/new`)
  await expect(focal.getByText(/\*\*bold\*\*, \*italic\*/)).toBeVisible()
  await focal.goto(`${origin}/my/case-studies/new`)
  await expect(focal.getByText(/\*\*bold\*\*, \*italic\*/)).toBeVisible()
})
