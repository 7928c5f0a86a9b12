// Two-step sign-in, as a new official does it: register and confirm the address, turn two-step
// sign-in on with an authenticator (the code computed here from the key the page shows), keep
// the recovery codes, then sign in again in another browser: the password alone asks for the code.
import { expect, test } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'
import { expectNoAxeViolations } from './axe'
import { latestMail, newPage, uniqueEmail } from './fixtures'

const PASSWORD = 'naledi keeps two keys'
const codeAt = (key: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp })

async function passwordStep(page: import('@playwright/test').Page, email: string) {
  await page.goto('/sign-in')
  await page.getByLabel('E-mail address').first().fill(email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

test('an official turns two-step sign-in on and then signs in with password and code', async ({ browser }) => {
  const email = uniqueEmail('two-step')
  const page = await newPage(browser)
  await page.goto('/register')
  await page.getByLabel('Full name').fill('Naledi Khumalo')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Job title').fill('Waste planner')
  await page.getByLabel('Your city').selectOption('accra')
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('status')).toContainText('sent you an e-mail')
  const { link } = await latestMail(page, email, 'Welcome to Circulars Portal')
  await page.goto(link!)
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(page.getByRole('status')).toContainText('address is confirmed')

  await passwordStep(page, email)
  await page.waitForURL(/\/dashboard/)
  await page.getByRole('link', { name: 'Two-step sign-in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step sign-in' })).toBeVisible()
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click()
  await expect(page.getByRole('img', { name: 'QR code of the two-step sign-in key' })).toBeVisible()
  await expectNoAxeViolations(page)
  const key = await page.locator('code').innerText()

  await page.getByLabel('Code', { exact: true }).fill('000000')
  await page.getByRole('button', { name: 'Turn on' }).click()
  await expect(page.getByText('This code is not right.').first()).toBeVisible()
  const enrolledAt = Date.now()
  await page.getByLabel('Code', { exact: true }).fill(codeAt(key, enrolledAt))
  await page.getByRole('button', { name: 'Turn on' }).click()
  const recovery = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem')
  await expect(recovery).toHaveCount(10)
  await expectNoAxeViolations(page)

  // Another browser: the right password asks for the code; a wrong code is refused; the next one signs in.
  const other = await newPage(browser)
  await passwordStep(other, email)
  await expect(other.getByRole('alert').filter({ hasText: 'uses two-step sign-in' })).toBeVisible()
  const code = other.getByLabel('Code from your authenticator app')
  await expect(code).toBeFocused()
  await expectNoAxeViolations(other)
  await code.fill('123456')
  await other.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(other.getByRole('alert').filter({ hasText: 'not right or was already used' })).toBeVisible()
  await code.fill(codeAt(key, enrolledAt + 30_000))
  await other.getByRole('button', { name: 'Sign in', exact: true }).click()
  await other.waitForURL(/\/dashboard/)
  await expect(other.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await other.context().close()
  await page.context().close()
})
