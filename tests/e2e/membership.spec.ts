// Registration -> approval by the focal point -> the city asks to join a hub -> the hub's
// manager approves -> the membership shows on the public pages. And the refusals.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { latestMail, newPage, signIn, uniqueEmail } from './fixtures'

// Each browser project asks for a different hub, so the flow runs against a fresh request in both.
const targets = {
  desktop: { option: 'hub:china', name: 'Circulars China Hub', slug: 'china', decider: 'china.manager@example.org' },
  phone: { option: 'hub:usa', name: 'Circulars USA Hub', slug: 'usa', decider: 'admin@example.org' },
} as const

test('a new official is approved by the focal point; the city joins a hub approved by its manager', async ({ browser }, testInfo) => {
  const target = targets[testInfo.project.name as keyof typeof targets]
  const email = uniqueEmail('official')
  const official = await newPage(browser)
  await official.goto('/register')
  await expectNoAxeViolations(official)
  await official.getByLabel('Full name').fill('Efua Asante')
  await official.getByLabel('E-mail address').fill(email)
  await official.getByLabel('Job title').fill('Circular economy analyst')
  await official.getByLabel('Your city').selectOption('accra')
  await official.getByLabel('Password').fill('efua likes circular cities')
  await official.getByRole('button', { name: 'Register' }).click()
  await expect(official.getByRole('status')).toContainText('sent you an e-mail')

  // The address is confirmed before the first password sign-in: the welcome mail's link, then
  // its button (opening the link alone confirms nothing).
  await official.goto('/sign-in')
  await official.getByLabel('E-mail address').first().fill(email)
  await official.getByLabel('Password').fill('efua likes circular cities')
  await official.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(official.getByRole('alert').filter({ hasText: 'confirm your e-mail address first' })).toBeVisible()
  const { subject, link } = await latestMail(official, email, 'Welcome to Circulars Portal')
  expect(subject).toBe('Welcome to Circulars Portal')
  expect(link).toContain('/verify-email?token=')
  await official.goto(link!)
  await expectNoAxeViolations(official)
  await official.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(official.getByRole('status')).toContainText('address is confirmed')
  await official.goto(link!)
  await official.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(official.getByRole('alert').filter({ hasText: 'already used or has expired' })).toBeVisible()

  await signIn(official, email, 'efua likes circular cities')
  await official.goto('/dashboard')
  await expect(official.getByText('Awaiting approval')).toBeVisible()

  const focal = await newPage(browser)
  await signIn(focal, 'accra.official@example.org')
  await focal.goto('/dashboard')
  const awaiting = focal.getByRole('region', { name: 'Awaiting your decision' })
  const item = awaiting.getByRole('listitem').filter({ hasText: 'Efua Asante asks to join the team of Accra' })
  await expect(item).toBeVisible()
  await expectNoAxeViolations(focal)
  await item.getByRole('button', { name: 'Approve' }).click()
  await expect(item).toHaveCount(0)

  await official.reload()
  await expect(official.getByText('Awaiting approval')).toHaveCount(0)
  await expect(official.getByRole('region', { name: 'Your city' }).getByText('Official', { exact: true })).toBeVisible()

  // The focal point asks for Accra to join a hub it is not yet a member of.
  await focal.reload()
  const join = focal.getByRole('region', { name: 'Join a hub or coalition' })
  await join.getByLabel('Hub or coalition').selectOption(target.option)
  await join.getByLabel('Why does your city want to join?').fill('Accra wants to learn from industrial symbiosis parks.')
  await join.getByRole('button', { name: 'Send the request' }).click()
  await expect(join.getByRole('status')).toContainText('Your request has been sent.')
  await focal.reload()
  await expect(focal.getByRole('button', { name: `Withdraw the request to join ${target.name}` })).toBeVisible()

  // A manager of another hub is not offered the decision.
  const otherManager = await newPage(browser)
  await signIn(otherManager, 'africa.manager@example.org')
  await otherManager.goto('/dashboard')
  await expect(otherManager.getByText(`Accra asks to join ${target.name}`)).toHaveCount(0)

  const manager = await newPage(browser)
  await signIn(manager, target.decider)
  await manager.goto('/dashboard')
  const request = manager
    .getByRole('region', { name: 'Awaiting your decision' })
    .getByRole('listitem')
    .filter({ hasText: `Accra asks to join ${target.name}` })
  await expect(request).toBeVisible()
  await request.getByRole('button', { name: 'Approve' }).click()
  await expect(request).toHaveCount(0)

  const visitor = await newPage(browser)
  await visitor.goto(`/en/hubs/${target.slug}`)
  await expect(visitor.getByRole('region', { name: 'Member cities', exact: true }).getByRole('link', { name: 'Accra' })).toBeVisible()
  await visitor.goto('/en/cities/accra')
  await expect(visitor.getByRole('region', { name: 'Hubs' }).getByRole('link', { name: target.name })).toBeVisible()
})

test('protected pages refuse the wrong actor', async ({ page, browser }) => {
  await page.goto('/admin/hub-roles')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)admin(%2F|\/)hub-roles$/)

  await signIn(page, 'africa.manager@example.org')
  const response = await page.goto('/admin/hub-roles')
  expect(response?.status()).toBe(404)

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/dashboard')
  await expect(official.getByRole('region', { name: 'Your city' })).toBeVisible()
  await expect(official.getByRole('region', { name: 'Join a hub or coalition' })).toHaveCount(0)
  await expect(official.getByRole('button', { name: /Leave/ })).toHaveCount(0)
})

test('an admin appoints an officer, who then sees the role on the public hub page', async ({ page, browser }, testInfo) => {
  const email = uniqueEmail('officer')
  const name = `Lindiwe Dube ${testInfo.project.name}`
  const newcomer = await newPage(browser)
  await newcomer.goto('/register')
  await newcomer.getByLabel('Full name').fill(name)
  await newcomer.getByLabel('E-mail address').fill(email)
  await newcomer.getByLabel('Job title').fill('Regional officer')
  await newcomer.getByLabel('Your city').selectOption('johannesburg')
  await newcomer.getByLabel('Password').fill('lindiwe regional officer')
  await newcomer.getByRole('button', { name: 'Register' }).click()
  await expect(newcomer.getByRole('status')).toBeVisible()

  await signIn(page, 'admin@example.org')
  await page.goto('/admin/hub-roles')
  await expectNoAxeViolations(page)
  const form = page.getByRole('region', { name: 'Appoint an officer or manager' })
  await form.getByLabel('E-mail address').fill(email)
  await form.getByLabel('Hub').selectOption('usa')
  await form.getByLabel('Role').selectOption('OFFICER')
  await form.getByRole('button', { name: 'Appoint' }).click()
  await expect(form.getByRole('status')).toContainText('The role has been saved.')
  await page.reload()
  await expect(page.getByRole('region', { name: 'Circulars USA Hub' }).getByText(name, { exact: true })).toBeVisible()

  await page.goto('/en/hubs/usa')
  await expect(page.getByRole('region', { name: 'Hub team' }).getByText(name, { exact: true })).toBeVisible()
})
