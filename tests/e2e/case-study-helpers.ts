// Shared steps of the specs that need a case study of their own: sessions reused per worker
// (sign-ins are limited per account), a draft made through the form, and real images.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import sharp from 'sharp'
import { newPage, signIn } from './fixtures'

export const AUTHOR = 'accra.official@example.org'
export const MANAGER = 'africa.manager@example.org'
export const OFFICER = 'africa.officer@example.org'

const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>()

export async function pageAs(browser: Browser, email: string): Promise<Page> {
  const state = sessions.get(email)
  if (state) return (await browser.newContext({ storageState: state })).newPage()
  const page = await newPage(browser)
  await signIn(page, email)
  sessions.set(email, await page.context().storageState())
  return page
}

/** A word no other case study contains, so a full-text search finds only ours (letters only). */
export function uniqueWord() {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  let word = 'zq'
  for (let i = 0; i < 10; i++) word += letters[Math.floor(Math.random() * letters.length)]
  return word
}

/** Creates a draft through the form and returns its id (the page is left on its desk page). */
export async function createDraft(page: Page, title: string, word = uniqueWord()) {
  await page.goto('/my/case-studies/new')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Summary').fill(`Accra traders return reusable crates instead of single-use sacks (${word}).`)
  await page.getByLabel('Text', { exact: true }).fill(`## What we did\n\nA deposit on crates at three markets, tracked by **${word}** tags.`)
  await page.getByRole('checkbox', { name: 'Waste prevention' }).check()
  await page.getByRole('button', { name: 'Create the draft' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The draft was created.' })).toBeVisible()
  const match = /\/my\/case-studies\/([^/?#]+)/.exec(new URL(page.url()).pathname)
  expect(match, page.url()).not.toBeNull()
  return match![1]!
}

export async function noisePng(width = 480, height = 320): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5) * 104729) % 251
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer()
}
