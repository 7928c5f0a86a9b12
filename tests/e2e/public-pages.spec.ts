import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu } from './fixtures'

const pages = [
  { path: '/', heading: 'Cities learning from cities on the circular economy' },
  { path: '/en/hubs', heading: 'Regional hubs' },
  { path: '/en/hubs/africa', heading: 'Circulars Africa Hub' },
  { path: '/en/coalitions', heading: 'Coalitions and networks' },
  { path: '/en/coalitions/green-circular-cities-coalition', heading: 'Green Circular Cities Coalition' },
  { path: '/en/cities', heading: 'Member cities' },
  { path: '/en/cities?hub=africa', heading: 'Member cities' },
  { path: '/en/cities/accra', heading: 'Accra' },
]

for (const { path, heading } of pages) {
  test(`${path} shows real network data and passes axe`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await openMenu(page)
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('the home page lists the four hubs, the coalitions and published sample case studies', async ({ page }) => {
  await page.goto('/en')
  const hubs = page.getByRole('region', { name: 'Regional hubs' })
  for (const name of ['Circulars Africa Hub', 'Circulars China Hub', 'Circulars USA Hub', 'Circulars South America Hub']) {
    await expect(hubs.getByRole('link', { name })).toBeVisible()
  }
  const coalitions = page.getByRole('region', { name: 'Coalitions and networks' })
  await expect(coalitions.getByRole('link', { name: 'CityFood' })).toBeVisible()
  await expect(coalitions.getByRole('link', { name: 'African Circular Economy Network' })).toBeVisible()
  const latest = page.getByRole('region', { name: 'Latest case studies' })
  await expect(latest.getByRole('listitem').first()).toBeVisible()
  await expect(latest.getByText('Sample').first()).toBeVisible()
})

test('the Africa hub page lists the cities the hub works with and its team', async ({ page }) => {
  await page.goto('/en/hubs/africa')
  const members = page.getByRole('region', { name: 'Member cities', exact: true })
  for (const city of ['Accra', 'Cape Town', 'Nairobi', 'Entebbe', 'Rabat', 'Kampala', 'Lilongwe', 'Blantyre', 'Johannesburg', 'Cairo']) {
    await expect(members.getByRole('link', { name: city, exact: true })).toBeVisible()
  }
  const team = page.getByRole('region', { name: 'Hub team' })
  // Other tests appoint officers to this hub in the same database: at least one of each.
  await expect(team.getByText('Hub manager', { exact: true }).first()).toBeVisible()
  await expect(team.getByText('Hub officer', { exact: true }).first()).toBeVisible()
})

test('the cities filter narrows the table to one hub and keeps a shareable URL', async ({ page }) => {
  await page.goto('/en/cities')
  await page.getByLabel('Hub').selectOption('usa')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/\/cities\?hub=usa$/)
  const table = page.getByRole('table', { name: 'Member cities' })
  await expect(table.getByRole('link', { name: 'Austin' })).toBeVisible()
  // Nairobi is in the Africa hub only (other specs may add Accra to more hubs).
  await expect(table.getByRole('link', { name: 'Nairobi' })).toHaveCount(0)
})

test('navigating from a hub to a city and back through the main navigation', async ({ page }) => {
  await page.goto('/en/hubs')
  await page.getByRole('link', { name: 'Circulars Africa Hub' }).click()
  await page.getByRole('region', { name: 'Member cities', exact: true }).getByRole('link', { name: 'Nairobi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nairobi' })).toBeVisible()
  await expect(page.getByText('Kenya').first()).toBeVisible()
  await openMenu(page)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coalitions' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Coalitions and networks' })).toBeVisible()
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coalitions' })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('unknown pages answer 404 with an accessible page', async ({ page }) => {
  for (const path of ['/en/hubs/atlantis', '/en/cities/nowhere', '/en/coalitions/none', '/no-such-page', '/en/hubs/Not%20A%20Slug', '/xx/hubs']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  }
  await expectNoAxeViolations(page)
})

test('the health endpoint reports the database', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: { status: 'ok' } })
})

test('the network map shows member cities as labelled links, filtered by coalition', async ({ page }) => {
  await page.goto('/en')
  const map = page.getByRole('group', { name: /World map of \d+ member cities/ })
  await expect(map.getByRole('link', { name: /^Nairobi, Kenya — Circulars Africa Hub/ })).toBeVisible()
  await expect(map.getByRole('link', { name: /^Austin, United States/ })).toBeVisible()
  await page.getByLabel('Coalition or network').selectOption('green-circular-cities-coalition')
  await page.getByRole('button', { name: 'Show on the map' }).click()
  await expect(page).toHaveURL(/coalition=green-circular-cities-coalition/)
  const filtered = page.getByRole('group', { name: /World map of \d+ member cities/ })
  await expect(filtered.getByRole('link', { name: /^Shanghai, China/ })).toBeVisible()
  await expect(filtered.getByRole('link', { name: /^Nairobi/ })).toHaveCount(0)
  await expectNoAxeViolations(page)

  await page.goto('/en/hubs/africa')
  const hubMap = page.getByRole('group', { name: /World map of the \d+ member cities of Circulars Africa Hub/ })
  await expect(hubMap.getByRole('link', { name: /^Kampala, Uganda/ })).toBeVisible()
})
