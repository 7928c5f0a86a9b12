// Network administration: an admin creates a topic and appoints a freshly registered person as a
// hub officer, who then sees the hub inbox; the audit page lists those actions. CSV import reports
// broken rows by line; a suspended person is signed out and told why sign-in is refused. The
// refusals: officers and officials get 404 on the admin pages and the audit log. Axe on every page.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, openMenu, registerAndConfirm, signIn, uniqueEmail } from './fixtures'

const suffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

const register = (page: Page, name: string, email: string, password: string) =>
  registerAndConfirm(page, { name, email, password, jobTitle: 'Circular economy officer' })

test('an admin creates a topic and appoints a new officer, who sees the hub inbox; the audit log lists it', async ({ browser, page }, testInfo) => {
  // Two people, several pages and an axe scan on each: longer than the default 30 s on a shared machine.
  test.slow()
  const id = suffix()
  const topicName = `Textile reuse ${testInfo.project.name} ${id}`
  const officerName = `Thandiwe Nkosi ${id}`
  const officerEmail = uniqueEmail('admin-officer')
  const officer = await newPage(browser)
  await register(officer, officerName, officerEmail, 'thandiwe reuses textiles')

  await signIn(page, 'admin@example.org')
  await page.goto('/dashboard')
  await openMenu(page)
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Network admin' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Network administration' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Hubs, coalitions, topics and cities' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hubs, coalitions, topics and cities')
  await expectNoAxeViolations(page)
  const topics = page.getByRole('region', { name: 'Topics' })
  await topics.getByText('New topic').click()
  await topics.getByLabel('Name').first().fill(topicName)
  await topics.getByLabel('Description').first().fill('Collecting, sorting and reusing textiles.')
  await topics.getByRole('button', { name: 'Create' }).click()
  await expect(topics.getByRole('status')).toContainText(`${topicName} has been created.`)
  // The same name in other capitals is refused.
  await expect(topics.getByLabel('Name').first()).toHaveValue('')
  await topics.getByLabel('Name').first().fill(topicName.toUpperCase())
  await topics.getByLabel('Description').first().fill('The same topic again.')
  await topics.getByRole('button', { name: 'Create' }).click()
  await expect(topics.getByRole('alert').filter({ hasText: 'already used' })).toBeVisible()
  // What was typed stays for correcting.
  await expect(topics.getByLabel('Name').first()).toHaveValue(topicName.toUpperCase())
  await expectNoAxeViolations(page)

  await page.goto('/admin/hub-roles')
  const form = page.getByRole('region', { name: 'Appoint an officer or manager' })
  await form.getByLabel('E-mail address').fill(officerEmail)
  await form.getByLabel('Hub').selectOption('africa')
  await form.getByLabel('Role').selectOption('OFFICER')
  await form.getByRole('button', { name: 'Appoint' }).click()
  await expect(form.getByRole('status')).toContainText('The role has been saved.')

  await signIn(officer, officerEmail, 'thandiwe reuses textiles')
  await officer.goto('/hub-inbox')
  await expect(officer.getByRole('heading', { level: 1, name: 'Hub inbox' })).toBeVisible()
  await expect(officer.getByText('The hub inbox is for officers and managers of a hub.')).toHaveCount(0)

  await page.goto('/audit?actor=admin%40example.org')
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Audit entries' })
  await expect(table.getByRole('row').filter({ hasText: 'topic.create' }).filter({ hasText: topicName })).toHaveCount(1)
  await expect(table.getByRole('row').filter({ hasText: 'hubRole.appoint' }).first()).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Action').fill('topic.create')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/action=topic\.create/)
  await expect(table.getByRole('row').filter({ hasText: 'hubRole.appoint' })).toHaveCount(0)
  const download = await page.request.get('/audit/export.csv?action=topic.create')
  expect(download.headers()['content-type']).toContain('text/csv')
  expect(await download.text()).toContain(topicName)
})

test('the CSV import previews broken rows with their line numbers and imports nothing', async ({ page }, testInfo) => {
  const id = suffix()
  await signIn(page, 'admin@example.org')
  await page.goto('/admin/import')
  await expectNoAxeViolations(page)
  const good = `Tema ${testInfo.project.name} ${id}`
  await page.getByLabel('What to import').selectOption('cities')
  await page.getByLabel('Or paste the CSV text').fill(
    ['name,country_code,region,population,latitude,longitude', `${good},GH,West Africa,1000,6.1,-0.2`, `Broken ${id},GH,West Africa,1000,96,-0.2`].join('\n'),
  )
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing has been imported' })).toBeVisible()
  const problems = page.getByRole('region', { name: 'Problems' })
  await expect(problems.getByRole('row').filter({ hasText: 'latitude' })).toContainText('3')
  await expectNoAxeViolations(page)
  await page.goto('/en/cities')
  await expect(page.getByText(good)).toHaveCount(0)
})

test('a suspended person is signed out at once and told why they cannot sign in; restoring lets them back', async ({ browser, page }) => {
  const id = suffix()
  const name = `Kwesi Appiah ${id}`
  const email = uniqueEmail('admin-suspend')
  const person = await newPage(browser)
  await register(person, name, email, 'kwesi circular password')
  await signIn(person, email, 'kwesi circular password')

  await signIn(page, 'admin@example.org')
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`)
  await expectNoAxeViolations(page)
  const item = page.getByRole('listitem').filter({ hasText: email })
  await item.getByLabel(`Reason for suspending ${name}`).fill('Testing the suspension flow')
  await item.getByRole('button', { name: `Suspend ${name}` }).click()
  await expect(item.getByText('The account has been suspended')).toBeVisible()

  await person.goto('/dashboard')
  await expect(person).toHaveURL(/\/sign-in/)
  const { csrfToken } = (await (await person.request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const attempt = await person.request.post('/api/auth/callback/credentials', {
    form: { email, password: 'kwesi circular password', csrfToken, json: 'true', callbackUrl: '/dashboard' },
    headers: { 'X-Auth-Return-Redirect': '1' },
  })
  const { url } = (await attempt.json()) as { url: string }
  expect(new URL(url).searchParams.get('error')).toBe('AccountSuspended')
  await person.goto('/sign-in?error=AccountSuspended')
  await expect(person.getByRole('alert').filter({ hasText: 'This account is suspended.' })).toBeVisible()

  await page.reload()
  await page.getByRole('listitem').filter({ hasText: email }).getByRole('button', { name: `Restore ${name}` }).click()
  await expect(page.getByRole('listitem').filter({ hasText: email }).getByText('The account has been restored.')).toBeVisible()
  await signIn(person, email, 'kwesi circular password')
})

test('officers, officials and managers are refused the admin pages; a manager reads only their hub’s audit entries', async ({ browser }) => {
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  for (const path of ['/admin', '/admin/network', '/admin/users', '/admin/import', '/audit']) {
    await officer.goto(path)
    await expect(officer.getByRole('heading', { level: 1 }), path).toHaveText('Page not found')
  }
  expect((await officer.request.get('/audit/export.csv')).status()).toBe(404)

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/admin/network')
  await expect(official.getByRole('heading', { level: 1 })).toHaveText('Page not found')

  const manager = await newPage(browser)
  await signIn(manager, 'africa.manager@example.org')
  await manager.goto('/audit')
  await expect(manager.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  await expect(manager.getByText('Decisions and administration in the hubs you manage')).toBeVisible()
  const hubs = manager.getByLabel('Hub')
  await expect(hubs.locator('option')).toHaveText(['Any hub', 'Circulars Africa Hub'])
  await expect(manager.getByRole('cell', { name: 'auth.signIn', exact: true })).toHaveCount(0)
  await expectNoAxeViolations(manager)
  for (const path of ['/audit?hub=china', '/admin/network']) {
    await manager.goto(path)
    await expect(manager.getByRole('heading', { level: 1 }), path).toHaveText('Page not found')
  }
})
