// `npm run bench` — load test of the public library on BENCH_CASE_STUDIES (100,000) published
// case studies, judged against the targets of what people get: uncached renders (both caches
// off: every signed-in official, crawler and new search), signed-in pages, a different query every
// time. Every row prints its figures and "met" or "not met"; nothing is judged on a cache hit
// except the one row that says so (a crawler walking the library as deployed).
//
// 1. Creates the database `circulars_bench_<n>` on DATABASE_URL's server (loopback only), or reuses
//    it when it already holds exactly that many case studies (BENCH_RESEED=true starts again);
//    migrates it, seeds the reference data, n synthetic PUBLISHED case studies (deterministic, in
//    SQL) and one official to sign in as.
// 2. Starts the production server (scripts/serve.ts) with both caches off and loads each target
//    with autocannon (BENCH_SECONDS, 10 s each), sampling the server's resident memory; then once
//    more as deployed, for the crawler row. HTML sizes and first-load JavaScript are measured on the
//    pages as served.
// 3. BENCH_SCALES=10000,100000,1000000 runs the whole set at each size and prints how each figure
//    grows (the goal: library and search p95 at most 2× from 100k to 1M).
// Never part of the test suite: it takes minutes and the whole machine.
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { hash } from '@node-rs/argon2'
import autocannon from 'autocannon'
import pg from 'pg'
import { createPrismaClient } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { seedReferenceData } from '../prisma/seed'
import { ensureBuild, isLocalDatabase, startNext, waitForHttp } from './lib/app-server'

const SCALES = (process.env.BENCH_SCALES ?? process.env.BENCH_CASE_STUDIES ?? '100000').split(',').map((n) => Number(n.trim()))
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const BENCH_EMAIL = 'bench.official@example.org'
const BENCH_PASSWORD = 'bench-only-password-4242'

const FACETED = '/en/case-studies?q=compost&topic=food-systems&country=GH&country=KE'
/** Title and summary words: each about 1 in 40 titles, so a search matches a few thousand. */
const words = [
  'compost', 'plastic', 'furniture', 'lighting', 'procurement', 'textile', 'repair', 'reuse', 'water', 'energy',
  'construction', 'demolition', 'food', 'market', 'biogas', 'glass', 'paper', 'electronics', 'tyres', 'batteries',
  'timber', 'concrete', 'packaging', 'clothing', 'bicycles', 'schools', 'hospitals', 'housing', 'transport', 'parks',
  'sewage', 'sludge', 'metals', 'aggregates', 'bottles', 'cans', 'mattresses', 'appliances', 'canteens', 'farms',
]
/** Body words, a separate vocabulary so title and summary words stay selective. */
const bodyWords = [
  'traders', 'schools', 'suppliers', 'cooperatives', 'depots', 'workshops', 'warehouses', 'kitchens', 'clinics',
  'factories', 'contractors', 'residents', 'students', 'farmers', 'drivers', 'engineers', 'collectors', 'volunteers',
  'retailers', 'caterers', 'builders', 'designers', 'recyclers', 'landlords',
]

/**
 * A thousand different searches, none repeated (what a cache cannot absorb): two words each, every
 * other one an OR (broad, thousands of matches) rather than an AND, every fifth with a topic.
 */
const topicSlugs = ['food-systems', 'circular-public-procurement', 'waste-prevention', 'sharing-and-reuse', 'industrial-symbiosis']
const DISTINCT = Array.from({ length: 1_000 }, (_, i) => {
  const first = words[i % words.length]!
  const second = words[Math.floor(i / words.length) % words.length]!
  const q = i % 2 ? `${first} or ${second}` : `${first} ${second}`
  return `/en/case-studies?q=${encodeURIComponent(q)}${i % 5 === 0 ? `&topic=${topicSlugs[(i / 5) % topicSlugs.length]}` : ''}`
})
if (new Set(DISTINCT).size !== DISTINCT.length) throw new Error('the distinct searches repeat')


type Target = {
  name: string
  path: string
  paths?: string[]
  connections: number
  mode: 'uncached' | 'deployed'
  signedIn?: boolean
  rps?: number
  p95?: number
  /** A signed-in row is judged against this anonymous row: within 1.3× of its figures. */
  versus?: string
}

function targetsFor(count: number): Target[] {
  const pages = Math.min(500, Math.ceil(count / 20))
  const page37 = `/en/case-studies?page=${Math.min(37, pages)}`
  const everyPage = Array.from({ length: pages }, (_, i) => `/en/case-studies?page=${i + 1}`)
  const caseStudy = `/en/case-studies/bench-${Math.min(4242, count)}`
  return [
    { name: 'library page 37', path: page37, connections: 50, mode: 'uncached', rps: 400, p95: 150 },
    { name: 'library, every page', path: everyPage[0]!, paths: everyPage, connections: 50, mode: 'uncached', rps: 400, p95: 150 },
    { name: 'search compost', path: '/en/case-studies?q=compost', connections: 20, mode: 'uncached', rps: 200, p95: 150 },
    { name: 'search food', path: '/en/case-studies?q=food', connections: 20, mode: 'uncached', rps: 200, p95: 150 },
    { name: 'faceted search', path: FACETED, connections: 20, mode: 'uncached', rps: 200, p95: 150 },
    { name: '1,000 searches', path: DISTINCT[0]!, paths: DISTINCT, connections: 20, mode: 'uncached', rps: 200, p95: 200 },
    { name: 'API list page 37', path: `/api/v1/case-studies?pageSize=20&page=${Math.min(37, pages)}`, connections: 50, mode: 'uncached', rps: 1_000 },
    { name: 'case-study page', path: caseStudy, connections: 50, mode: 'uncached', rps: 500 },
    { name: 'signed in: library 37', path: page37, connections: 50, mode: 'uncached', signedIn: true, versus: 'library page 37' },
    { name: 'signed in: case study', path: caseStudy, connections: 50, mode: 'uncached', signedIn: true, versus: 'case-study page' },
    { name: 'crawler, as deployed', path: everyPage[0]!, paths: everyPage, connections: 50, mode: 'deployed', rps: 600, p95: 100 },
  ]
}

type Figures = { p50: number; p95: number; p99: number; rps: number; errors: number; statuses: Record<string, number> }

function log(line = '') {
  console.log(line)
}

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  return port
}

/** The bench database for this many case studies: reused when it already holds them. */
async function prepareDatabase(serverUrl: string, count: number): Promise<string> {
  const name = `circulars_bench_${count}`
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const target = new URL(serverUrl)
  target.pathname = `/${name}`
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1
  if (exists && process.env.BENCH_RESEED !== 'true') {
    const probe = new pg.Client({ connectionString: target.toString() })
    await probe.connect()
    const held = await probe
      .query(`SELECT count(*)::int AS n FROM "CaseStudy" WHERE "status" = 'PUBLISHED'`)
      .then((r) => r.rows[0].n as number, () => -1)
    const user = await probe.query(`SELECT 1 FROM "User" WHERE "email" = $1`, [BENCH_EMAIL]).then((r) => r.rowCount === 1, () => false)
    await probe.end()
    if (held === count && user) {
      await client.end()
      log(`database ${name} reused (${count.toLocaleString('en')} published case studies; BENCH_RESEED=true to seed again)`)
      await migrate(target.toString())
      return target.toString()
    }
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = target.toString()
  const started = Date.now()
  log(`database ${name} created; migrating...`)
  await migrate(url)
  const prisma = createPrismaClient(url)
  await seedReferenceData(prisma)
  await prisma.$disconnect()
  const seeder = new pg.Client({ connectionString: url })
  await seeder.connect()
  log(`seeding ${count.toLocaleString('en')} published case studies...`)
  await seedSynthetic(seeder, count)
  await seeder.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt", "emailVerified") VALUES ('bench-user', $1, 'Bench Official', $2, now(), now())`,
    [BENCH_EMAIL, await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 })],
  )
  await seeder.query('VACUUM ANALYZE')
  await seeder.end()
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return url
}

/** 100,000 published case studies with topics, coalitions and metrics, in a few statements. */
async function seedSynthetic(client: pg.Client, CASE_STUDIES: number) {
  const vocabulary = `ARRAY[${words.map((w) => `'${w}'`).join(',')}]`
  const pick = (multiplier: number, offset: number) => `(${vocabulary})[1 + ((g * ${multiplier} + ${offset}) % ${words.length})]`
  const bodyVocabulary = `ARRAY[${bodyWords.map((w) => `'${w}'`).join(',')}]`
  const bodyPick = (multiplier: number, offset: number) =>
    `(${bodyVocabulary})[1 + ((g * ${multiplier} + ${offset}) % ${bodyWords.length})]`
  await client.query(`
    WITH c AS (SELECT array_agg("id" ORDER BY "slug") AS ids, count(*)::int AS n FROM "City")
    INSERT INTO "CaseStudy" ("id", "slug", "cityId", "status", "title", "summary", "body", "language", "startYear",
      "projectStatus", "procurementPractices", "isSample", "publishedAt", "createdAt", "updatedAt")
    SELECT 'bench' || g, 'bench-' || g, c.ids[1 + (g * 7919) % c.n], 'PUBLISHED',
      initcap(${pick(1, 0)}) || ' and ' || ${bodyPick(7, 3)} || ' through circular ' || ${bodyPick(11, 5)} || ' in district ' || (g % 97),
      'How the city turned ' || ${pick(13, 1)} || ' and ' || ${pick(17, 2)} || ' into resources for ' || ${bodyPick(19, 4)} || ', with measured results.',
      '## Context' || E'\\n\\n' || 'The programme started with ' || ${bodyPick(23, 6)} || ' collected from ' || ${bodyPick(29, 7)} ||
        '. Officials worked with local firms on ' || ${bodyPick(31, 8)} || ' and ' || ${bodyPick(37, 9)} || '.' || E'\\n\\n' ||
        '## What the city did' || E'\\n\\n' || '- tenders rewarding ' || ${bodyPick(41, 10)} || E'\\n' || '- take-back of ' || ${bodyPick(43, 11)} ||
        E'\\n' || '- training for staff in ' || ${bodyPick(47, 12)} || E'\\n\\n' || '## Results' || E'\\n\\n' ||
        'Less waste went to landfill and new jobs were created in ' || ${bodyPick(53, 13)} || ' and ' || ${bodyPick(59, 14)} || '.',
      (ARRAY['en','en','en','en','en','en','en','en','es','pt','fr','zh'])[1 + (g * 5) % 12],
      2000 + (g * 31) % 26,
      (ARRAY['PLANNED','ONGOING','COMPLETED']::"ProjectStatus"[])[1 + g % 3],
      '{}', false,
      timestamp '2026-06-01' - make_interval(mins => g * 5),
      timestamp '2026-05-01' - make_interval(mins => g * 5),
      timestamp '2026-06-01' - make_interval(mins => g * 5)
    FROM generate_series(1, ${CASE_STUDIES}) AS g, c`)
  await client.query(`
    WITH t AS (SELECT array_agg("id" ORDER BY "slug") AS ids, count(*)::int AS n FROM "Topic")
    INSERT INTO "CaseStudyTopic" ("caseStudyId", "topicId")
    SELECT 'bench' || g, t.ids[1 + (g * k + k) % t.n]
    FROM generate_series(1, ${CASE_STUDIES}) AS g, t, (VALUES (1), (7), (13)) AS m(k)
    WHERE k = 1 OR (g + k) % 3 <> 0
    ON CONFLICT DO NOTHING`)
  await client.query(`
    WITH co AS (SELECT array_agg("id" ORDER BY "slug") AS ids, count(*)::int AS n FROM "Coalition")
    INSERT INTO "CaseStudyCoalition" ("caseStudyId", "coalitionId")
    SELECT 'bench' || g, co.ids[1 + g % co.n] FROM generate_series(1, ${CASE_STUDIES}) AS g, co WHERE g % 3 = 0
    ON CONFLICT DO NOTHING`)
  await client.query(`
    INSERT INTO "ImpactMetric" ("id", "caseStudyId", "type", "value", "currency", "baselineYear", "method", "verified")
    SELECT 'bm' || g || '-' || k, 'bench' || g, mt.type, ((g * 37 * k) % 5000) + 1,
      CASE WHEN mt.type = 'COST_SAVED_PER_YEAR' THEN 'USD' END, 2015 + g % 8, 'Synthetic figure', g % 2 = 0
    FROM generate_series(1, ${CASE_STUDIES}) AS g, (VALUES (1), (2), (3)) AS m(k),
      LATERAL (SELECT (enum_range(NULL::"MetricType"))[1 + (g * k + k) % 7] AS type) mt
    WHERE k <= 1 + g % 3
    ON CONFLICT ("caseStudyId", "type") DO NOTHING`)
}


function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function load(url: string, target: Target, cookie?: string): Promise<Figures> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let next = 0
  const paths = target.paths
  const requests = paths ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! }) }] : undefined
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: target.connections, duration: DURATION, timeout: 30, headers: cookie ? { cookie } : {}, ...(requests ? { requests } : {}) },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    statuses,
  }
}

/** Resident memory of a process and its children (the server runs under tsx), in MiB. */
function rssMiB(pid: number): number {
  try {
    let children: number[] = []
    try {
      children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number)
    } catch {
      children = [] // pgrep exits 1 when the server has no children
    }
    const pids = [pid, ...children]
    let kb = 0
    for (const p of pids) {
      const status = readFileSync(`/proc/${p}/status`, 'utf8')
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    }
    return kb / 1024
  } catch {
    return NaN
  }
}

/** Signs in as the bench official through next-auth's endpoints; returns the cookie header. */
async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>()
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair!.indexOf('=')
      jar.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const csrfResponse = await fetch(`${base}/api/auth/csrf`)
  keep(csrfResponse)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(), 'x-auth-return-redirect': '1' },
    body: new URLSearchParams({ email: BENCH_EMAIL, password: BENCH_PASSWORD, csrfToken, json: 'true', callbackUrl: '/dashboard' }),
  })
  keep(response)
  const session = await (await fetch(`${base}/api/auth/session`, { headers: { cookie: cookie() } })).json()
  if (!session?.uid) throw new Error('the bench official could not sign in')
  return cookie()
}

type Sizes = { libraryHtml: number; caseHtml: number; firstLoadJsGzip: number }

async function measureSizes(base: string, targets: Target[]): Promise<Sizes> {
  const html = async (path: string) => ({ text: await (await fetch(`${base}${path}`)).text() })
  const library = await html(targets[0]!.path)
  const caseStudy = await html(targets.find((t) => t.name === 'case-study page')!.path)
  const sources = new Set(
    [...library.text.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((attributes) => !/\bnomodule\b/i.test(attributes))
      .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
      .filter((src): src is string => !!src),
  )
  let gzip = 0
  for (const src of sources) gzip += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length
  return {
    libraryHtml: Buffer.byteLength(library.text),
    caseHtml: Buffer.byteLength(caseStudy.text),
    firstLoadJsGzip: gzip,
  }
}

async function runServer(databaseUrl: string, mode: Target['mode'], targets: Target[]) {
  const port = await freePort()
  const child = startNext(port, {
    ...process.env,
    NODE_ENV: 'production',
    HOSTNAME: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production-0123456789',
    RATE_LIMIT_SCALE: '1000',
    ...(mode === 'uncached' ? { PAGE_CACHE_SECONDS: '0', LIBRARY_CACHE_SECONDS: '0' } : {}),
  })
  const base = `http://127.0.0.1:${port}`
  const figures = new Map<string, Figures>()
  let rss = 0
  let sizes: Sizes | null = null
  let indexReadyMs = NaN
  let cacheControl = ''
  try {
    await waitForHttp(`${base}/api/health`, 300_000)
    const ready = Date.now()
    // The first library request builds the search index from PostgreSQL: timed, then warm up.
    const first = await fetch(`${base}/en/case-studies`)
    indexReadyMs = Date.now() - ready
    if (first.status !== 200) throw new Error(`/en/case-studies answered ${first.status}`)
    const cookie = targets.some((t) => t.signedIn) ? await signIn(base) : undefined
    for (const target of targets) {
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${base}${target.paths?.[i] ?? target.path}`, { headers: target.signedIn && cookie ? { cookie } : {} })
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`)
      }
    }
    if (mode === 'uncached') sizes = await measureSizes(base, targets)
    else cacheControl = (await fetch(`${base}/en/case-studies?page=2`)).headers.get('cache-control') ?? ''
    for (const target of targets) {
      log(`loading ${target.name} (${target.connections} clients, ${DURATION} s)...`)
      const sampler = setInterval(() => (rss = Math.max(rss, rssMiB(child.pid!))), 500)
      try {
        figures.set(target.name, await load(`${base}${target.path}`, target, target.signedIn ? cookie : undefined))
      } finally {
        clearInterval(sampler)
      }
    }
  } finally {
    child.kill('SIGTERM')
    await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5_000))])
  }
  return { figures, rss, sizes, indexReadyMs, cacheControl }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET')

type ScaleResult = { count: number; figures: Map<string, Figures>; rss: number; sizes: Sizes; indexReadyMs: number; allMet: boolean }

async function runScale(serverUrl: string, count: number): Promise<ScaleResult> {
  const databaseUrl = await prepareDatabase(serverUrl, count)
  const targets = targetsFor(count)
  log(`\n== ${count.toLocaleString('en')} case studies: both caches off (PAGE_CACHE_SECONDS=0 LIBRARY_CACHE_SECONDS=0)`)
  const uncached = await runServer(databaseUrl, 'uncached', targets.filter((t) => t.mode === 'uncached'))
  log(`\n== ${count.toLocaleString('en')} case studies: as deployed (page cache and data cache on)`)
  const deployed = await runServer(databaseUrl, 'deployed', targets.filter((t) => t.mode === 'deployed'))
  const figures = new Map([...uncached.figures, ...deployed.figures])
  const rss = Math.max(uncached.rss, deployed.rss)

  log(`\nResults at ${count.toLocaleString('en')} published case studies (${DURATION} s per row)`)
  log('target                   clients  mode          p50         p95         p99      req/s  errors  verdict')
  let allMet = true
  const verdicts = new Map<string, string>()
  for (const target of targets) {
    const f = figures.get(target.name)!
    const checks: string[] = []
    let ok = f.errors === 0
    if (f.errors) checks.push(`${f.errors} errors (${JSON.stringify(f.statuses)})`)
    if (target.rps !== undefined) {
      ok &&= f.rps >= target.rps
      checks.push(`≥ ${target.rps} req/s`)
    }
    if (target.p95 !== undefined) {
      ok &&= f.p95 < target.p95
      checks.push(`p95 < ${target.p95} ms`)
    }
    if (target.versus) {
      const anonymous = figures.get(target.versus)!
      const within = f.rps * 1.3 >= anonymous.rps && f.p95 <= anonymous.p95 * 1.3
      ok &&= within
      checks.push(`within 1.3× of "${target.versus}" (${(anonymous.rps / f.rps).toFixed(2)}× req/s, ${(f.p95 / anonymous.p95).toFixed(2)}× p95)`)
    }
    allMet &&= ok
    verdicts.set(target.name, verdict(ok))
    log(`${target.name.padEnd(24)}${String(target.connections).padStart(8)}  ${target.mode.padEnd(9)}${ms(f.p50)}  ${ms(f.p95)}  ${ms(f.p99)}  ${f.rps.toFixed(0).padStart(9)}  ${String(f.errors).padStart(6)}  ${verdict(ok)}: ${checks.join(', ')}`)
  }
  const sizes = uncached.sizes!
  const sizeRows: [string, boolean, string][] = [
    ['library page HTML', sizes.libraryHtml <= 40 * 1024, `${kib(sizes.libraryHtml)} (≤ 40 KiB)`],
    ['case-study page HTML', sizes.caseHtml <= 40 * 1024, `${kib(sizes.caseHtml)} (≤ 40 KiB)`],
    ['first-load JS, gzip', sizes.firstLoadJsGzip <= 130 * 1024, `${kib(sizes.firstLoadJsGzip)} (≤ 130 KiB)`],
    ['RSS under load', rss <= 400, `${rss.toFixed(0)} MiB (≤ 400 MiB)`],
    ['anonymous library Cache-Control', /public/.test(deployed.cacheControl) && /s-maxage/.test(deployed.cacheControl), deployed.cacheControl || '(none)'],
  ]
  for (const [name, ok, text] of sizeRows) {
    allMet &&= ok
    log(`${name.padEnd(34)} ${text.padEnd(40)} ${verdict(ok)}`)
  }
  log(`search index built on first request in ${(uncached.indexReadyMs / 1000).toFixed(1)} s`)
  // The README's figures table, from this run (paste it over the previous one).
  log(`\nREADME table (${count.toLocaleString('en')} case studies, ${DURATION} s per row):\n`)
  log('| target | clients | caches | p50 | p95 | req/s | errors | goal | verdict |')
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const target of targets) {
    const f = figures.get(target.name)!
    const goal = [target.rps !== undefined ? `≥ ${target.rps} req/s` : '', target.p95 !== undefined ? `p95 < ${target.p95} ms` : '', target.versus ? `within 1.3× of ${target.versus}` : '']
      .filter(Boolean).join(', ')
    log(`| ${target.name} | ${target.connections} | ${target.mode === 'uncached' ? 'off' : 'as deployed'} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${f.rps.toFixed(0)} | ${f.errors} | ${goal} | ${verdicts.get(target.name)} |`)
  }
  for (const [name, ok, text] of sizeRows) log(`| ${name} | | | | | | | ${text} | ${verdict(ok)} |`)
  log(allMet ? `All targets met at ${count.toLocaleString('en')}.` : `Some targets NOT MET at ${count.toLocaleString('en')} (see above).`)
  return { count, figures, rss, sizes, indexReadyMs: uncached.indexReadyMs, allMet }
}

async function main() {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('DATABASE_URL is not set (a local PostgreSQL server)')
  if (!isLocalDatabase(serverUrl)) throw new Error('refusing to benchmark against a non-local database')
  ensureBuild(log)
  const results: ScaleResult[] = []
  for (const count of SCALES) results.push(await runScale(serverUrl, count))
  if (results.length > 1) {
    log('\nHow the figures grow (p95 in ms; ×: against the previous size)')
    log(`target                   ${results.map((r) => r.count.toLocaleString('en').padStart(16)).join('')}`)
    for (const target of targetsFor(results[0]!.count)) {
      const cells = results.map((r, i) => {
        const p95 = r.figures.get(target.name)!.p95
        const before = i ? results[i - 1]!.figures.get(target.name)!.p95 : NaN
        return `${p95.toFixed(1)}${i ? ` (${(p95 / before).toFixed(1)}×)` : ''}`.padStart(16)
      })
      log(`${target.name.padEnd(24)} ${cells.join('')}`)
    }
    log(`RSS MiB                  ${results.map((r) => r.rss.toFixed(0).padStart(16)).join('')}`)
    log(`index build s            ${results.map((r) => (r.indexReadyMs / 1000).toFixed(1).padStart(16)).join('')}`)
    const i100k = results.findIndex((r) => r.count === 100_000)
    const i1m = results.findIndex((r) => r.count === 1_000_000)
    if (i100k >= 0 && i1m >= 0) {
      const growth = ['library page 37', 'library, every page', 'search compost', 'search food', 'faceted search', '1,000 searches'].map(
        (name) => results[i1m]!.figures.get(name)!.p95 / results[i100k]!.figures.get(name)!.p95,
      )
      const worst = Math.max(...growth)
      log(`library and search p95 from 100k to 1M: at most ${worst.toFixed(2)}× (goal ≤ 2×): ${verdict(worst <= 2)}`)
    }
  }
  if (!results.every((r) => r.allMet)) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
