// Issue 15, defect 5: hub staff get a hub dashboard (open conversations, the oldest unanswered,
// reviews and requests waiting, with ages), not the city official's one. On main an Africa hub
// manager read "You are not part of a city team yet", a city picker, and "Nothing awaits your
// decision" while the seed's case studies waited for review.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

test('hub officers and managers see what waits in their hubs, with ages', async ({ browser }) => {
  const manager = await newPage(browser)
  await signIn(manager, 'africa.manager@example.org')
  await manager.goto('/dashboard')
  const hubs = manager.getByRole('region', { name: 'Your hubs' })
  const africa = hubs.getByRole('region', { name: /Circulars Africa Hub/ })
  await expect(africa).toBeVisible()
  await expect(africa.getByRole('heading', { level: 3 })).toContainText('Hub manager')
  const reviews = africa.getByRole('definition').filter({ has: manager.getByRole('link', { name: 'Go to reviews' }) })
  await expect(reviews).toContainText(/^\d+ · the oldest arrived .+ago/)
  expect(Number(/^(\d+)/.exec(await reviews.innerText())![1])).toBeGreaterThanOrEqual(1)
  await expect(africa.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  await expect(manager.getByText('You are not part of a city team yet', { exact: false })).toHaveCount(0)
  await expect(manager.getByText('Nothing awaits your decision', { exact: false })).toHaveCount(0)
  await expect(manager.getByLabel('Your city')).toHaveCount(0)
  await expectNoAxeViolations(manager)
  await reviews.getByRole('link', { name: 'Go to reviews' }).click()
  await expect(manager.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible()

  // An officer: the same hub, without the manager's console links.
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/dashboard')
  const officerHub = officer.getByRole('region', { name: 'Your hubs' }).getByRole('region', { name: /Circulars Africa Hub/ })
  await expect(officerHub.getByRole('heading', { level: 3 })).toContainText('Hub officer')
  await expect(officerHub.getByRole('link', { name: 'Go to the console' })).toHaveCount(0)

  // A city official gets no hub panel.
  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/dashboard')
  await expect(official.getByRole('region', { name: 'Your hubs' })).toHaveCount(0)
})
