// Issue 15, defect 4 (the case-study form): an error and its aria-invalid leave a field as soon
// as it is changed, and its line leaves the summary. On main "This field is required." and
// aria-invalid stayed on a filled field until the next save.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { AUTHOR, pageAs } from './case-study-helpers'

test('a field’s error goes away once the field is filled', async ({ browser }) => {
  const page = await pageAs(browser, AUTHOR)
  await page.goto('/my/case-studies/new')
  await page.getByLabel('Summary').fill('Traders return crates.')
  await page.getByRole('button', { name: 'Create the draft' }).click()
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') })
  await expect(summary).toBeFocused()
  const title = page.getByLabel('Title')
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(summary.getByRole('link', { name: /^Title: / })).toBeVisible()
  const titleError = page.locator('#cs-title-error')
  await expect(titleError).toHaveText('This field is required.')
  await expect(title).toHaveAttribute('aria-describedby', /cs-title-error/)

  await title.fill('Crates instead of sacks')
  await expect(title).not.toHaveAttribute('aria-invalid')
  await expect(titleError).toHaveCount(0)
  await expect(title).not.toHaveAttribute('aria-describedby', /cs-title-error/)
  await expect(summary.getByRole('link', { name: /^Title: / })).toHaveCount(0)
  // The other fields still say what is wrong with them.
  await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  // A new answer starts afresh: the text is still empty, so its error comes back; the title's does not.
  await page.getByRole('button', { name: 'Create the draft' }).click()
  await expect(page.getByLabel('Text', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Title')).toHaveValue('Crates instead of sacks')
  await expect(page.getByLabel('Title')).not.toHaveAttribute('aria-invalid')
})
