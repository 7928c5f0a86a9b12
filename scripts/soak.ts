// `npm run soak` — the production server under load while PostgreSQL goes away and comes back.
//
// 200 readers (public pages, the API, a signed-in session read; SOAK_THINK_MS, 100 ms, between two
// requests of one reader) and 20 writers (replies through POST /api/conversations/:id/messages
// by three authors: the city's official and the hub's manager and officer) run for SOAK_SECONDS
// (60). A writer retries a write with the same clientKey after a timeout (SOAK_WRITE_TIMEOUT_MS,
// 2 s), a network error or a 5xx, up to 4 attempts, and every 10th write is sent twice at once
// (a double click).
// A third of the way in, PostgreSQL is stopped for SOAK_OUTAGE_SECONDS (5) and started again.
// Pass criteria, printed with the figures:
//   1. the server process never exits;
//   2. during the outage, failed requests fail fast: every failure is a 503, none takes over 10 s;
//   3. from 10 s after the database is back, no request fails;
//   4. every write acknowledged to its writer exists exactly once (writers log what they were
//      told; the script checks the database); unacknowledged writes exist at most once. A write
//      is counted by its body (unique per write), not by the key the unique index guards, so a
//      retry that the server stored again under any key is a duplicate; retries are counted.
// Needs a local PostgreSQL it may restart: by default `pg_ctlcluster <version> main stop|start`
// (root, Debian); set SOAK_DB_STOP and SOAK_DB_START to other commands elsewhere.
// It stops the machine's PostgreSQL for a few seconds: never run it beside other work.
import { execSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import pg from 'pg'
import { Agent, request as httpRequest } from 'node:http'
import { createPrismaClient } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { seed } from '../prisma/seed'
import { ensureBuild, isLocalDatabase, startNext, waitForHttp } from './lib/app-server'

const DURATION = Number(process.env.SOAK_SECONDS ?? 60) * 1_000
const OUTAGE = Number(process.env.SOAK_OUTAGE_SECONDS ?? 5) * 1_000
const READERS = Number(process.env.SOAK_READERS ?? 200)
const WRITERS = Number(process.env.SOAK_WRITERS ?? 20)
const DATABASE = 'circulars_soak'
const REQUEST_TIMEOUT = 30_000
/** A reader's pause between two pages (a person reads; 0 = a benchmark client). */
const THINK_MS = Number(process.env.SOAK_THINK_MS ?? 100)

type Sample = { kind: 'read' | 'write'; path: string; start: number; end: number; status: number; error?: string }
type Write = { clientKey: string; body: string; author: string; acknowledged: boolean; status: number; attempts: number }
const WRITE_TIMEOUT = Number(process.env.SOAK_WRITE_TIMEOUT_MS ?? 2_000)

const log = (line = '') => console.log(line)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function databaseCommands() {
  if (process.env.SOAK_DB_STOP && process.env.SOAK_DB_START) return { stop: process.env.SOAK_DB_STOP, start: process.env.SOAK_DB_START }
  let version: string | undefined
  let why = 'no cluster in /etc/postgresql'
  try {
    version = readdirSync('/etc/postgresql').sort().at(-1)
  } catch (error) {
    // Not Debian's layout: said in the error below.
    why = error instanceof Error ? error.message : String(error)
  }
  if (!version) throw new Error(`cannot find how to restart PostgreSQL here (${why}): set SOAK_DB_STOP and SOAK_DB_START`)
  return {
    stop: `pg_ctlcluster --skip-systemctl-redirect ${version} main stop -m fast`,
    start: `pg_ctlcluster --skip-systemctl-redirect ${version} main start`,
  }
}

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  return typeof address === 'object' && address ? address.port : 0
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function prepare(serverUrl: string) {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${DATABASE}`)
  await client.end()
  admin.pathname = `/${DATABASE}`
  const databaseUrl = admin.toString()
  await migrate(databaseUrl)
  const prisma = createPrismaClient(databaseUrl)
  await seed(prisma, { demo: true })
  // The writers' conversation: Nairobi asks the Africa hub.
  const official = await prisma.user.findUniqueOrThrow({ where: { email: 'nairobi.official@example.org' } })
  const city = await prisma.city.findUniqueOrThrow({ where: { slug: 'nairobi' } })
  const hub = await prisma.hub.findUniqueOrThrow({ where: { slug: 'africa' } })
  const conversation = await prisma.conversation.create({
    data: {
      hubId: hub.id,
      subject: 'Soak test thread',
      createdById: official.id,
      cities: { create: [{ cityId: city.id }] },
      messages: { create: [{ authorId: official.id, body: 'The first message of the soak test.' }] },
    },
  })
  const caseStudy = await prisma.caseStudy.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { slug: true } })
  await prisma.$disconnect()
  return { databaseUrl, conversationId: conversation.id, caseStudySlug: caseStudy.slug }
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** One request over the shared keep-alive agent, with a hard timeout. */
function send(agent: Agent, url: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeout?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent, timeout: init.timeout ?? REQUEST_TIMEOUT }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }))
    })
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })))
    request.on('error', reject)
    request.end(init.body)
  })
}

const cookiesOf = (answer: Answer) => ([] as string[]).concat(answer.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]!)

/** Signs in through next-auth's endpoints and returns the Cookie header of the session. */
async function signIn(base: string, email: string, agent: Agent): Promise<string> {
  const csrf = await send(agent, `${base}/api/auth/csrf`)
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
  const response = await send(agent, `${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; '), 'x-auth-return-redirect': '1' },
    body: new URLSearchParams({ email, password: 'circulars-demo', csrfToken, json: 'true' }).toString(),
  })
  const session = cookiesOf(response).find((cookie) => /session-token/.test(cookie))
  if (!session) throw new Error(`sign-in of ${email} failed (${response.status})`)
  return session
}

async function main() {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl || !isLocalDatabase(serverUrl)) throw new Error('DATABASE_URL must point at a local PostgreSQL server the soak may restart')
  const commands = databaseCommands()

  log(`preparing the database ${DATABASE}...`)
  const { databaseUrl, conversationId, caseStudySlug } = await prepare(serverUrl)
  ensureBuild(log)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const app = startNext(port, {
    ...process.env,
    HOSTNAME: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '10',
    EMBEDDED_DATABASE: 'false',
    NEXTAUTH_URL: base,
    NEXTAUTH_SECRET: 'soak-only-secret-not-for-production-0123456789',
    // The demo's staff have no authenticator (lib/auth/two-step-policy.ts); tests/e2e/two-step.spec.ts enrols its own.
    TWO_STEP_FOR_STAFF: process.env.TWO_STEP_FOR_STAFF ?? 'optional',
    RATE_LIMIT_SCALE: '1000',
    DEV_MAILBOX: 'true',
    DEV_MAILBOX_DEMO: 'true',
    SMTP_URL: '',
  })
  let exitedWith: number | null | undefined
  app.on('exit', (code) => (exitedWith = code))
  await waitForHttp(`${base}/api/health`, 120_000)

  const agent = new Agent({ keepAlive: true, maxSockets: READERS + WRITERS + 10 })
  const session = await signIn(base, 'nairobi.official@example.org', agent)
  // The writers: the city's side and the hub's side of the conversation.
  const authors = [
    { email: 'nairobi.official@example.org', cookie: session },
    { email: 'africa.manager@example.org', cookie: await signIn(base, 'africa.manager@example.org', agent) },
    { email: 'africa.officer@example.org', cookie: await signIn(base, 'africa.officer@example.org', agent) },
  ]
  const readPaths = [
    { path: '/en', cookie: undefined },
    { path: '/en/case-studies', cookie: undefined },
    { path: '/en/case-studies?q=compost', cookie: undefined },
    { path: `/en/case-studies/${caseStudySlug}`, cookie: undefined },
    { path: '/en/hubs/africa', cookie: undefined },
    { path: '/api/v1/case-studies?pageSize=5', cookie: undefined },
    // Never cached: the session is read from the database on every request.
    { path: '/api/auth/session', cookie: session },
  ]

  const samples: Sample[] = []
  const writes: Write[] = []
  const started = Date.now()
  const deadline = started + DURATION
  let down = { at: NaN, up: NaN }

  async function timed(kind: Sample['kind'], path: string, init: { method?: string; headers?: Record<string, string>; body?: string; timeout?: number }): Promise<Sample> {
    const start = Date.now()
    try {
      const response = await send(agent, `${base}${path}`, init)
      return { kind, path, start, end: Date.now(), status: response.status }
    } catch (error) {
      return { kind, path, start, end: Date.now(), status: 0, error: (error as Error).name === 'TimeoutError' ? 'timeout' : (error as Error).message }
    }
  }

  async function reader(index: number) {
    let n = index
    while (Date.now() < deadline) {
      const { path, cookie } = readPaths[n++ % readPaths.length]!
      samples.push(await timed('read', path, { headers: cookie ? { cookie } : {} }))
      if (THINK_MS) await sleep(THINK_MS)
    }
  }

  const retried = new Map<string, number>()
  async function writer(index: number) {
    const author = authors[index % authors.length]!
    let n = 0
    while (Date.now() < deadline) {
      const clientKey = `soak-${index}-${++n}-${randomUUID().slice(0, 8)}`
      const body = `Soak message ${index}.${n} ${randomUUID()}`
      const attempt = () => timed('write', `/api/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: author.cookie },
        body: JSON.stringify({ body, clientKey }),
        timeout: WRITE_TIMEOUT,
      })
      // Every 10th write: two identical submissions at once, as a double click sends them.
      let answers = n % 10 === 0 ? await Promise.all([attempt(), attempt()]) : [await attempt()]
      let attempts = answers.length
      const ok = (sample: Sample) => sample.status === 201 || sample.status === 200
      const worthRetrying = (sample: Sample) => sample.status === 0 || sample.status >= 500
      // Told nothing (timeout, dropped connection) or a 5xx: the same write again, same key.
      while (!answers.some(ok) && answers.every(worthRetrying) && attempts < 4 && Date.now() < deadline + 15_000) {
        await sleep(250 * attempts)
        const why = answers[0]!.error ?? String(answers[0]!.status)
        retried.set(why, (retried.get(why) ?? 0) + 1)
        answers = [await attempt()]
        attempts++
      }
      samples.push(...answers)
      const last = answers.find(ok) ?? answers[0]!
      writes.push({ clientKey, body, author: author.email, acknowledged: ok(last), status: last.status, attempts })
      await sleep(20)
    }
  }

  async function outage() {
    await sleep(DURATION / 3)
    log(`t=${((Date.now() - started) / 1000).toFixed(1)} s: stopping PostgreSQL (${commands.stop})`)
    execSync(commands.stop, { stdio: 'inherit' })
    down = { at: Date.now(), up: NaN }
    await sleep(OUTAGE)
    log(`t=${((Date.now() - started) / 1000).toFixed(1)} s: starting PostgreSQL`)
    execSync(commands.start, { stdio: 'inherit' })
    down.up = Date.now()
    log(`t=${((Date.now() - started) / 1000).toFixed(1)} s: PostgreSQL is back`)
  }

  log(`load: ${READERS} readers, ${WRITERS} writers for ${DURATION / 1000} s; PostgreSQL down for ${OUTAGE / 1000} s from t=${(DURATION / 3000).toFixed(0)} s`)
  await Promise.all([
    ...Array.from({ length: READERS }, (_, i) => reader(i)),
    ...Array.from({ length: WRITERS }, (_, i) => writer(i)),
    outage(),
  ])
  const alive = exitedWith === undefined && (await fetch(`${base}/api/health`).then((r) => r.ok, () => false))

  // What the writers were told against what the database holds.
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  // Counted by body: each write's body is unique, whatever key it was stored under.
  const { rows } = await client.query<{ body: string; count: string }>(
    `SELECT body, count(*) AS count FROM "Message" WHERE body = ANY($1) GROUP BY body`,
    [writes.map((write) => write.body)],
  )
  await client.end()
  const stored = new Map(rows.map((row) => [row.body, Number(row.count)]))
  const acknowledged = writes.filter((write) => write.acknowledged)
  const lostAcknowledged = acknowledged.filter((write) => stored.get(write.body) !== 1)
  const unacknowledged = writes.filter((write) => !write.acknowledged)
  const unacknowledgedStored = unacknowledged.filter((write) => (stored.get(write.body) ?? 0) === 1)
  const duplicated = writes.filter((write) => (stored.get(write.body) ?? 0) > 1)
  const retriedWrites = writes.filter((write) => write.attempts > 1)
  log(`writes: ${writes.length} by ${new Set(writes.map((write) => write.author)).size} authors; ` +
    `${retriedWrites.length} sent more than once (retries after: ${[...retried].map(([why, count]) => `${why}×${count}`).join(', ') || 'none'}); ` +
    `${duplicated.length} stored twice`)

  // Phases by when a request started.
  const recoveredAt = down.up + 10_000
  const phase = (sample: Sample) =>
    sample.start < down.at - 1_000 ? 'before' : sample.start < down.up ? 'outage' : sample.start < recoveredAt ? 'recovery' : 'after'
  const failed = (sample: Sample) => sample.status === 0 || sample.status >= 500
  log('\nphase       requests    req/s   p50 ms   p95 ms   p99 ms   max ms   failed  (by status)')
  const phases = ['before', 'outage', 'recovery', 'after'] as const
  const spans = { before: [started, down.at - 1_000], outage: [down.at - 1_000, down.up], recovery: [down.up, recoveredAt], after: [recoveredAt, deadline] }
  for (const name of phases) {
    const inPhase = samples.filter((sample) => phase(sample) === name)
    const latencies = inPhase.map((sample) => sample.end - sample.start).sort((a, b) => a - b)
    const failures = inPhase.filter(failed)
    const byStatus = new Map<string, number>()
    for (const sample of failures) {
      const key = sample.status ? String(sample.status) : sample.error ?? 'error'
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1)
    }
    const seconds = Math.max(0.001, (spans[name][1]! - spans[name][0]!) / 1000)
    log(`${name.padEnd(10)}${String(inPhase.length).padStart(10)}${(inPhase.length / seconds).toFixed(0).padStart(9)}` +
      `${percentile(latencies, 50).toFixed(0).padStart(9)}${percentile(latencies, 95).toFixed(0).padStart(9)}` +
      `${percentile(latencies, 99).toFixed(0).padStart(9)}${(latencies.at(-1) ?? NaN).toFixed(0).padStart(9)}` +
      `${String(failures.length).padStart(9)}  ${[...byStatus].map(([status, count]) => `${status}×${count}`).join(' ')}`)
  }

  const outageSamples = samples.filter((sample) => phase(sample) === 'outage')
  const outageFailures = outageSamples.filter(failed)
  const checks = [
    { name: 'the server process never exited', ok: alive },
    { name: 'during the outage every failure was a 503', ok: outageFailures.every((sample) => sample.status === 503) },
    { name: 'no request took over 10 s', ok: samples.every((sample) => sample.end - sample.start <= 10_000) },
    { name: 'no failure from 10 s after the database returned', ok: samples.filter((sample) => phase(sample) === 'after').every((sample) => !failed(sample)) },
    { name: `every acknowledged write exists exactly once (${acknowledged.length} acknowledged)`, ok: lostAcknowledged.length === 0 },
    { name: `no write exists twice (${retriedWrites.length} writes sent more than once)`, ok: duplicated.length === 0 },
  ]
  const failuresByPath = new Map<string, number>()
  for (const sample of samples.filter(failed)) {
    const key = `${sample.status || sample.error} ${sample.path.replace(/[?].*$/, '').replace(/\/c[a-z0-9]{20,}\//, '/:id/')}`
    failuresByPath.set(key, (failuresByPath.get(key) ?? 0) + 1)
  }
  log(`\nfailures by status and path: ${[...failuresByPath].sort((x, y) => y[1] - x[1]).map(([key, count]) => `${key} ×${count}`).join('; ') || 'none'}`)
  log(`\nwrites: ${writes.length} sent, ${acknowledged.length} acknowledged, ${unacknowledged.length} not ` +
    `(${unacknowledgedStored.length} of those were stored anyway: the answer was lost, not the write)`)
  log(`outage: PostgreSQL down ${((down.up - down.at) / 1000).toFixed(1)} s; ${outageSamples.length} requests started then, ` +
    `${outageFailures.length} failed (all must be 503), ${outageSamples.length - outageFailures.length} answered (cached pages, static files)`)
  log('')
  for (const check of checks) log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}`)
  if (lostAcknowledged.length) log(`acknowledged but not stored once: ${lostAcknowledged.slice(0, 5).map((write) => write.clientKey).join(', ')}`)

  app.kill('SIGTERM')
  await Promise.race([once(app, 'exit'), sleep(20_000)])
  agent.destroy()
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const cleanup = new pg.Client({ connectionString: admin.toString() })
  await cleanup.connect()
  await cleanup.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await cleanup.end()
  process.exitCode = checks.every((check) => check.ok) ? 0 : 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
