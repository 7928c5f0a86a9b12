// Issue 15, defect 3: the CSV import says what is wrong and what is expected, refuses country
// codes that are no country, heads a preview's problems as a preview, and assigns cities to a hub.
// On main "XX" was accepted, the problems read "This value is not valid.", the preview was headed
// "The file was not imported" and a hub column was refused as unknown.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { signIn } from './fixtures'

const suffix = () => Math.random().toString(36).slice(2, 8)

test('the import explains each problem, refuses XX, and makes imported cities hub members', async ({ page }, testInfo) => {
  const id = suffix()
  await signIn(page, 'admin@example.org')
  await page.goto('/admin/import')
  const header = 'name,country_code,region,population,latitude,longitude,hub'
  await page.getByLabel('What to import').selectOption('cities')
  await page.getByLabel('Or paste the CSV text').fill(
    [header, `Nowhere ${id},XX,West Africa,1000,6.1,-0.2,`, `Lat ${id},GH,West Africa,about 900,96,-0.2,`, `Hubless ${id},GH,West Africa,10,6.1,-0.2,atlantis`].join('\n'),
  )
  await page.getByRole('button', { name: 'Preview' }).click()
  const status = page.getByRole('alert').filter({ hasText: 'problems were found' })
  await expect(status).toContainText('The file has problems to fix before it can be imported.')
  await expect(status).not.toContainText('The file was not imported')
  const problems = page.getByRole('region', { name: 'Problems' })
  await expect(problems.getByRole('row').filter({ hasText: 'country_code' })).toContainText(
    '“XX” is not a country code: use the two letters of ISO 3166-1, such as GH, BR or CN.',
  )
  await expect(problems.getByRole('row').filter({ hasText: 'latitude' })).toContainText('“96” is not a latitude: give a number from -90 to 90')
  await expect(problems.getByRole('row').filter({ hasText: 'population' })).toContainText('“about 900” is not a population')
  await expect(problems.getByRole('row').filter({ hasText: 'hub' })).toContainText('No hub has the web address “atlantis”')
  await expect(problems).not.toContainText('This value is not valid.')
  await expectNoAxeViolations(page)

  // A good file with a hub column: the city is imported as a member of the Africa hub.
  const name = `Sunyani ${testInfo.project.name} ${id}`
  await page.getByLabel('Or paste the CSV text').fill([header, `${name},GH,West Africa,248000,7.34,-2.33,africa`].join('\n'))
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 row has been imported.' })).toBeVisible()
  await expect(async () => {
    await page.goto('/en/hubs/africa')
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
})
