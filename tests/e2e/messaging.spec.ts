// An official asks the Africa hub; an officer answers from another browser; the official sees
// the answer without reloading; unread counts fall when read; an outsider gets a 404. Both
// browser projects run at once on one database, so each run uses its own subject.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

// Three people in three browsers, polling and axe on each page: more time than the default.
test.describe.configure({ timeout: 90_000 })

test('an official asks the Africa hub and sees the officer’s answer live', async ({ browser }, testInfo) => {
  const subject = `Compost pilots (${testInfo.project.name} ${Date.now().toString(36)})`
  const answer = `Start with one market (${testInfo.project.name}).`

  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/inbox')
  await expect(official.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible()
  await expectNoAxeViolations(official)
  await official.getByRole('link', { name: 'Ask a hub' }).click()
  await expect(official.getByRole('heading', { level: 1, name: 'Ask a hub' })).toBeVisible()
  await expectNoAxeViolations(official)
  await official.getByLabel('Hub', { exact: true }).selectOption({ label: 'Circulars Africa Hub' })
  await official.getByLabel('Subject').fill(subject)
  await official.getByRole('textbox', { name: 'Message' }).fill('How did other cities start **compost** pilots?')
  await official.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(official.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expect(official).toHaveURL(/\/inbox\/[a-z0-9]+$/)
  const threadUrl = new URL(official.url()).pathname
  await expect(official.getByRole('article').getByText('compost', { exact: true })).toBeVisible()
  await expectNoAxeViolations(official)

  // The officer finds it unread in the hub's shared inbox and answers in another browser.
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/hub-inbox')
  const row = officer.getByRole('listitem').filter({ hasText: subject })
  await expect(row.getByText('1 unread')).toBeVisible()
  await expectNoAxeViolations(officer)
  await row.getByRole('link', { name: subject }).click()
  await expect(officer.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expectNoAxeViolations(officer)
  await officer.getByLabel('Your reply').fill(answer)
  await officer.getByRole('button', { name: 'Send the reply' }).click()
  await expect(officer.getByRole('article').getByRole('paragraph').filter({ hasText: answer })).toBeVisible()

  // Read: the officer's unread badge is gone.
  await officer.goto('/hub-inbox')
  await expect(row).toBeVisible()
  await expect(row.getByText(/unread/)).toHaveCount(0)

  // The official's open thread shows the answer without a reload (polling).
  await expect(official.getByRole('article').getByRole('paragraph').filter({ hasText: answer })).toBeVisible({ timeout: 15_000 })
  await official.goto('/inbox')
  const officialRow = official.getByRole('listitem').filter({ hasText: subject })
  await expect(officialRow).toBeVisible()
  await expect(officialRow.getByText(/unread/)).toHaveCount(0)

  // Someone outside the conversation gets a 404, from the page and from the polling route.
  const outsider = await newPage(browser)
  await signIn(outsider, 'china.manager@example.org')
  const response = await outsider.goto(threadUrl)
  expect(response?.status()).toBe(404)
  await expect(outsider.getByRole('heading', { level: 1, name: 'Conversation not found' })).toBeVisible()
  await expect(outsider.getByText(answer)).toHaveCount(0)
  await expectNoAxeViolations(outsider)
  const api = await outsider.request.get(`/api/conversations/${threadUrl.split('/').pop()}/messages`)
  expect(api.status()).toBe(404)
})

test('the notification centre lists the new conversation for the officer', async ({ browser }, testInfo) => {
  const subject = `Notify me (${testInfo.project.name} ${Date.now().toString(36)})`
  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto('/inbox/new')
  await official.getByLabel('Hub', { exact: true }).selectOption({ label: 'Circulars Africa Hub' })
  await official.getByLabel('Subject').fill(subject)
  await official.getByRole('textbox', { name: 'Message' }).fill('A question for the notification centre.')
  await official.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(official.getByRole('heading', { level: 1, name: subject })).toBeVisible()

  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/notifications')
  const item = officer.getByRole('listitem').filter({ hasText: subject })
  await expect(item).toBeVisible()
  await expectNoAxeViolations(officer)
  await item.getByRole('button', { name: 'Mark as read' }).click()
  await expect(item.getByRole('button', { name: 'Mark as read' })).toHaveCount(0)
})
