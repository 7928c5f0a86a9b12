// Two production instances behind nginx on one PostgreSQL (scripts/multi-instance-server.ts).
// What one instance does, the other sees at once: a sign-in, a rate limit, an upload, a publish.
// Then the faults: idle database connections killed, and an instance stopped with SIGTERM while a
// request is in flight (it finishes the request, exits cleanly, and nginx carries on with the other).
import { readdirSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import pg from 'pg'
import { TEST_CREDENTIALS, TEST_REGION } from '../integration/uploads/s3-server'

type State = {
  ports: { nginx: number; a: number; b: number }
  pids: { a: number; b: number; nginx: number }
  databaseUrl: string
  fixtures: { submitted: { id: string; slug: string; title: string; searchWord: string }; draft: { id: string } }
  storage: { kind: 's3'; bucket: string; endpoint: string } | { kind: 'disk'; uploadsDir: string }
}
// Written by the server script once everything is up, so read when the tests start.
let state: State
let a: string
let b: string
let lb: string
const PASSWORD = 'circulars-demo'

test.describe.configure({ mode: 'serial' })
test.beforeAll(() => {
  state = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../.artifacts/multi-instance.json'), 'utf8')) as State
  a = `http://127.0.0.1:${state.ports.a}`
  b = `http://127.0.0.1:${state.ports.b}`
  lb = `http://127.0.0.1:${state.ports.nginx}`
})

async function signIn(request: APIRequestContext, origin: string, email: string, password = PASSWORD) {
  const { csrfToken } = (await (await request.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string }
  return request.post(`${origin}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, json: 'true', callbackUrl: '/dashboard' },
    headers: { 'X-Auth-Return-Redirect': '1' },
  })
}

const sessionOf = async (request: APIRequestContext, origin: string) =>
  (await (await request.get(`${origin}/api/auth/session`)).json()) as { uid?: string; user?: { email?: string } } | null

test('nginx spreads requests over both instances', async ({ request }) => {
  const seen = new Set<string>()
  for (let i = 0; i < 8; i++) {
    const response = await request.get(`${lb}/api/health`)
    expect(response.status()).toBe(200)
    seen.add(response.headers()['x-instance'] ?? '')
  }
  expect([...seen].sort()).toEqual(['a', 'b'])
})

test('a sign-in through instance a is a session on instance b and through nginx', async ({ playwright }) => {
  const request = await playwright.request.newContext()
  expect((await signIn(request, a, 'nairobi.official@example.org')).status()).toBe(200)
  const onA = await sessionOf(request, a)
  expect(onA?.uid).toBeTruthy()
  expect((await sessionOf(request, b))?.uid).toBe(onA!.uid)
  for (let i = 0; i < 4; i++) expect((await sessionOf(request, lb))?.uid).toBe(onA!.uid)
  await request.dispose()
})

// A shared secret alone would pass the test above; this one needs the database: the session is
// revoked through instance a ("sign out everywhere"), and instance b must refuse it at once.
test('a session revoked through instance a is refused by instance b', async ({ browser }) => {
  const context = await browser.newContext()
  expect((await signIn(context.request, a, 'nairobi.official@example.org')).status()).toBe(200)
  const kept = (await context.cookies()).find((cookie) => cookie.name === 'next-auth.session-token')!
  expect(kept).toBeTruthy()
  const onB = await context.request.get(`${b}/dashboard`, { maxRedirects: 0 })
  expect(onB.status()).toBe(200)

  const page = await context.newPage()
  await page.goto(`${a}/dashboard`)
  await page.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(page).toHaveURL(/\/sign-in/)

  // The old cookie, replayed on b: signed with the shared secret and unexpired, yet refused.
  const replay = await browser.newContext()
  await replay.addCookies([{ ...kept, domain: '127.0.0.1', path: '/' }])
  const refused = await replay.request.get(`${b}/dashboard`, { maxRedirects: 0 })
  expect(refused.status(), 'b must redirect the revoked session to sign-in').toBeGreaterThanOrEqual(300)
  expect(refused.status()).toBeLessThan(400)
  expect(refused.headers().location).toMatch(/\/sign-in/)
  await replay.close()
  await context.close()
})

test('a rate limit reached through instance a holds on instance b', async ({ playwright }) => {
  const request = await playwright.request.newContext()
  const email = `nobody-${Date.now().toString(36)}@example.org`
  // Five wrong passwords for one account from one address in 15 minutes (lib/auth/sign-in-throttle.ts,
  // RATE_LIMIT_SCALE=1 here); the counter lives in PostgreSQL, so instance b reads what a counted.
  for (let i = 0; i < 5; i++) {
    const response = await signIn(request, a, email, 'wrong-password-123')
    expect(response.status(), `attempt ${i + 1}`).toBeLessThan(429)
  }
  const refused = await signIn(request, b, email, 'wrong-password-123')
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
  await request.dispose()
})

const minimalPdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

test('a file uploaded through instance a is served by instance b, from S3 when moto is installed', async ({ playwright }) => {
  const request = await playwright.request.newContext()
  expect((await signIn(request, a, 'accra.official@example.org')).status()).toBe(200)
  const pdf = minimalPdf()
  const upload = await request.post(`${a}/api/case-studies/${state.fixtures.draft.id}/attachments`, {
    multipart: { kind: 'PDF', file: { name: 'deposit-tender.pdf', mimeType: 'application/pdf', buffer: pdf } },
    headers: { origin: a },
  })
  expect(upload.status(), await upload.text()).toBe(201)
  const { attachment } = (await upload.json()) as { attachment: { id: string; url?: string } }
  const fromB = await request.get(`${b}/api/files/${attachment.id}`)
  expect(fromB.status()).toBe(200)
  expect(Buffer.from(await fromB.body()).equals(pdf)).toBe(true)
  if (state.storage.kind === 's3') {
    // The bytes are in the bucket, and no instance kept them on its disk.
    const s3 = new S3Client({ region: TEST_REGION, endpoint: state.storage.endpoint, forcePathStyle: true, credentials: TEST_CREDENTIALS })
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: state.storage.bucket }))
    expect(listed.Contents?.length ?? 0).toBeGreaterThan(0)
    s3.destroy()
    expect(readdirSync(path.resolve(import.meta.dirname, '../.artifacts/multi-instance/uploads'))).toEqual([])
  } else {
    test.info().annotations.push({ type: 'storage', description: 'moto is not installed: files went through one shared directory, not S3' })
  }
  // Not for outsiders, on either instance.
  const outsider = await playwright.request.newContext()
  expect((await outsider.get(`${b}/api/files/${attachment.id}`)).status()).toBe(404)
  await outsider.dispose()
  await request.dispose()
})

test('a publish through instance a shows at once on instance b, whose page cache held the old pages', async ({ browser, playwright }) => {
  const { slug, searchWord, id } = state.fixtures.submitted
  const visitor = await playwright.request.newContext()
  // Instance b caches what the public saw before: no such case study.
  for (let i = 0; i < 2; i++) {
    expect((await visitor.get(`${b}/en/case-studies/${slug}`)).status()).toBe(404)
    expect(await (await visitor.get(`${b}/en/case-studies?q=${searchWord}`)).text()).not.toContain(`href="/en/case-studies/${slug}"`)
  }
  expect((await visitor.get(`${b}/en/case-studies/${slug}`)).headers()['x-page-cache']).toBe('HIT')

  const context = await browser.newContext({ baseURL: a })
  expect((await signIn(context.request, a, 'africa.manager@example.org')).status()).toBe(200)
  const manager = await context.newPage()
  await manager.goto(`${a}/reviews/${id}`)
  await manager.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(manager.getByRole('status').filter({ hasText: 'The case study was published.' })).toBeVisible()
  const published = Date.now()

  // "At once": within the time a NOTIFY takes to cross, well under a second.
  await expect.poll(async () => (await visitor.get(`${b}/en/case-studies/${slug}`)).status(), { timeout: 2_000, intervals: [50] }).toBe(200)
  expect(Date.now() - published).toBeLessThan(2_000)
  // The result links to the case study (its title is there too, with the search word marked).
  expect(await (await visitor.get(`${b}/en/case-studies?q=${searchWord}`)).text()).toContain(`href="/en/case-studies/${slug}"`)
  await context.close()
  await visitor.dispose()
})

test('killed idle database connections do not fail later requests', async ({ playwright }) => {
  const request = await playwright.request.newContext()
  expect((await signIn(request, a, 'africa.officer@example.org')).status()).toBe(200)
  // Warm both pools, then kill every connection of the app's database but ours.
  for (const origin of [a, b]) expect((await sessionOf(request, origin))?.uid).toBeTruthy()
  const admin = new pg.Client({ connectionString: state.databaseUrl })
  await admin.connect()
  const killed = await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
  expect(killed.rowCount).toBeGreaterThan(0)
  await admin.end()
  const killedAt = new Date()
  await new Promise((resolve) => setTimeout(resolve, 300))
  // Probes that need the database on every request: the health check runs SELECT 1 through the
  // app's pool (and says so), and the dashboard re-reads the signed-in user. Neither is cached.
  for (let i = 0; i < 10; i++) {
    for (const origin of [a, b]) {
      const health = await request.get(`${origin}/api/health`)
      expect(health.status(), `${origin} health ${i}`).toBe(200)
      expect(((await health.json()) as { database: { status: string } }).database.status).toBe('ok')
      const dashboard = await request.get(`${origin}/dashboard`, { maxRedirects: 0 })
      expect(dashboard.status(), `${origin} dashboard ${i}`).toBe(200)
    }
  }
  // And they did reach it: the app's pools opened new connections after the kill (the LISTEN
  // connection of each instance, which reconnects by itself, is left out).
  const check = new pg.Client({ connectionString: state.databaseUrl })
  await check.connect()
  const fresh = await check.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND backend_start > $1 AND query NOT ILIKE 'LISTEN%'`, [killedAt])
  await check.end()
  expect(fresh.rows[0].n).toBeGreaterThan(0)
  await request.dispose()
})

test('SIGTERM drains: an in-flight request finishes, the instance exits cleanly, nginx carries on', async ({ playwright }) => {
  // A request whose body arrives slowly is in flight when instance b is told to stop.
  const body = 'email=slow%40example.org&password=not-the-password&csrfToken=x&json=true'
  const inFlight = new Promise<number>((resolve, reject) => {
    const slow = httpRequest(`${b}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    slow.on('error', reject)
    slow.write(body.slice(0, 10))
    setTimeout(() => {
      process.kill(state.pids.b, 'SIGTERM')
      setTimeout(() => slow.end(body.slice(10)), 700)
    }, 300)
  })
  const status = await inFlight
  expect(status).toBeGreaterThanOrEqual(200)
  expect(status).toBeLessThan(500)

  // The process exits on its own.
  await expect.poll(() => {
    try {
      process.kill(state.pids.b, 0)
      return 'running'
    } catch {
      return 'exited'
    }
  }, { timeout: 20_000 }).toBe('exited')
  const request = await playwright.request.newContext()
  const exits = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../.artifacts/multi-instance-exits.json'), 'utf8')) as Record<string, number | null>
  expect(exits.b).toBe(0)
  await expect(request.get(`${b}/api/health`, { timeout: 2_000 })).rejects.toThrow()
  for (let i = 0; i < 6; i++) {
    const response = await request.get(`${lb}/api/health`)
    expect(response.status()).toBe(200)
    expect(response.headers()['x-instance']).toBe('a')
  }
  await request.dispose()
})
