// The hub manager console: a newcomer registers for Accra and the Africa hub's manager approves
// them from the console; the newcomer posts a message that Accra's focal point reports; the
// manager suspends the newcomer from messaging (who then cannot write), lifts it (who then can),
// and clears the report from the reports queue with a bulk decision. Axe at every step, on both
// browser projects (desktop and phone), each with its own people and messages. And the refusals.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { newPage, openMenu, registerAndConfirm, signIn, uniqueEmail } from './fixtures'

const register = (page: Page, name: string, email: string, password: string) =>
  registerAndConfirm(page, { name, email, password, jobTitle: 'Waste policy officer' })

test('a hub manager clears the console queues: verification, report, suspension', async ({ browser }, testInfo) => {
  // Four people in four browsers, many pages: longer than the default budget.
  test.setTimeout(120_000)
  const run = `${testInfo.project.name} ${Date.now().toString(36)}`
  const name = `Kwame Console ${run}`
  const email = uniqueEmail('console')
  const password = 'kwame likes circular cities'
  const subject = `Market waste (${run})`
  const remark = `An insulting remark about other cities (${run}).`

  const newcomer = await newPage(browser)
  await register(newcomer, name, email, password)
  await signIn(newcomer, email, password)

  // The manager finds the console in the header and the newcomer in the Africa hub's verifications.
  const manager = await newPage(browser)
  await signIn(manager, 'africa.manager@example.org')
  await manager.goto('/dashboard')
  await openMenu(manager)
  await manager.getByRole('link', { name: 'Console', exact: true }).click()
  await expect(manager.getByRole('heading', { level: 1, name: 'Manager console' })).toBeVisible()
  await expect(manager.getByRole('link', { name: 'Dashboard' }).first()).toBeVisible()
  await expectNoAxeViolations(manager)
  await manager.getByRole('link', { name: 'Circulars Africa Hub', exact: true }).click()
  await expect(manager.getByRole('heading', { level: 1, name: 'Console of Circulars Africa Hub' })).toBeVisible()
  await expectNoAxeViolations(manager)
  const verifications = manager.getByRole('region', { name: /^Official verifications/ })
  await verifications.getByRole('link', { name: `${name} asks to join the team of Accra` }).click()
  await expect(manager.getByRole('heading', { level: 1, name: `${name} asks to join the team of Accra` })).toBeVisible()
  await expect(manager.getByText('Waste policy officer', { exact: false })).toBeVisible()
  await expectNoAxeViolations(manager)
  await manager.getByRole('button', { name: 'Approve' }).click()
  await expect(manager.getByRole('status')).toContainText('Approved by')

  // The newcomer, now an official of Accra, asks the hub something the focal point reports.
  await newcomer.goto('/inbox/new')
  await newcomer.getByLabel('Hub', { exact: true }).selectOption({ label: 'Circulars Africa Hub' })
  await newcomer.getByLabel('Subject').fill(subject)
  await newcomer.getByLabel('Message', { exact: true }).fill(remark)
  await newcomer.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(newcomer.getByRole('heading', { level: 1, name: subject })).toBeVisible()
  const threadUrl = new URL(newcomer.url()).pathname

  const focal = await newPage(browser)
  await signIn(focal, 'accra.official@example.org')
  await focal.goto(threadUrl)
  await focal.getByText('Report', { exact: true }).click()
  await focal.getByLabel('What is wrong with this message?').fill('Insults other cities.')
  await focal.getByRole('button', { name: 'Send the report' }).click()
  await expect(focal.getByText('Thank you. The hub’s managers will look at it.')).toBeVisible()

  // The manager opens the report, suspends the newcomer from messaging, who then cannot write.
  await manager.goto('/manage/africa')
  const reports = manager.getByRole('region', { name: /^Reported messages/ })
  const reportItem = reports.getByRole('listitem').filter({ hasText: subject })
  await expect(reportItem).toBeVisible()
  await reportItem.getByRole('link', { name: `Reported message in “${subject}”` }).click()
  await expect(manager.getByRole('heading', { level: 1, name: `Reported message in “${subject}”` })).toBeVisible()
  await expect(manager.getByRole('main').getByText(remark)).toBeVisible()
  await expectNoAxeViolations(manager)
  await manager.getByLabel('Why (shown to the person)').fill('Insults towards other cities.')
  await manager.getByRole('button', { name: `Suspend ${name} from messaging` }).click()
  await expect(manager.getByRole('button', { name: `Lift the suspension of ${name}` })).toBeVisible()
  await expectNoAxeViolations(manager)

  await newcomer.reload()
  await newcomer.getByLabel('Your reply').fill('Why can I not write?')
  await newcomer.getByRole('button', { name: 'Send the reply' }).click()
  await expect(newcomer.getByText('You may not send messages at the moment.')).toBeVisible()

  // Lifted from the hub's suspension list: the newcomer can write again.
  await manager.goto('/manage/africa')
  const suspension = manager.getByRole('region', { name: /^Messaging suspensions/ }).getByRole('listitem').filter({ hasText: name })
  await suspension.getByLabel('Reason (required)').fill('Apologised to the cities.')
  await suspension.getByRole('button', { name: `Lift the suspension of ${name}` }).click()
  await expect(suspension).toHaveCount(0)
  await newcomer.reload()
  await newcomer.getByLabel('Your reply').fill('Sorry, everyone.')
  await newcomer.getByRole('button', { name: 'Send the reply' }).click()
  await expect(newcomer.getByRole('article').getByRole('paragraph').filter({ hasText: 'Sorry, everyone.' })).toBeVisible()

  // The report is cleared from the queue with a bulk decision.
  await manager.goto('/manage/africa')
  await expectNoAxeViolations(manager)
  const row = manager.getByRole('region', { name: /^Reported messages/ }).getByRole('listitem').filter({ hasText: subject })
  await row.getByRole('checkbox').check()
  await manager.getByRole('region', { name: /^Reported messages/ }).getByLabel('Dismiss the report').check()
  await manager.getByRole('region', { name: /^Reported messages/ }).getByLabel('Reason', { exact: true }).fill('Handled by a suspension.')
  await manager.getByRole('region', { name: /^Reported messages/ }).getByRole('button', { name: 'Apply to the chosen items' }).click()
  await expect(manager.getByText(/1 item decided\./)).toBeVisible()
  await expect(row).toHaveCount(0)
  await expect(manager.getByRole('region', { name: /^Official verifications/ }).getByText(name)).toHaveCount(0)
  await expectNoAxeViolations(manager)
})

test('the console is refused to officials and to another hub’s manager', async ({ browser }) => {
  const official = await newPage(browser)
  await signIn(official, 'nairobi.official@example.org')
  expect((await official.goto('/manage'))?.status()).toBe(404)
  await expect(official.getByRole('link', { name: 'Console', exact: true })).toHaveCount(0)
  await expectNoAxeViolations(official)

  const otherManager = await newPage(browser)
  await signIn(otherManager, 'china.manager@example.org')
  expect((await otherManager.goto('/manage/africa'))?.status()).toBe(404)
  await otherManager.goto('/manage')
  await expect(otherManager.getByRole('link', { name: 'Circulars China Hub', exact: true })).toBeVisible()
  await expect(otherManager.getByRole('link', { name: 'Circulars Africa Hub', exact: true })).toHaveCount(0)

  const anonymous = await newPage(browser)
  await anonymous.goto('/manage')
  await expect(anonymous).toHaveURL(/\/sign-in/)
})
