// Introductions and files on messages, in the browser:
// - Nairobi's official asks, from an Accra case study, to be introduced; the Africa hub's officer
//   sees the request in the hub inbox and connects the cities; both cities' officials see the
//   conversation. Anonymous visitors get no form.
// - An official sends a message with a PDF; the officer downloads the same bytes; an outsider
//   and an anonymous visitor get 404 from the file URL.
// Both browser projects run at once on one database: each uses its own case study and subject.
// Several people in several browsers per test: more time than the default.
import { expect, test } from '@playwright/test'
import { minimalPdf } from '../factories/files'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

test.describe.configure({ timeout: 90_000 })

const caseStudies = {
  desktop: { slug: 'accra-recycled-plastic-school-furniture', title: /recycled plastic/i },
  phone: { slug: 'accra-market-organic-waste-composting', title: /compost/i },
} as const

test('an official asks for an introduction from a case study; the officer connects the two cities', async ({ browser }, testInfo) => {
  const caseStudy = caseStudies[testInfo.project.name as keyof typeof caseStudies]
  const message = `We would like to learn how you did it (${testInfo.project.name} ${Date.now().toString(36)}).`

  // Anonymous visitors see the case study without the form.
  const visitor = await newPage(browser)
  await visitor.goto(`/en/case-studies/${caseStudy.slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(visitor.getByRole('button', { name: 'Ask for an introduction' })).toHaveCount(0)

  // Accra's own official is not offered an introduction to Accra.
  const host = await newPage(browser)
  await signIn(host, 'accra.official@example.org')
  await host.goto(`/en/case-studies/${caseStudy.slug}`)
  await expect(host.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(host.getByRole('button', { name: 'Ask for an introduction' })).toHaveCount(0)

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto(`/en/case-studies/${caseStudy.slug}`)
  const panel = official.getByRole('region', { name: 'Learn from Accra' })
  await expect(panel).toBeVisible()
  await expectNoAxeViolations(official)
  await panel.getByLabel('Your message').fill(message)
  await panel.getByRole('button', { name: 'Ask for an introduction' }).click()
  // The panel now says the request is pending (the form is gone), also after a reload.
  await expect(panel.getByRole('status')).toContainText('Your city has asked for this introduction.')
  await expect(panel.getByRole('button', { name: 'Ask for an introduction' })).toHaveCount(0)
  await official.reload()
  await expect(official.getByRole('region', { name: 'Learn from Accra' })).toContainText('Your city has asked for this introduction.')

  // The officer sees the request in the hub inbox and connects the cities.
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/hub-inbox')
  const requests = officer.getByRole('region', { name: 'Introduction requests' })
  const request = requests.getByRole('article').filter({ hasText: message })
  await expect(request).toBeVisible()
  await expect(request.getByRole('heading', { name: 'Nairobi asks to be introduced to Accra' })).toBeVisible()
  await expect(request.getByRole('link', { name: caseStudy.title })).toBeVisible()
  await expectNoAxeViolations(officer)
  await request.getByLabel('A word of introduction (optional)').fill('Meet the Accra team, who ran this project.')
  await request.getByRole('button', { name: 'Connect the two cities' }).click()
  await expect(officer).toHaveURL(/\/inbox\/[a-z0-9]+$/)
  await expect(officer.getByText('Introduction', { exact: true })).toBeVisible()
  await expect(officer.getByRole('article').getByText(message)).toBeVisible()
  const conversationPath = new URL(officer.url()).pathname

  // The official finds the conversation in their inbox; Accra's official is in it too.
  await official.goto('/inbox')
  await expect(official.getByRole('listitem').filter({ hasText: caseStudy.title }).first()).toBeVisible()
  await official.goto(conversationPath)
  await expect(official.getByRole('article').getByText('Meet the Accra team, who ran this project.')).toBeVisible()
  await expect(official.getByText('Nairobi, Accra with Circulars Africa Hub').or(official.getByText('Accra, Nairobi with Circulars Africa Hub'))).toBeVisible()
  await expectNoAxeViolations(official)
  await host.goto(conversationPath)
  await expect(host.getByRole('article').getByText(message)).toBeVisible()
  await expect(host.getByLabel('Your reply')).toBeVisible()
})

test('an official sends a PDF that the officer downloads; outsiders get 404', async ({ browser }, testInfo) => {
  const subject = `Tender documents (${testInfo.project.name} ${Date.now().toString(36)})`
  const pdf = minimalPdf()

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/inbox/new')
  await official.getByLabel('Hub', { exact: true }).selectOption({ label: 'Circulars Africa Hub' })
  await official.getByLabel('Subject').fill(subject)
  await official.getByRole('textbox', { name: 'Message' }).fill('Our tender is attached.')
  await official.getByLabel('Files (optional)').setInputFiles({ name: 'tender.pdf', mimeType: 'application/pdf', buffer: pdf })
  await official.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(official.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expect(official.getByRole('link', { name: 'tender.pdf' })).toBeVisible()
  await expectNoAxeViolations(official)

  // A file of the wrong type is refused with a clear error, and nothing is sent.
  await official.getByLabel('Your reply').fill('And a page.')
  await official.locator('#reply-files').setInputFiles({ name: 'page.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') })
  await official.getByRole('button', { name: 'Send the reply' }).click()
  await expect(official.getByRole('region', { name: 'Reply' }).getByRole('alert')).toContainText('This file type is not accepted')
  await expect(official.getByRole('article').getByText('And a page.')).toHaveCount(0)

  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/hub-inbox')
  await officer.getByRole('link', { name: subject }).click()
  await expect(officer.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  const link = officer.getByRole('link', { name: 'tender.pdf' })
  const [download] = await Promise.all([officer.waitForEvent('download'), link.click()])
  expect(download.suggestedFilename()).toBe('tender.pdf')
  const saved = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of saved) chunks.push(chunk as Buffer)
  expect(Buffer.compare(Buffer.concat(chunks), pdf)).toBe(0)

  const href = (await link.getAttribute('href'))!
  const outsider = await newPage(browser)
  await signIn(outsider, 'china.manager@example.org')
  expect((await outsider.request.get(href)).status()).toBe(404)
  const anonymous = await newPage(browser)
  expect((await anonymous.request.get(href)).status()).toBe(404)
})

test('an officer writes first to a member city from the hub inbox', async ({ browser }, testInfo) => {
  const subject = `Webinar invitation (${testInfo.project.name} ${Date.now().toString(36)})`
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/hub-inbox')
  await officer.getByRole('link', { name: 'Write to a city' }).click()
  await expect(officer.getByRole('heading', { level: 1, name: 'Write to a city' })).toBeVisible()
  await expectNoAxeViolations(officer)
  await officer.getByLabel('City', { exact: true }).selectOption({ label: 'Nairobi' })
  await officer.getByLabel('Subject').fill(subject)
  await officer.getByRole('textbox', { name: 'Message' }).fill('Join our webinar on repair hubs.')
  await officer.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(officer.getByRole('heading', { level: 1, name: subject })).toBeVisible()

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/inbox')
  await expect(official.getByRole('link', { name: subject })).toBeVisible()
})
