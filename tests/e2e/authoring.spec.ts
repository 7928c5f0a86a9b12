// Case-study authoring and review, end to end: an official writes a case study, a hub officer
// asks for changes, the official resubmits, a hub manager publishes it and the public finds it
// by search. And the refusals: no self-publication, another city's official and anonymous
// visitors see nothing of a draft or its files, hostile uploads are refused with a clear message.
// Every test makes its own case studies (unique titles), so the two browser projects and the
// other specs can run at the same time against one database; the published one is taken down
// again at the end so the library's counts go back to the seed's.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import sharp from 'sharp'
import { expectNoAxeViolations } from './axe'
import { minimalPdf } from '../factories/files'
import { newPage, signIn, openMenu } from './fixtures'

const AUTHOR = 'accra.official@example.org'
const OTHER_CITY = 'nairobi.official@example.org'
const OFFICER = 'africa.officer@example.org'
const MANAGER = 'africa.manager@example.org'

// Sign-ins are limited per account (10 in 15 minutes) and the whole suite signs in as the same
// demo people: each worker signs in once per person and reuses the session cookie.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>()

async function pageAs(browser: Browser, email: string): Promise<Page> {
  const state = sessions.get(email)
  if (state) return (await browser.newContext({ storageState: state })).newPage()
  const page = await newPage(browser)
  await signIn(page, email)
  sessions.set(email, await page.context().storageState())
  return page
}

/** A word no other case study contains, so a full-text search finds only ours (letters only). */
function uniqueWord() {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  let word = 'zx'
  for (let i = 0; i < 10; i++) word += letters[Math.floor(Math.random() * letters.length)]
  return word
}

function caseStudyIdOf(page: Page): string {
  const match = /\/my\/case-studies\/([^/?#]+)/.exec(new URL(page.url()).pathname)
  expect(match, page.url()).not.toBeNull()
  return match![1]!
}

/** Creates a draft through the form and returns its id (the page is left on its desk page). */
async function createDraft(page: Page, title: string, word = uniqueWord()) {
  await page.goto('/my/case-studies/new')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Summary').fill(`Accra market traders return reusable crates instead of single-use sacks (${word}).`)
  await page.getByLabel('Text', { exact: true }).fill(`## What we did\n\nA deposit on crates at three markets, tracked by **${word}** tags.`)
  await page.getByRole('checkbox', { name: 'Waste prevention' }).check()
  await page.getByRole('button', { name: 'Create the draft' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The draft was created.' })).toBeVisible()
  return caseStudyIdOf(page)
}

async function noisePng(width = 480, height = 320): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5) * 104729) % 251
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer()
}

test('an official writes a case study, an officer asks for changes, a manager publishes it and the public finds it', async ({ browser }, testInfo) => {
  test.setTimeout(120_000)
  const word = uniqueWord()
  const title = `Reusable market crates in Accra ${testInfo.project.name} ${word}`

  const author = await pageAs(browser, AUTHOR)
  await author.goto('/my/case-studies')
  await expect(author.getByRole('heading', { level: 1, name: 'My case studies' })).toBeVisible()
  await openMenu(author)
  await expect(author.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'My case studies' })).toHaveAttribute('aria-current', 'page')
  await expectNoAxeViolations(author)
  await author.getByRole('link', { name: 'New case study' }).click()
  await expect(author.getByRole('heading', { level: 1, name: 'New case study' })).toBeVisible()
  await expectNoAxeViolations(author)

  // Errors are summarised at the top, which takes focus, and tied to their inputs.
  await author.getByLabel('Title').fill(title)
  await author.getByRole('group', { name: /Costs saved/ }).getByLabel('Value').fill('2500')
  await author.getByRole('button', { name: 'Create the draft' }).click()
  const summary = author.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /^Summary:/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /^Topics: Choose at least one topic/ })).toBeVisible()
  await expect(summary.getByRole('link', { name: /Costs saved: Currency: Give the currency/ })).toBeVisible()
  const currency = author.getByRole('group', { name: /Costs saved/ }).getByLabel('Currency')
  await expect(currency).toHaveAttribute('aria-invalid', 'true')
  await expect(currency).toHaveAccessibleDescription(/Give the currency of the amount/)
  await expect(author.getByLabel('Title')).toHaveValue(title)
  await expectNoAxeViolations(author)

  await currency.fill('GHS')
  await author.getByLabel('Summary').fill(`Accra market traders return reusable crates instead of single-use sacks, cutting plastic waste (${word}).`)
  await author.getByLabel('Text', { exact: true }).fill(`## What we did\n\nA deposit on crates at three markets.\n\n<script>alert(1)</script>\n\n- Kaneshie\n- Makola`)
  await author.getByLabel('Start year').fill('2022')
  await author.getByRole('checkbox', { name: 'Waste prevention' }).check()
  const waste = author.getByRole('group', { name: /Waste diverted/ })
  await waste.getByLabel('Value').fill('120.5')
  await waste.getByLabel('Baseline year').fill('2021')
  await waste.getByLabel('How it was measured').fill('Weighbridge records of the market waste collection')
  await author.getByRole('button', { name: 'Show preview' }).click()
  const preview = author.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'What we did' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  await expect(preview.locator('script')).toHaveCount(0)
  await author.getByRole('button', { name: 'Create the draft' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'The draft was created.' })).toBeVisible()
  const id = caseStudyIdOf(author)
  await expect(author.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(author.getByText('Draft', { exact: true })).toBeVisible()
  await expectNoAxeViolations(author)

  await author.getByRole('button', { name: 'Submit for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()
  await expect(author.getByRole('button', { name: 'Submit for review' })).toHaveCount(0)
  await expect(author.getByRole('button', { name: /Publish/ })).toHaveCount(0)

  // A hub officer finds it in the queue and asks for changes.
  const officer = await pageAs(browser, OFFICER)
  await officer.goto('/reviews')
  await expect(officer.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible()
  const item = officer.getByRole('listitem').filter({ hasText: title })
  await expect(item).toContainText('New case study')
  await expect(item).toContainText(/Submitted .*(now|second|minute)/)
  await expectNoAxeViolations(officer)
  await item.getByRole('link', { name: title }).click()
  await expect(officer).toHaveURL(new RegExp(`/reviews/${id}$`))
  await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expectNoAxeViolations(officer)
  await officer.getByLabel('Your comment').fill('Which markets took part first?')
  await officer.getByRole('button', { name: 'Post the comment' }).click()
  await expect(officer.getByRole('status').filter({ hasText: 'Your comment was posted.' })).toBeVisible()
  await officer.getByLabel('What should the authors change?').fill('Please say how many crates are in circulation.')
  await officer.getByRole('button', { name: 'Request changes' }).click()
  await expect(officer.getByRole('status').filter({ hasText: 'Changes were requested.' })).toBeVisible()

  // The author sees the note and the comment, edits and resubmits.
  await author.goto(`/my/case-studies/${id}`)
  await expect(author.getByText('Changes requested', { exact: true }).first()).toBeVisible()
  await expect(author.getByRole('region', { name: 'Latest review' })).toContainText('Please say how many crates are in circulation.')
  await expect(author.getByRole('region', { name: 'Review comments' })).toContainText('Which markets took part first?')
  await author.getByRole('link', { name: 'Edit the case study' }).click()
  await expect(author.getByLabel('Title')).toHaveValue(title)
  await expectNoAxeViolations(author)
  await author
    .getByLabel('Summary')
    .fill(`Accra market traders return 4,000 reusable crates instead of single-use sacks, cutting plastic waste (${word}).`)
  await author.getByRole('button', { name: 'Save changes' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Your changes were saved.' })).toBeVisible()
  await author.getByLabel('Your comment').fill('Kaneshie and Makola started first.')
  await author.getByRole('button', { name: 'Post the comment' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Your comment was posted.' })).toBeVisible()
  await author.getByRole('button', { name: 'Submit for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()

  // A manager sees what changed since the version sent back, verifies a figure and publishes.
  const manager = await pageAs(browser, MANAGER)
  await manager.goto(`/reviews/${id}`)
  const changes = manager.getByRole('region', { name: 'What changed since the previous submission' })
  // Word by word (issue 15, defect 7): only "4,000" is new; nothing of the sentence was removed.
  await expect(changes.locator('ins')).toHaveCount(1)
  await expect(changes.locator('ins')).toHaveText(/^\s*added\s*4,000\s*$/i)
  await expect(changes.locator('del')).toHaveCount(0)
  await expectNoAxeViolations(manager)
  await manager.getByRole('checkbox', { name: 'Waste diverted' }).check()
  await manager.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()

  // The history keeps both submissions and shows the difference without relying on colour.
  await author.goto(`/my/case-studies/${id}/revisions`)
  const history = author.getByRole('region', { name: 'Revisions', exact: true })
  await expect(history.getByRole('heading', { name: /^Revision 1 Changes requested$/ })).toBeVisible()
  await expect(history.getByRole('heading', { name: /^Revision 2 Approved$/ })).toBeVisible()
  await expect(history).toContainText('Please say how many crates are in circulation.')
  const diff = author.getByRole('region', { name: 'Changes from revision 1 to revision 2' })
  await expect(diff.locator('ins').first()).toContainText('added')
  await expect(diff.locator('ins').first()).toContainText('4,000')
  await expect(diff.locator('del')).toHaveCount(0)
  await expectNoAxeViolations(author)

  // The public finds it by search (the library caches results for a few seconds).
  const visitor = await newPage(browser)
  await expect(async () => {
    await visitor.goto(`/en/case-studies?q=${word}`)
    await expect(visitor.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await visitor.getByRole('link', { name: title }).click()
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const publicPath = new URL(visitor.url()).pathname
  const figures = visitor.getByRole('table', { name: 'Impact figures reported by the city' })
  await expect(figures.getByRole('row', { name: /Waste diverted/ })).toContainText('Verified')
  await expect(figures.getByRole('row', { name: /Costs saved/ })).toContainText('Not verified')

  // Editing the published case study makes a revision; the published version stays up meanwhile.
  await author.goto(`/my/case-studies/${id}/edit`)
  await expect(author.getByText('the published version stays up until the revision is approved')).toBeVisible()
  await author.getByLabel('Summary').fill(`Accra market traders now return 6,500 reusable crates instead of single-use sacks (${word}).`)
  await author.getByRole('button', { name: 'Save changes' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Your changes were saved as a revision.' })).toBeVisible()
  await expect(author.getByText('Revision 3: In progress')).toBeVisible()
  await author.getByRole('button', { name: 'Submit the revision for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()
  await visitor.goto(publicPath)
  await expect(visitor.getByText('4,000 reusable crates')).toBeVisible()
  await manager.goto(`/reviews/${id}`)
  const revision = manager.getByRole('region', { name: 'What changed against the published version' })
  await expect(revision.locator('ins').filter({ hasText: '6,500' })).toHaveCount(1)
  await expect(revision.locator('del').filter({ hasText: '4,000' })).toHaveCount(1)
  await expect(revision.locator('del').filter({ hasText: 'reusable crates' })).toHaveCount(0)
  await expectNoAxeViolations(manager)
  await manager.getByRole('button', { name: 'Publish the revision' }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()
  await expect(async () => {
    await visitor.goto(publicPath)
    await expect(visitor.getByText('6,500 reusable crates')).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })

  // Managers may take it down again (which also keeps the library's counts as the seed has them).
  await manager.goto(`/reviews/${id}`)
  await manager.getByLabel('Why take it off the library?').fill('End-to-end test clean-up.')
  await manager.getByRole('button', { name: 'Unpublish' }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'taken off the library' })).toBeVisible()
  // (The library may serve a published page a few seconds stale.)
  await expect.poll(async () => (await visitor.goto(publicPath))?.status(), { timeout: 30_000 }).toBe(404)
})

test('authors cannot publish their own case study; other cities and anonymous visitors see nothing of a draft', async ({ browser, playwright }, testInfo) => {
  const author = await pageAs(browser, AUTHOR)
  const id = await createDraft(author, `Draft kept in Accra ${testInfo.project.name} ${uniqueWord()}`)
  await author.getByRole('button', { name: 'Submit for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()

  // The author is offered no decision: the review pages are not theirs.
  await expect(author.getByRole('button', { name: /Publish/ })).toHaveCount(0)
  expect((await author.goto(`/reviews/${id}`))?.status()).toBe(404)
  expect((await author.goto('/reviews'))?.status()).toBe(404)
  await expect(author.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Reviews' })).toHaveCount(0)

  // An official of another city: 404 on every page of the draft.
  const other = await pageAs(browser, OTHER_CITY)
  for (const path of [`/my/case-studies/${id}`, `/my/case-studies/${id}/edit`, `/my/case-studies/${id}/revisions`, `/reviews/${id}`]) {
    const response = await other.goto(path)
    expect(response?.status(), path).toBe(404)
  }
  await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await other.goto('/my/case-studies')
  await expect(other.getByRole('link', { name: /Draft kept in Accra/ })).toHaveCount(0)

  // Anonymous visitors are sent to sign in, and come back afterwards.
  const anonymous = await newPage(browser)
  await anonymous.goto(`/my/case-studies/${id}`)
  await expect(anonymous).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=(%2F|/)my(%2F|/)case-studies(%2F|/)${id}$`))
  await anonymous.goto('/reviews')
  await expect(anonymous).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)reviews$/)
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  const upload = await api.post(`/api/case-studies/${id}/attachments`, {
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: await noisePng(8, 8) }, altText: 'x' },
  })
  expect(upload.status()).toBe(401)
  expect((await upload.json()).error.code).toBe('UNAUTHENTICATED')
  await api.dispose()
})

test('an official uploads an image with a progress bar, sees it, and only the right people can download it', async ({ browser, playwright }, testInfo) => {
  const author = await pageAs(browser, AUTHOR)
  const id = await createDraft(author, `Crate photos ${testInfo.project.name} ${uniqueWord()}`)
  const files = author.getByRole('region', { name: 'Images and documents' })
  await files.getByLabel('File', { exact: true }).setInputFiles({ name: 'kaneshie-market.png', mimeType: 'image/png', buffer: await noisePng() })
  await files.getByLabel('Text alternative (images)').fill('Stacks of green crates at Kaneshie market')
  await files.getByLabel('Use this image as the cover image').check()
  await files.getByRole('button', { name: 'Upload' }).click()
  await expect(files.getByRole('status').filter({ hasText: '“kaneshie-market.png” was uploaded.' })).toBeVisible()
  await expect(files.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('value', '100')
  const image = files.getByRole('img', { name: 'Stacks of green crates at Kaneshie market' })
  await expect(image).toBeVisible()
  await expect(files.getByText('Cover image', { exact: true })).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480)
  await expectNoAxeViolations(author)

  const src = await image.getAttribute('src')
  expect(src).toMatch(/^\/api\/files\/[^/]+$/)
  const download = await author.request.get(src!)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('image/png')
  expect(download.headers()['x-content-type-options']).toBe('nosniff')
  expect(download.headers()['content-disposition']).toMatch(/^inline; filename="kaneshie-market\.png"; filename\*=UTF-8''kaneshie-market\.png$/)
  expect(download.headers()['cache-control']).toBe('private, no-store')
  // Files are outside the page proxy and carry their own policy: nothing in them can run.
  expect(download.headers()['content-security-policy']).toMatch(/default-src 'none'/)
  expect(download.headers()['content-security-policy']).toContain('sandbox')

  // Anonymous and another city's official: the draft's file does not exist for them.
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
  const anonymous = await api.get(src!)
  expect(anonymous.status()).toBe(404)
  expect(anonymous.headers()['cache-control']).toBe('no-store')
  await api.dispose()
  const other = await pageAs(browser, OTHER_CITY)
  expect((await other.request.get(src!)).status()).toBe(404)
  const foreignUpload = await other.request.post(`/api/case-studies/${id}/attachments`, {
    multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: await noisePng(8, 8) }, altText: 'x' },
  })
  expect(foreignUpload.status()).toBe(404)

  // PDFs are always downloads.
  await files.getByLabel('File', { exact: true }).setInputFiles({ name: 'crate-tender.pdf', mimeType: 'application/pdf', buffer: minimalPdf() })
  await files.getByRole('button', { name: 'Upload' }).click()
  await expect(files.getByRole('status').filter({ hasText: '“crate-tender.pdf” was uploaded.' })).toBeVisible()
  const pdfLink = files.getByRole('link', { name: /^crate-tender\.pdf \(PDF, / })
  await expect(pdfLink).toBeVisible()
  const pdf = await author.request.get((await pdfLink.getAttribute('href'))!)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="crate-tender\.pdf"/)

  // The author removes it again.
  await files.getByRole('button', { name: 'Remove kaneshie-market.png' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'The file was removed.' })).toBeVisible()
  await expect(author.getByRole('img', { name: 'Stacks of green crates at Kaneshie market' })).toHaveCount(0)
})

test('hostile uploads are refused with a clear message', async ({ browser }, testInfo) => {
  const author = await pageAs(browser, AUTHOR)
  await createDraft(author, `Hostile files ${testInfo.project.name} ${uniqueWord()}`)
  const files = author.getByRole('region', { name: 'Images and documents' })
  const attempts = [
    { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('This is plain text pretending to be a PNG image.') },
  ]
  for (const file of attempts) {
    await files.getByLabel('File', { exact: true }).setInputFiles(file)
    await files.getByLabel('Text alternative (images)').fill('A picture')
    await files.getByRole('button', { name: 'Upload' }).click()
    const alert = files.getByRole('alert')
    await expect(alert).toContainText('The file was not added')
    await expect(alert).toContainText('This file type is not accepted. Upload a PNG, JPEG or WebP image, or a PDF.')
  }
  await expect(files.getByRole('img')).toHaveCount(0)
  await expect(files.getByText('No files yet.')).toBeVisible()

  // Too large: refused before the server reads it all.
  await files.getByLabel('File', { exact: true }).setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(12 * 1024 * 1024)]),
  })
  await files.getByLabel('Text alternative (images)').fill('A picture')
  await files.getByRole('button', { name: 'Upload' }).click()
  await expect(files.getByRole('alert')).toContainText('This file is too large (images up to 10 MB, PDFs up to 20 MB).')

  // An image without a text alternative is not sent at all.
  await files.getByLabel('File', { exact: true }).setInputFiles({ name: 'crates.png', mimeType: 'image/png', buffer: await noisePng(16, 16) })
  await files.getByLabel('Text alternative (images)').fill('')
  await files.getByRole('button', { name: 'Upload' }).click()
  await expect(files.getByLabel('Text alternative (images)')).toHaveAccessibleDescription(/Describe the image for people who cannot see it/)
  await expectNoAxeViolations(author)
})

test('the desk, the form and the review queue speak the reader’s language', async ({ browser }, testInfo) => {
  // Twelve signed-in page loads and two axe runs: more than the default 30 s on 2 shared cores.
  test.slow()
  const baseURL = testInfo.project.use.baseURL!
  const official = await pageAs(browser, AUTHOR)
  const officer = await pageAs(browser, OFFICER)
  const expected = {
    es: { desk: 'Mis casos de estudio', form: 'Nuevo caso de estudio', queue: 'Revisiones' },
    pt: { desk: 'Meus estudos de caso', form: 'Novo estudo de caso', queue: 'Revisões' },
    fr: { desk: 'Mes études de cas', form: 'Nouvelle étude de cas', queue: 'Relectures' },
    zh: { desk: '我的案例研究', form: '新建案例研究', queue: '审核' },
  }
  for (const [locale, headings] of Object.entries(expected)) {
    for (const page of [official, officer]) await page.context().addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }])
    await official.goto('/my/case-studies')
    await expect(official.getByRole('heading', { level: 1, name: headings.desk })).toBeVisible()
    await official.goto('/my/case-studies/new')
    await expect(official.getByRole('heading', { level: 1, name: headings.form })).toBeVisible()
    await officer.goto('/reviews')
    await expect(officer.getByRole('heading', { level: 1, name: headings.queue })).toBeVisible()
  }
  // Chinese is the script most likely to show layout problems.
  await expectNoAxeViolations(official)
  await expectNoAxeViolations(officer)
})
