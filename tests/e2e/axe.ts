import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** No WCAG 2.x A/AA violation (up to 2.2) on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  // Next.js streams a dynamic page's metadata after its body: check the page once it has arrived
  // (a page that never gets a title still fails, here and in axe's document-title rule).
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }))
  expect(summary).toEqual([])
}
