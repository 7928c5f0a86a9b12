// The public "network in figures" page: server-drawn charts with accessible names, the same
// numbers in tables, reachable from the home page; and the manager dashboard, refused (404) to a
// plain official. Read-only: both browser projects run at once on the shared demo database.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

test('the network in figures: charts named and described, with their tables', async ({ page }) => {
  await page.goto('/en')
  await page.getByRole('link', { name: 'See the network in figures' }).click()
  await expect(page).toHaveURL(/\/network-in-figures$/)
  await expect(page.getByRole('heading', { level: 1, name: 'The network in figures' })).toBeVisible()

  // Cities per hub: the chart is one image named by its heading, and the table has the numbers.
  const citiesChart = page.getByRole('img', { name: 'Member cities per hub' })
  await expect(citiesChart).toBeVisible()
  await expect(citiesChart).toHaveAccessibleDescription(/One bar per hub/)
  const citiesTable = page.getByRole('table', { name: 'Member cities per hub' })
  const africaRow = citiesTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Circulars Africa Hub' }) })
  await expect(africaRow.getByRole('cell')).toHaveText(/^\d+$/)
  expect(Number(await africaRow.getByRole('cell').innerText())).toBeGreaterThan(0)

  // Monthly publications by hub and by topic: 12 month columns plus the total.
  for (const name of ['Case studies published per month, by hub', 'Case studies published per month, by topic']) {
    await expect(page.getByRole('img', { name })).toBeVisible()
  }
  const perHub = page.getByRole('table', { name: 'Case studies published per month and hub' })
  await expect(perHub.getByRole('columnheader')).toHaveCount(1 + 12 + 1)
  await expect(perHub.getByRole('rowheader', { name: 'Circulars China Hub' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Case studies published per month and topic' })).toBeVisible()

  // Verified impact: at least one chart, each with a table of the same name pattern.
  const impact = page.getByRole('region', { name: 'Verified impact per topic' })
  const impactCharts = impact.getByRole('img')
  expect(await impactCharts.count()).toBeGreaterThan(0)
  await expect(impactCharts.first()).toHaveAccessibleName(/, in /)
  expect(await impact.getByRole('table').count()).toBe(await impactCharts.count())

  await expectNoAxeViolations(page)

  // The footer links here too.
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Network in figures' })).toHaveAttribute('href', '/en/network-in-figures')
})

test('the network in figures speaks the reader’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' } })
  const page = await context.newPage()
  // The old address goes to the page in the browser's language.
  await page.goto('/network-in-figures')
  await expect(page).toHaveURL(/\/fr\/network-in-figures$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Le réseau en chiffres' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Villes membres par pôle' })).toBeVisible()
  await context.close()
})

test('a hub manager sees the dashboard of their hub; an admin picks a hub', async ({ browser }) => {
  const manager = await newPage(browser)
  await signIn(manager, 'africa.manager@example.org')
  await manager.goto('/manage/dashboard')
  await expect(manager.getByRole('heading', { level: 1, name: 'Hub dashboard' })).toBeVisible()
  const queues = manager.getByRole('region', { name: 'Waiting for a decision' })
  for (const label of ['Join requests', 'City-team requests', 'Case studies awaiting review', 'Reported messages']) {
    await expect(queues.getByRole('term').filter({ hasText: label })).toBeVisible()
  }
  await expect(manager.getByRole('region', { name: 'Review time' }).getByRole('term')).toHaveText('Median time from submission to decision')
  await expect(manager.getByRole('region', { name: 'Conversations' }).getByRole('term').filter({ hasText: 'Open conversations' })).toBeVisible()
  await expectNoAxeViolations(manager)

  // Another hub's figures are not the manager's to see.
  const other = await manager.goto('/manage/dashboard?hub=china')
  expect(other?.status()).toBe(404)

  const admin = await newPage(browser)
  await signIn(admin, 'admin@example.org')
  await admin.goto('/manage/dashboard')
  await expect(admin.getByText('Showing: The whole network')).toBeVisible()
  await admin.getByLabel('Hub to show').selectOption({ label: 'Circulars China Hub' })
  await admin.getByRole('button', { name: 'Show' }).click()
  await expect(admin).toHaveURL(/\/manage\/dashboard\?hub=china$/)
  await expect(admin.getByText('Showing: Circulars China Hub')).toBeVisible()
  await expectNoAxeViolations(admin)
})

test('a plain official gets 404 from the manager dashboard', async ({ browser }) => {
  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  const response = await official.goto('/manage/dashboard')
  expect(response?.status()).toBe(404)
  await expect(official.getByRole('heading', { level: 1, name: 'Hub dashboard' })).toHaveCount(0)
})
