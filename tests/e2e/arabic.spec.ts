// Arabic, the right-to-left UI language: public pages under /ar and signed-in pages with the
// language chosen are laid out right to left (dir="rtl"), fit the screen, and pass axe.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu, signIn } from './fixtures'

async function expectRightToLeftPage(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html'), path).toHaveAttribute('dir', 'rtl')
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page)
}

test('public pages in Arabic are right to left, fit the screen and pass axe', async ({ page }) => {
  test.slow()
  for (const path of ['/ar', '/ar/case-studies', '/ar/case-studies/accra-market-organic-waste-composting', '/ar/hubs/africa',
    '/ar/cities', '/ar/network-in-figures']) {
    await expectRightToLeftPage(page, path)
  }
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'المراكز' })).toHaveAttribute('href', '/ar/hubs')
})

test('signed-in pages follow the chosen Arabic, right to left, and pass axe', async ({ page }) => {
  test.slow()
  await page.goto('/en/hubs')
  await openMenu(page)
  await page.getByLabel('Language').selectOption('ar')
  await page.getByRole('button', { name: 'Change' }).click()
  await expect(page).toHaveURL(/\/ar\/hubs$/)
  await signIn(page, 'accra.official@example.org')
  for (const path of ['/dashboard', '/my/case-studies', '/inbox', '/notifications']) await expectRightToLeftPage(page, path)
})

test('the other languages stay left to right', async ({ page }) => {
  await page.goto('/en/hubs')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await page.goto('/zh/hubs')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})
