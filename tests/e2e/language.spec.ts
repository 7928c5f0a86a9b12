import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu } from './fixtures'

test('switching language on a public page goes to the same page in that language, and private pages follow', async ({ page }) => {
  await page.goto('/en/hubs/africa')
  await openMenu(page)
  await page.getByLabel('Language').selectOption('es')
  await page.getByRole('button', { name: 'Change' }).click()
  await expect(page).toHaveURL(/\/es\/hubs\/africa$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible()
  // The header's links stay in the page's language, and mark the current section.
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Centros' })).toHaveAttribute('href', '/es/hubs')
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Centros' })).toHaveAttribute('aria-current', 'page')
  await page.goto('/es/cities/accra')
  await expect(page.getByText('Ghana').first()).toBeVisible()
  await expectNoAxeViolations(page)
  // Pages without a language in their path follow the choice (the cookie), and so does /.
  await page.goto('/sign-in')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await page.goto('/')
  await expect(page).toHaveURL(/\/es$/)
  // On a private page the switch stays on that page.
  await page.goto('/sign-in')
  await openMenu(page)
  await page.getByLabel('Idioma').selectOption('fr')
  await page.getByRole('button', { name: 'Cambiar' }).click()
  await expect(page).toHaveURL(/\/sign-in$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
})

for (const [locale, lang] of [['zh-CN', 'zh'], ['fr-FR', 'fr'], ['pt-BR', 'pt']] as const) {
  test.describe(`a browser asking for ${locale}`, () => {
    test.use({ locale })
    test(`gets the ${lang} interface without choosing`, async ({ page }) => {
      await page.goto('/')
      await expect(page).toHaveURL(new RegExp(`/${lang}$`))
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expectNoAxeViolations(page)
      // An old address goes to the same page in the browser's language.
      await page.goto('/hubs/africa')
      await expect(page).toHaveURL(new RegExp(`/${lang}/hubs/africa$`))
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      // The URL's language wins over the browser's.
      await page.goto('/en/hubs')
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    })
  })
}

// Issue 15, defect 2: on main the selector went back to the previous language after a switch
// (until a reload), so pressing the button again switched back. Each switch waits for the page
// it sends the browser back to.
test('the selector shows the language just chosen, and a second switch goes on from it', async ({ page, request }) => {
  const change = async (button: string) => {
    const reloaded = page.waitForResponse(
      (response) => response.request().method() === 'GET' && response.request().resourceType() === 'document',
    )
    await page.getByRole('button', { name: button }).click()
    await reloaded
    await page.waitForLoadState()
    await openMenu(page)
  }
  await page.goto('/en/hubs')
  await openMenu(page)
  await page.getByLabel('Language').selectOption('es')
  await change('Change')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByLabel('Idioma')).toHaveValue('es')
  await change('Cambiar')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByLabel('Idioma')).toHaveValue('es')
  await page.getByLabel('Idioma').selectOption('fr')
  await change('Cambiar')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByLabel('Langue')).toHaveValue('fr')
  await expect(page).toHaveURL(/\/fr\/hubs$/)
  await expectNoAxeViolations(page)

  // An unknown language is refused with what is accepted.
  const refused = await request.post('/api/locale', { form: { locale: 'xx' } })
  expect(refused.status()).toBe(422)
  expect((await refused.json()).error.message).toBe('The language must be one of en, es, pt, fr, zh, ar.')
})
