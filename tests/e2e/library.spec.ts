// The public case-study library against the demo seed: search, facets, a case study page,
// comparison, and axe on every page (at desktop and phone widths: the two projects).
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { openMenu } from './fixtures'

const COMPOST = 'Turning market organic waste into compost for urban farmers'
const LIGHTING = 'Lifecycle costing in Nairobi’s street-lighting retrofit tender'

test('the library lists published case studies and passes axe', async ({ page }) => {
  const response = await page.goto('/en/case-studies')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Case studies' })).toBeVisible()
  // The seed publishes 7; the authoring spec, running alongside, may have one of its own up for a moment.
  const found = page.getByRole('status').filter({ hasText: /\d+ case studies found/ })
  await expect(found).toBeVisible()
  expect(Number(/(\d+) case studies found/.exec(await found.innerText())![1])).toBeGreaterThanOrEqual(7)
  await expect(page.getByRole('link', { name: COMPOST })).toBeVisible()
  // Submitted and draft samples are not public.
  await expect(page.getByText('Community repair and reuse hubs')).toHaveCount(0)
  await openMenu(page)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case studies' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('link', { name: 'Download these results as CSV' })).toHaveAttribute('href', '/api/v1/case-studies.csv')
  await expectNoAxeViolations(page)
})

test('searching for a word finds the case study, which opens', async ({ page }) => {
  await page.goto('/en/case-studies')
  // The search field is a combobox: it offers words of the library while typing.
  await page.getByRole('combobox', { name: 'Search case studies' }).fill('compost')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]q=compost/)
  // Two English case studies, and Bogotá's in Spanish, whose text says its schools "compostan"
  // (each text is stemmed in its own language; a search word stands for its forms in each).
  await expect(page.getByRole('status').filter({ hasText: '3 case studies found for “compost”' })).toBeVisible()
  // The title match ranks first.
  await expect(page.getByRole('article').first().getByRole('heading', { level: 3 })).toHaveText(COMPOST)
  await page.getByRole('link', { name: COMPOST }).click()
  await expect(page.getByRole('heading', { level: 1, name: COMPOST })).toBeVisible()
})

test('facets narrow the results and show in a shareable URL', async ({ page }) => {
  await page.goto('/en/case-studies')
  const countries = page.getByRole('group', { name: 'Country' })
  await countries.getByRole('checkbox', { name: /^Kenya/ }).check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]country=KE/)
  await expect(page.getByRole('status').filter({ hasText: '1 case study found' })).toBeVisible()
  await expect(page.getByRole('link', { name: LIGHTING })).toBeVisible()
  await expect(page.getByRole('link', { name: COMPOST })).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Kenya/ })).toBeChecked()

  await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Ghana/ }).check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/country=GH/)
  // Kenya or Ghana: the seeded three, and any Accra case study another spec publishes meanwhile.
  const found = page.getByRole('status').filter({ hasText: /\d+ case studies found/ })
  await expect(found).toBeVisible()
  expect(Number(/(\d+) case studies found/.exec(await found.innerText())![1])).toBeGreaterThanOrEqual(3)
  await expect(page.getByRole('link', { name: LIGHTING })).toBeVisible()
  await expect(page.getByRole('link', { name: COMPOST })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a search with no result says so and passes axe', async ({ page }) => {
  // Hostile punctuation around words that are nowhere in the library, nor near any word of it.
  await page.goto('/en/case-studies?q=%27%29%3B%20xqzvwk%20--%20pzqtvy')
  await expect(page.getByText('No published case study matches.')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a case study page has its facts, metrics table, chart, map and JSON-LD', async ({ page }) => {
  const response = await page.goto('/en/case-studies/accra-market-organic-waste-composting')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: COMPOST })).toHaveAttribute('lang', 'en')
  await expect(page.getByText('Reviewed by Circulars Africa Hub')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Accra', exact: true }).first()).toHaveAttribute('href', '/en/cities/accra')

  const metrics = page.getByRole('table', { name: 'Impact figures reported by the city' })
  await expect(metrics.getByRole('rowheader', { name: 'Waste diverted' })).toBeVisible()
  await expect(metrics.getByRole('row', { name: /Waste diverted.*4,200 t per year.*2017.*Verified/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Bar chart of the impact figures/ })).toBeVisible()
  await page.getByText('Chart data as a table').click()
  await expect(page.getByRole('table', { name: /compared with the median/ })).toBeVisible()
  await expect(page.getByRole('img', { name: 'World map showing the location of Accra, Ghana' })).toBeVisible()

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(jsonLd).toMatchObject({ '@type': 'Article', headline: COMPOST, spatialCoverage: { '@type': 'City', name: 'Accra' } })
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', COMPOST)
  await expect(page.getByRole('region', { name: 'Related case studies' }).getByRole('listitem').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('unpublished and unknown case studies answer 404', async ({ page }) => {
  for (const path of ['/en/case-studies/nairobi-community-repair-and-reuse-hubs', '/en/case-studies/sao-paulo-compostagem-feiras-livres', '/en/case-studies/no-such-thing']) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('two case studies picked in the library are compared per 1,000 inhabitants', async ({ page }) => {
  await page.goto('/en/case-studies?topic=circular-public-procurement')
  await page.getByRole('checkbox', { name: new RegExp(`Compare.*${LIGHTING.slice(0, 20)}`) }).check()
  await page.getByRole('checkbox', { name: /Compare.*School furniture/ }).check()
  await page.getByRole('button', { name: 'Compare selected' }).click()
  await expect(page).toHaveURL(/\/case-studies\/compare\?ids=/)
  await expect(page.getByRole('heading', { level: 1, name: 'Compare case studies' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Impact per 1,000 inhabitants' })
  await expect(table.getByRole('columnheader', { name: new RegExp(LIGHTING.slice(0, 20)) })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'Costs saved (KES)' })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'Jobs created' })).toBeVisible()
  await expect(table.getByText(/per 1,000 inhabitants/).first()).toBeVisible()
  await expect(table.getByText('—').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('comparing fewer than two case studies explains what to do', async ({ page }) => {
  await page.goto('/en/case-studies/compare?ids=accra-market-organic-waste-composting')
  await expect(page.getByText('Choose two to four published case studies to compare.')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the library is translated', async ({ page }) => {
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: 'http://localhost:3100' }])
  // The old address goes to the page in the chosen language.
  await page.goto('/case-studies/nairobi-street-lighting-lifecycle-costing')
  await expect(page).toHaveURL(/\/fr\/case-studies\/nairobi-street-lighting-lifecycle-costing$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 2, name: 'Impact' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Chiffres d’impact déclarés par la ville' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('open data: API, CSV, feed, sitemap and robots answer', async ({ request }) => {
  const list = await request.get('/api/v1/case-studies?topic=food-systems')
  expect(list.status()).toBe(200)
  expect((await list.json()).total).toBe(2)
  const invalid = await request.get('/api/v1/case-studies?pageSize=101')
  expect(invalid.status()).toBe(422)
  expect((await invalid.json()).error.fields).toHaveProperty('pageSize')
  expect((await request.get('/api/v1/case-studies.csv?country=GH')).headers()['content-type']).toContain('text/csv')
  expect(await (await request.get('/en/case-studies/feed.xml')).text()).toContain('<feed')
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/case-studies/accra-market-organic-waste-composting')
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
  expect((await request.get('/case-studies/world-map.svg')).headers()['content-type']).toContain('image/svg+xml')
})
