// Safe defaults of an install: the first admin comes from a one-time setup link (never from a
// published password), and the development mailbox is for visitors on this machine and admins
// only. Runs at one width: the setup link works once.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { e2eSetupTokenFile } from '../setup/workspace'
import { expectNoAxeViolations } from './axe'
import { signIn, uniqueEmail } from './fixtures'

test('the one-time setup link creates the first admin once, then is refused', async ({ page, browser }) => {
  test.slow() // two argon2 hashes, two sign-ins and two axe passes on a shared 2-core machine
  const token = readFileSync(e2eSetupTokenFile, 'utf8').trim()
  await page.goto(`/setup?token=${token}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Create the first network admin' })).toBeVisible()
  await expectNoAxeViolations(page)

  const email = uniqueEmail('first-admin')
  const password = 'a long and unusual passphrase'
  await page.getByLabel('Full name').fill('Ada Mensah')
  await page.getByLabel('E-mail address').fill(email)
  await page.getByLabel('Password').fill('password')
  await page.getByRole('button', { name: 'Create admin account' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible() // a common password
  await expect(page.getByLabel('E-mail address')).toHaveValue(email) // what was typed is kept
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create admin account' }).click()
  await expect(page.getByRole('status')).toContainText('The network admin account is ready')

  await page.goto(`/setup?token=${token}`)
  await expect(page.getByRole('alert').filter({ hasText: 'invalid, already used or expired' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Create admin account' })).toHaveCount(0)
  await expectNoAxeViolations(page)

  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, email, password)
  await admin.goto('/admin/users')
  await expect(admin.getByRole('heading', { level: 1 })).toBeVisible()
  expect((await admin.request.get('/admin/users')).status()).toBe(200)
})

test('a made-up setup link shows a refusal and no form', async ({ page }) => {
  await page.goto(`/setup?token=${'A'.repeat(43)}`)
  await expect(page.getByRole('alert').filter({ hasText: 'invalid, already used or expired' })).toBeVisible()
  await expect(page.getByLabel('Password')).toHaveCount(0)
})

test('the development mailbox answers 404 through a proxy or to a forged peer, unless an admin asks', async ({ request, browser }) => {
  expect((await request.get('/dev/mailbox')).status()).toBe(200) // this machine, directly
  const viaProxy = { 'x-forwarded-for': '203.0.113.5' }
  expect((await request.get('/dev/mailbox', { headers: viaProxy })).status()).toBe(404)
  expect((await request.get('/dev/mailbox', { headers: { ...viaProxy, 'x-circulars-direct-peer': '127.0.0.1' } })).status()).toBe(404)

  const official = await (await browser.newContext()).newPage()
  await signIn(official, 'accra.official@example.org')
  expect((await official.request.get('/dev/mailbox', { headers: viaProxy })).status()).toBe(404)

  const admin = await (await browser.newContext()).newPage()
  await signIn(admin, 'admin@example.org')
  expect((await admin.request.get('/dev/mailbox', { headers: viaProxy })).status()).toBe(200)
})
