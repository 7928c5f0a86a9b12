import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu } from './fixtures'

test('switching language translates the interface and is remembered', async ({ page }) => {
  await page.goto('/hubs')
  await openMenu(page)
  await page.getByLabel('Language').selectOption('es')
  await page.getByRole('button', { name: 'Change' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible()
  await page.goto('/cities/accra')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByText('Ghana').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

for (const [locale, lang] of [['zh-CN', 'zh'], ['fr-FR', 'fr'], ['pt-BR', 'pt']] as const) {
  test.describe(`a browser asking for ${locale}`, () => {
    test.use({ locale })
    test(`gets the ${lang} interface without choosing`, async ({ page }) => {
      await page.goto('/')
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expectNoAxeViolations(page)
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
  await page.goto('/hubs')
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
  await expect(page).toHaveURL(/\/hubs$/)
  await expectNoAxeViolations(page)

  // An unknown language is refused with what is accepted.
  const refused = await request.post('/api/locale', { form: { locale: 'xx' } })
  expect(refused.status()).toBe(422)
  expect((await refused.json()).error.message).toBe('The language must be one of en, es, pt, fr, zh.')
})
