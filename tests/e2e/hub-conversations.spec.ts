// Issue 15, defect 6: hub staff reopen a resolved conversation and keep saved replies for their
// hub; an empty filter of the hub inbox says what its emptiness means. On main a resolved
// conversation could only be reopened by writing in it, there were no saved replies, and every
// empty filter said "No conversations yet".
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, signIn } from './fixtures'

test('an officer resolves and reopens a conversation and answers with a saved reply', async ({ browser }, testInfo) => {
  test.setTimeout(90_000)
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`
  const subject = `Repair café hours (${run})`
  const officer = await newPage(browser)
  await signIn(officer, 'africa.officer@example.org')
  await officer.goto('/hub-inbox/new')
  await officer.getByLabel('City', { exact: true }).selectOption({ label: 'Nairobi' })
  await officer.getByLabel('Subject').fill(subject)
  await officer.getByRole('textbox', { name: 'Message' }).fill('When are your repair cafés open?')
  await officer.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(officer.getByRole('heading', { level: 1, name: subject })).toBeVisible()

  // Resolve, then reopen without writing.
  // (Each form gives way to the other once its action is done, so the page is the proof.)
  await officer.getByRole('button', { name: 'Mark as resolved' }).click()
  await expect(officer.getByRole('button', { name: 'Reopen the conversation' })).toBeVisible()
  await expect(officer.getByText('Resolved', { exact: true }).first()).toBeVisible()
  await officer.getByRole('button', { name: 'Reopen the conversation' }).click()
  await expect(officer.getByRole('button', { name: 'Mark as resolved' })).toBeVisible()
  await officer.reload()
  await expect(officer.getByRole('button', { name: 'Mark as resolved' })).toBeVisible()
  await expect(officer.getByRole('button', { name: 'Reopen the conversation' })).toHaveCount(0)

  // A saved reply for the hub, put into the reply box and sent.
  const title = `Opening hours ${run}`
  const text = `Our repair cafés are open on Saturdays from 9 to 13 (${run}).`
  await officer.getByRole('textbox', { name: 'Title' }).fill(title)
  await officer.getByRole('textbox', { name: 'Text', exact: true }).fill(text)
  await officer.getByRole('button', { name: 'Save the reply' }).click()
  await expect(officer.getByRole('status').filter({ hasText: 'The reply was saved for your hub’s team.' })).toBeVisible()
  await officer.reload()
  await officer.getByLabel('Saved reply', { exact: true }).selectOption({ label: title })
  await officer.getByRole('button', { name: 'Put it into the reply' }).click()
  await expect(officer.getByLabel('Your reply')).toHaveValue(text)
  await expect(officer.getByLabel('Your reply')).toBeFocused()
  await expectNoAxeViolations(officer)
  await officer.getByRole('button', { name: 'Send the reply' }).click()
  await expect(officer.getByRole('article').getByRole('paragraph').filter({ hasText: text })).toBeVisible()

  // Officials never see the hub's saved replies, nor can they reopen.
  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  await official.goto(new URL(officer.url()).pathname)
  await expect(official.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  await expect(official.getByText('Saved replies')).toHaveCount(0)
  await expect(official.getByRole('button', { name: 'Reopen the conversation' })).toHaveCount(0)

  // The saved reply is removed again.
  await officer.getByRole('button', { name: `Remove the saved reply “${title}”` }).click()
  await expect(officer.getByRole('button', { name: `Remove the saved reply “${title}”` })).toHaveCount(0)
  await officer.reload()
  await expect(officer.getByRole('option', { name: title })).toHaveCount(0)
})

test('empty hub-inbox filters say what their emptiness means', async ({ page }) => {
  await signIn(page, 'china.manager@example.org')
  await page.goto('/hub-inbox')
  await expect(page.getByText('No open conversations: every question has been answered and resolved.')).toBeVisible()
  await expect(page.getByText('No conversations yet.')).toHaveCount(0)
  await page.goto('/hub-inbox?filter=resolved')
  await expect(page.getByText('No conversation has been resolved yet.')).toBeVisible()
  await expectNoAxeViolations(page)
})
