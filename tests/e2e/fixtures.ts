import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'circulars-demo'

let counter = 0
/** A distinct client address per sign-in, so the per-IP sign-in limit does not throttle the suite. */
const nextIp = () => `198.18.${Math.floor(Math.random() * 250)}.${(counter++ % 250) + 1}`

/** Signs in through next-auth's endpoints (only the auth spec drives the form). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await signInRequest(page.request, email, password)
}

export async function signInRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true', callbackUrl: '/dashboard' },
    headers: { 'X-Auth-Return-Redirect': '1', 'X-Forwarded-For': nextIp() },
  })
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400)
  const session = await (await request.get('/api/auth/session')).json()
  expect(session?.uid, `session of ${email}`).toBeTruthy()
}

/**
 * The newest development-mailbox message to an address (with this subject, when given): its
 * subject and first link. Reset and magic-link mail is written just after the response
 * (lib/auth/auth-mail-requests.ts), so an older mail (the welcome mail) may still be the newest
 * for a moment: the subject says which one is awaited.
 */
const newestMail = (page: Page, subject?: string | RegExp) => {
  const articles = page.getByRole('article')
  return subject ? articles.filter({ has: page.getByRole('heading', { name: subject }) }).first() : articles.first()
}

export async function latestMail(page: Page, to: string, subject?: string | RegExp, options: { notLink?: string | null } = {}) {
  const mail = newestMail(page, subject)
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`)
    await expect(mail).toBeVisible({ timeout: 1_000 })
    // A mail with the same subject from before (another run of the spec): wait for the new one.
    if (options.notLink) expect(await mail.getByRole('link').first().getAttribute('href')).not.toBe(options.notLink)
  }).toPass({ timeout: 10_000 })
  const link = await mail.getByRole('link').first().getAttribute('href')
  return { subject: await mail.getByRole('heading').innerText(), link }
}

/** The link of the newest mailbox message to an address with this subject, or null (no waiting). */
export async function newestMailLink(page: Page, to: string, subject: string | RegExp): Promise<string | null> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`)
  const mail = newestMail(page, subject)
  if (!(await mail.count())) return null
  return mail.getByRole('link').first().getAttribute('href')
}

/**
 * Registers a new official with the form and confirms the address through the welcome mail's
 * link, as a new person does before their first password sign-in.
 */
export async function registerAndConfirm(page: Page, person: { name: string; email: string; password: string; jobTitle?: string; city?: string }) {
  await page.goto('/register')
  await page.getByLabel('Full name').fill(person.name)
  await page.getByLabel('E-mail address').fill(person.email)
  await page.getByLabel('Job title').fill(person.jobTitle ?? 'Circular economy officer')
  await page.getByLabel('Your city').selectOption(person.city ?? 'accra')
  await page.getByLabel('Password').fill(person.password)
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('status')).toContainText('sent you an e-mail')
  const { link } = await latestMail(page, person.email, 'Welcome to Circulars Portal')
  await page.goto(link!)
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(page.getByRole('status')).toContainText('address is confirmed')
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.org`
}

/** A page in its own browser context: another person, with their own cookies. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
}

/** On a phone the header's links sit behind its menu button: opens it when it is shown. */
export async function openMenu(page: Page) {
  const button = page.locator('button[aria-controls="site-menu"]')
  if (!(await button.isVisible())) return
  // Until the page has hydrated a click does nothing: try again until the menu says it is open.
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}
