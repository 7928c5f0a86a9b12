// Footer pages (issue 15): privacy policy, terms of use, accessibility statement and contact, on
// every page's footer, in the reader's language (English with a note where none is written yet);
// a network admin edits one page in one language and readers see it; nobody else may edit. Axe on
// every page.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

const pages = [
  { path: 'privacy', name: 'Privacy policy' },
  { path: 'terms', name: 'Terms of use' },
  { path: 'accessibility', name: 'Accessibility statement' },
  { path: 'contact', name: 'Contact' },
]

test('the footer links to the four pages, each readable and accessible', async ({ page }) => {
  await page.goto('/en/case-studies')
  const footer = page.getByRole('navigation', { name: 'About this portal' })
  for (const { path, name } of pages) {
    await footer.getByRole('link', { name, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/en/${path}$`))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goBack()
  }
  // A language without its own text: English, marked as such, right to left around it.
  await page.goto('/ar/accessibility')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('[lang="en"] h1, h1[lang="en"]').first()).toBeVisible()
  await expectNoAxeViolations(page)
  // Old addresses without a language redirect like the other public pages.
  const old = await page.request.get('/terms', { maxRedirects: 0 })
  expect(old.status()).toBe(308)
})

test('a network admin edits a page in one language; readers of that language see it', async ({ browser, page }, testInfo) => {
  test.slow()
  const id = `${testInfo.project.name}${Date.now().toString(36)}`
  const title = `Política de privacidad ${id}`
  const sentence = `Guardamos solo lo necesario ${id}.`
  await signIn(page, 'admin@example.org')
  await page.goto('/admin/site-pages')
  await expect(page.getByRole('heading', { level: 1, name: 'Footer pages' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/admin/site-pages/privacy/es')
  await expectNoAxeViolations(page)
  // Bad input: an empty title is refused with its field named, and nothing changes.
  await page.getByLabel('Title').fill('')
  await page.getByLabel('Text', { exact: true }).fill(`## Datos\n\n**${sentence}**`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
  await expect((await page.request.get('/es/privacy')).text()).resolves.not.toContain(id)
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  const reader = await newPage(browser)
  await reader.goto('/es/privacy')
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(reader.getByText(sentence)).toBeVisible()
  await expectNoAxeViolations(reader)
  await reader.context().close()
})

test('nobody but a network admin may open the editor', async ({ page }) => {
  await signIn(page, 'africa.manager@example.org')
  for (const path of ['/admin/site-pages', '/admin/site-pages/privacy/es']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
  }
})
