// Sessions end on the server (issue 13): a session cookie saved before sign-out, replayed in a
// fresh browser, no longer signs anyone in; the account page lists the signed-in devices and
// signs out another one. Before server-side sessions the replayed cookie opened the dashboard.
import { expect, test, type BrowserContext } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu, signIn } from './fixtures'

const PERSON = 'nairobi.official@example.org'

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'))
  expect(cookie, 'a session cookie after sign-in').toBeTruthy()
  return cookie!
}

test('a session cookie replayed after sign-out opens nothing', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, PERSON)
  const saved = await sessionCookie(context)
  await page.goto('/dashboard')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await openMenu(page)
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click()
  // Sign-out lands on the home page: open its menu, not the one of the page being left.
  await expect(page).toHaveURL(/\/en$/)
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible()

  // Someone who copied the cookie before sign-out replays it in another browser.
  const replay = await browser.newContext()
  await replay.addCookies([saved])
  const attacker = await replay.newPage()
  await attacker.goto('/dashboard')
  await expect(attacker).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)dashboard$/)
  const session = await (await attacker.request.get('/api/auth/session')).json()
  expect(session?.uid).toBeUndefined()
  await context.close()
  await replay.close()
})

test('the account page lists signed-in devices and signs out another one', async ({ browser }, testInfo) => {
  // One person per project, so that the newest "Chrome on Android" session is this test's phone.
  const person = testInfo.project.name === 'phone' ? 'accra.official@example.org' : PERSON
  const laptop = await browser.newContext({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' })
  const phone = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36' })
  const onLaptop = await laptop.newPage()
  const onPhone = await phone.newPage()
  await signIn(onLaptop, person)
  await signIn(onPhone, person)

  await onLaptop.goto('/dashboard')
  const account = onLaptop.getByRole('region', { name: 'Your account' })
  await expect(account.getByText('Signed-in devices')).toBeVisible()
  await expect(account.getByText('This device', { exact: true })).toBeVisible()
  await expectNoAxeViolations(onLaptop)
  // Newest first: the phone that signed in a moment ago.
  await account.getByRole('button', { name: 'Sign out this device (Chrome on Android)' }).first().click()
  await expect(account.getByText('That device is signed out.')).toBeVisible()

  await onPhone.goto('/dashboard')
  await expect(onPhone).toHaveURL(/\/sign-in\?callbackUrl=/)
  await onLaptop.reload()
  await expect(onLaptop.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await laptop.close()
  await phone.close()
})
