// Translations of a case study, end to end: its author adds a Spanish translation beside the
// original; a reader whose language is Spanish sees it, marked as made by a person and not yet
// reviewed, with the way to the original; the machine translation into Chinese (made by the
// job, through a local engine speaking LibreTranslate's API) is shown marked as a machine's, and
// a hub officer approves it from the queue; the original changes and the Spanish translation is
// marked outdated. Those who may not see these pages get 404. Each project makes its own case
// study, so desktop and phone runs do not meet, and takes it down at the end so the library's
// counts stay the seed's.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { AUTHOR, createDraft, MANAGER, OFFICER, pageAs, uniqueWord } from './case-study-helpers'
import { newPage } from './fixtures'

const REQUIRED = 'This field is required.'

/** The same public page in another language: the language is the path's first segment. */
const inLanguage = (path: string, language: string) => path.replace(/^\/[a-z]{2}(?=\/)/, `/${language}`)

async function reader(browser: Parameters<typeof newPage>[0], locale: string, baseURL: string): Promise<Page> {
  const page = await newPage(browser)
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }])
  return page
}

test('an author translates a case study, readers see the marks, an officer approves the machine translation', async ({ browser }, testInfo) => {
  test.slow()
  const baseURL = testInfo.project.use.baseURL!
  const word = uniqueWord()
  const title = `Crate deposit at Accra markets ${word}`
  const author = await pageAs(browser, AUTHOR)
  const id = await createDraft(author, title, word)
  await author.getByRole('button', { name: 'Submit for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()
  const manager = await pageAs(browser, MANAGER)
  await manager.goto(`/reviews/${id}`)
  await manager.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()

  // The author's translations page: every language with its state; Spanish is missing.
  await author.goto(`/my/case-studies/${id}`)
  const publicPath = await author.getByRole('link', { name: 'See the published version' }).getAttribute('href')
  await author.getByRole('link', { name: 'Translations' }).click()
  await expect(author.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible()
  const spanish = author.getByRole('row', { name: /Spanish/ })
  await expect(spanish).toContainText('Not translated')
  await expectNoAxeViolations(author)
  await spanish.getByRole('link', { name: 'Translate into Spanish' }).click()

  // The editor: the original read-only on the left, the translation on the right.
  await expect(author.getByRole('heading', { level: 1, name: 'Translation into Spanish' })).toBeVisible()
  await expect(author.getByRole('region', { name: 'Original (English)' })).toContainText(title)
  await author.getByLabel('Title in Spanish').fill(`Depósito de cajas en los mercados de Accra ${word}`)
  // An empty required field is refused, saying which.
  await author.getByRole('button', { name: 'Save the translation' }).click()
  await expect(author.getByRole('alert').filter({ hasText: 'The translation was not saved' })).toBeVisible()
  await expect(author.getByLabel('Summary in Spanish')).toHaveAccessibleDescription(REQUIRED)
  await author.getByLabel('Summary in Spanish').fill(`Los comerciantes devuelven cajas reutilizables en lugar de sacos de un solo uso (${word}).`)
  await author.getByLabel('Text in Spanish').fill(`## Qué hicimos\n\nUn depósito sobre las cajas en tres mercados, seguido con etiquetas **${word}**.`)
  await expect(author.getByLabel('Title in Spanish')).toHaveAttribute('lang', 'es')
  await expectNoAxeViolations(author)
  await author.getByRole('button', { name: 'Save the translation' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'The Spanish translation was saved.' })).toBeVisible()
  await expect(author.getByRole('row', { name: /Spanish/ })).toContainText('Needs review')

  // A reader in Spanish sees it, marked as a person's translation not yet reviewed.
  const spanishReader = await reader(browser, 'es', baseURL)
  await spanishReader.goto(inLanguage(publicPath!, 'es'))
  const heading = spanishReader.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(`Depósito de cajas en los mercados de Accra ${word}`)
  await expect(heading).toHaveAttribute('lang', 'es')
  await expect(spanishReader.getByText('Traducido del inglés por una persona, aún sin revisar')).toBeVisible()
  await expectNoAxeViolations(spanishReader)
  await spanishReader.getByRole('link', { name: 'Ver el original' }).click()
  await expect(spanishReader.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(spanishReader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')

  // The machine translation into Chinese arrives through the job; a reader in Chinese sees it marked.
  const chineseReader = await reader(browser, 'zh', baseURL)
  await expect(async () => {
    await chineseReader.goto(inLanguage(publicPath!, 'zh'))
    await expect(chineseReader.getByText('从英语机器翻译，未经人工审核')).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(chineseReader.getByRole('heading', { level: 1 })).toHaveText(`[zh] ${title}`)
  await expect(chineseReader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'zh')
  await expectNoAxeViolations(chineseReader)

  // A hub officer finds it in the queue, by language, and approves it.
  const officer = await pageAs(browser, OFFICER)
  await officer.goto('/reviews/translations')
  await officer.getByRole('link', { name: /Chinese: \d+ waiting/ }).click()
  await expect(officer.getByRole('heading', { level: 1, name: 'Translations to review' })).toBeVisible()
  await expectNoAxeViolations(officer)
  await officer.getByRole('link', { name: title }).click()
  await expect(officer.getByRole('heading', { level: 1, name: 'Review the translation into Chinese' })).toBeVisible()
  await expect(officer.getByText('Machine translation (libretranslate), not edited by a person')).toBeVisible()
  await expectNoAxeViolations(officer)
  await officer.getByRole('button', { name: 'Approve the translation' }).click()
  await expect(officer.getByRole('status').filter({ hasText: 'The translation was approved.' })).toBeVisible()
  await chineseReader.goto(inLanguage(publicPath!, 'zh'))
  await expect(chineseReader.getByText('从英语机器翻译，已由Circulars Africa Hub审核')).toBeVisible()

  // The original changes (a revision, published): the Spanish translation is marked outdated.
  await author.goto(`/my/case-studies/${id}/edit`)
  await author.getByLabel('Summary').fill(`Accra traders now return 6,500 reusable crates instead of single-use sacks (${word}).`)
  await author.getByRole('button', { name: 'Save changes' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Your changes were saved as a revision.' })).toBeVisible()
  await author.getByRole('button', { name: 'Submit the revision for review' }).click()
  await expect(author.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible()
  await manager.goto(`/reviews/${id}`)
  await manager.getByRole('button', { name: 'Publish the revision' }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()
  await spanishReader.goto(inLanguage(publicPath!, 'es'))
  await expect(spanishReader.getByText('Traducción desactualizada: el original cambió después de traducirse.')).toBeVisible()
  await expectNoAxeViolations(spanishReader)
  await author.goto(`/my/case-studies/${id}/translations`)
  await expect(author.getByRole('row', { name: /Spanish/ })).toContainText('Outdated')

  // Taken down again, so the library's counts stay the seed's for the other specs.
  await manager.goto(`/reviews/${id}`)
  await manager.getByLabel('Why take it off the library?').fill('End-to-end test clean-up.')
  await manager.getByRole('button', { name: 'Unpublish' }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'taken off the library' })).toBeVisible()
})

test('a hub officer translates the hub description; readers in that language see it marked', async ({ browser }, testInfo) => {
  test.slow()
  // One language per project, so the desktop and phone runs do not meet.
  const [language, name, mark, text] =
    testInfo.project.name === 'phone'
      ? (['fr', 'French', 'Traduction d\'une personne (original en anglais), pas encore relue', 'Le pôle Afrique accompagne les collectivités du continent.'] as const)
      : (['pt', 'Portuguese', 'Traduzido do inglês por uma pessoa, ainda não revisado', 'O hub da África apoia os governos locais do continente.'] as const)
  const officer = await pageAs(browser, OFFICER)
  await officer.goto('/reviews/translations')
  await officer.getByRole('link', { name: 'Translate the descriptions of your hubs and coalitions' }).click()
  const hub = officer.getByRole('region', { name: 'Circulars Africa Hub · Hub description' })
  await expect(hub).toBeVisible()
  await expectNoAxeViolations(officer)
  await hub.getByRole('link', { name: `Translate into ${name}` }).click()
  await officer.getByLabel(`Description in ${name}`).fill(text)
  await officer.getByRole('button', { name: 'Save the translation' }).click()
  await expect(officer.getByRole('status').filter({ hasText: `The ${name} translation was saved.` })).toBeVisible()
  const visitor = await reader(browser, language, testInfo.project.use.baseURL!)
  await visitor.goto(`/${language}/hubs/africa`)
  await expect(visitor.getByText(text)).toHaveAttribute('lang', language)
  await expect(visitor.getByText(mark)).toBeVisible()
  await expectNoAxeViolations(visitor)
})

test('translation pages are refused to those who may not see them', async ({ browser }) => {
  const author = await pageAs(browser, AUTHOR)
  const id = await createDraft(author, `Refused translations ${uniqueWord()}`)
  // The author has no hub role: no review queue.
  expect((await author.goto('/reviews/translations'))?.status()).toBe(404)
  // An official of another city and a network admin (who reads, but does not translate) may not see
  // the draft's translations. (Another hub's manager is refused in the integration tests: in this
  // suite Accra joins the China and USA hubs, so their managers become its reviewers.)
  for (const email of ['nairobi.official@example.org', 'admin@example.org']) {
    const other = await pageAs(browser, email)
    expect((await other.goto(`/my/case-studies/${id}/translations`))?.status()).toBe(404)
    expect((await other.goto(`/my/case-studies/${id}/translations/es`))?.status()).toBe(404)
  }
  // A language that is the original's, or none, is no editor either.
  expect((await author.goto(`/my/case-studies/${id}/translations/en`))?.status()).toBe(404)
  expect((await author.goto(`/my/case-studies/${id}/translations/xx`))?.status()).toBe(404)
  // Anonymous visitors are sent to sign in.
  const anonymous = await newPage(browser)
  await anonymous.goto(`/my/case-studies/${id}/translations`)
  await expect(anonymous).toHaveURL(/\/sign-in/)
})
