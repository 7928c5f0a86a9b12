// Issue 15, defect 1: a published case study shows its files to the public. The cover image on
// the library card (small, lazy, with srcset and its text alternative) and on the page (with
// og:image for sharing), the other images as a gallery, PDFs as downloads, and all of them in
// the API. On main before the fix the card and page showed no image, no document was listed
// and the API had no coverImage/images/attachments.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { minimalPdf } from '../factories/files'
import { newPage } from './fixtures'
import { AUTHOR, createDraft, MANAGER, noisePng, pageAs, uniqueWord } from './case-study-helpers'

test('a published case study shows its cover, gallery and documents, and the API returns them', async ({ browser, playwright }, testInfo) => {
  test.setTimeout(90_000)
  const word = uniqueWord()
  const title = `Crate deposit in pictures ${testInfo.project.name} ${word}`
  const author = await pageAs(browser, AUTHOR)
  const id = await createDraft(author, title, word)
  const files = author.getByRole('region', { name: 'Images and documents' })
  const upload = async (name: string, buffer: Buffer, altText?: string, cover = false) => {
    await files.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'image/png', buffer })
    if (altText) await files.getByLabel('Text alternative (images)').fill(altText)
    if (cover) await files.getByLabel('Use this image as the cover image').check()
    await files.getByRole('button', { name: 'Upload' }).click()
    await expect(files.getByRole('status').filter({ hasText: `“${name}” was uploaded.` })).toBeVisible()
  }
  await upload('crates-cover.png', await noisePng(1400, 700), 'Green crates stacked at a market stall', true)
  await upload('crate-wash.png', await noisePng(800, 600), 'Traders washing returned crates')
  await upload('crate-tender.pdf', minimalPdf())
  await author.getByRole('button', { name: 'Submit for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()

  const manager = await pageAs(browser, MANAGER)
  await manager.goto(`/reviews/${id}`)
  await manager.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()

  try {
    // The library card: a small, lazy image with srcset, sizes and the author's text alternative.
    const visitor = await newPage(browser)
    await expect(async () => {
      await visitor.goto(`/en/case-studies?q=${word}`)
      await expect(visitor.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
    const card = visitor.getByRole('article').filter({ has: visitor.getByRole('link', { name: title }) })
    const thumbnail = card.getByRole('img', { name: 'Green crates stacked at a market stall' })
    await expect(thumbnail).toHaveAttribute('loading', 'lazy')
    await expect(thumbnail).toHaveAttribute('srcset', /\?w=320 320w, .*\?w=640 640w$/)
    await expect(thumbnail).toHaveAttribute('sizes', /.+/)
    await thumbnail.scrollIntoViewIfNeeded()
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThanOrEqual(640)
    await expectNoAxeViolations(visitor)

    // The page: the cover, the gallery, the documents, and og:image for sharing.
    await visitor.getByRole('link', { name: title }).click()
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const cover = visitor.getByRole('img', { name: 'Green crates stacked at a market stall' })
    await expect(cover).toHaveAttribute('srcset', /\?w=1280 1280w$/)
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    const gallery = visitor.getByRole('region', { name: 'Images' })
    await expect(gallery.getByRole('img', { name: 'Traders washing returned crates' })).toBeVisible()
    const documents = visitor.getByRole('region', { name: 'Documents' })
    const pdfLink = documents.getByRole('link', { name: /^crate-tender\.pdf \(PDF, / })
    await expect(pdfLink).toBeVisible()
    const pdf = await visitor.request.get((await pdfLink.getAttribute('href'))!)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const ogImage = await visitor.locator('meta[property="og:image"]').getAttribute('content')
    expect(ogImage).toMatch(/^http:\/\/[^/]+\/api\/files\/[^/?]+\?w=1280$/)
    const ogAlt = await visitor.locator('meta[property="og:image:alt"]').getAttribute('content')
    expect(ogAlt).toBe('Green crates stacked at a market stall')
    await expectNoAxeViolations(visitor)

    // Resized copies are WebP at the width asked; other widths are refused with a clear message.
    const small = await visitor.request.get(new URL(ogImage!).pathname + '?w=320')
    expect(small.status()).toBe(200)
    expect(small.headers()['content-type']).toBe('image/webp')
    expect(small.headers()['cache-control']).toBe('public, max-age=300')
    const odd = await visitor.request.get(new URL(ogImage!).pathname + '?w=333')
    expect(odd.status()).toBe(422)
    expect((await odd.json()).error.message).toContain('320, 640, 960, 1280')

    // The API: cover on the list item and the detail, every image and the documents on the detail.
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL })
    const slug = new URL(visitor.url()).pathname.split('/').pop()!
    const detail = await (await api.get(`/api/v1/case-studies/${slug}`)).json()
    expect(detail.coverImage).toMatchObject({ altText: 'Green crates stacked at a market stall', width: 1400, height: 700 })
    expect(detail.coverImage.url).toMatch(/^http:\/\/[^/]+\/api\/files\/[^/?]+$/)
    expect(detail.coverImage.srcset).toMatch(/^http:\/\/\S+\?w=320 320w, /)
    expect(detail.images.map((image: { altText: string }) => image.altText)).toEqual([
      'Green crates stacked at a market stall',
      'Traders washing returned crates',
    ])
    expect(detail.attachments).toEqual([expect.objectContaining({ fileName: 'crate-tender.pdf', mimeType: 'application/pdf' })])
    const list = await (await api.get(`/api/v1/case-studies?q=${word}`)).json()
    expect(list.items[0].coverImage.altText).toBe('Green crates stacked at a market stall')
    await api.dispose()
  } finally {
    // Taken down again so the library's counts stay the seed's.
    await manager.goto(`/reviews/${id}`)
    await manager.getByLabel('Why take it off the library?').fill('End-to-end test clean-up.')
    await manager.getByRole('button', { name: 'Unpublish' }).click()
    await expect(manager.getByRole('status').filter({ hasText: 'taken off the library' })).toBeVisible()
  }
})
