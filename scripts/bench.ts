// `npm run bench` — load test of the public library on 100,000 published case studies.
//
// 1. Creates the database `circulars_bench` on DATABASE_URL's server (loopback only), migrates
//    it, seeds the network's reference data and 100,000 synthetic PUBLISHED case studies
//    (deterministic, in SQL: generate_series with topics, coalitions and metrics), ANALYZE.
// 2. Prints EXPLAIN (ANALYZE, BUFFERS) of the search and the faceted search, exactly as the
//    library runs them (lib/library/search-sql.ts), and checks there is no Seq Scan on CaseStudy.
// 3. Starts the production server (scripts/serve.ts) against it and loads six targets with
//    autocannon: the library page, a search, a faceted search (20 clients), a case-study page and
//    the API list (50 clients), and 1,000 different searches (20 clients), ~10 s each; then the
//    same bytes from a bare node:http server as the ceiling. The app runs twice: as deployed (the
//    public pages' cache and the library's data cache) and with both off, which is what a cold or
//    very diverse load costs. The 1,000 searches show the cost of cache misses in either mode.
// Never part of the test suite: it takes a few minutes and the whole machine.
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import pg from 'pg'
import { Prisma } from '../lib/generated/prisma/client'
import { createPrismaClient } from '../lib/db/client'
import { migrate } from '../lib/db/migrate'
import { facetsSql, resultIdsSql } from '../lib/library/search-sql'
import { LibraryQuerySchema } from '../lib/validation/library'
import { seedReferenceData } from '../prisma/seed'
import { ensureBuild, isLocalDatabase, startNext, waitForHttp } from './lib/app-server'

const DATABASE = 'circulars_bench'
const CASE_STUDIES = Number(process.env.BENCH_CASE_STUDIES ?? 100_000)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)

const SEARCH = '/case-studies?q=compost'
const FACETED = '/case-studies?q=compost&topic=food-systems&country=GH&country=KE'
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
  return `/case-studies?q=${encodeURIComponent(q)}${i % 5 === 0 ? `&topic=${topicSlugs[(i / 5) % topicSlugs.length]}` : ''}`
})
if (new Set(DISTINCT).size !== DISTINCT.length) throw new Error('the distinct searches repeat')

const targets: { name: string; path: string; paths?: string[]; connections: number; p95TargetMs?: number }[] = [
  { name: 'library page', path: '/case-studies', connections: 50, p95TargetMs: 50 },
  { name: 'search', path: SEARCH, connections: 20, p95TargetMs: 150 },
  { name: 'faceted search', path: FACETED, connections: 20, p95TargetMs: 150 },
  { name: 'case-study page', path: `/case-studies/bench-${Math.min(4242, CASE_STUDIES)}`, connections: 50, p95TargetMs: 50 },
  { name: 'API list', path: '/api/v1/case-studies?pageSize=20', connections: 50, p95TargetMs: undefined },
  { name: '1,000 searches', path: DISTINCT[0]!, paths: DISTINCT, connections: 20, p95TargetMs: undefined },
]

type Figures = { p50: number; p95: number; p99: number; rps: number; errors: number }

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

async function createDatabase(serverUrl: string): Promise<string> {
  const admin = new URL(serverUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await client.query(`CREATE DATABASE ${DATABASE}`)
  await client.end()
  admin.pathname = `/${DATABASE}`
  return admin.toString()
}

/** 100,000 published case studies with topics, coalitions and metrics, in a few statements. */
async function seedSynthetic(client: pg.Client) {
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
  await client.query('VACUUM ANALYZE')
}

async function explain(prisma: ReturnType<typeof createPrismaClient>, label: string, sql: Prisma.Sql) {
  const rows = await prisma.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)
  const plan = rows.map((row) => row['QUERY PLAN']).join('\n')
  log(`\n--- EXPLAIN (ANALYZE, BUFFERS): ${label}\n${plan}`)
  const seqScan = /Seq Scan on "?CaseStudy"?\b/.test(plan)
  log(seqScan ? `!! ${label}: Seq Scan on CaseStudy` : `ok ${label}: no Seq Scan on CaseStudy`)
  return !seqScan
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function load(url: string, connections: number, paths?: string[]): Promise<Figures> {
  const latencies: number[] = []
  let next = 0
  const requests = paths ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! }) }] : undefined
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: DURATION, timeout: 30, ...(requests ? { requests } : {}) }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

/** The ceiling: the same bytes, from memory, by a bare node:http server. */
async function startCeiling(pages: Map<string, { body: Buffer; type: string }>): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const page = pages.get(request.url ?? '')
    if (!page) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': page.type, 'Content-Length': page.body.length })
    response.end(page.body)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as AddressInfo).port }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)
const ratio = (app: number, ceiling: number) => `${(app / ceiling).toFixed(1)}×`.padStart(7)

async function runApp(databaseUrl: string, caches: boolean) {
  const port = await freePort()
  const child = startNext(port, {
    ...process.env,
    NODE_ENV: 'production',
    HOSTNAME: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-for-production-0123456789',
    ...(caches ? {} : { PAGE_CACHE_SECONDS: '0', LIBRARY_CACHE_SECONDS: '0' }),
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${base}/api/health`, 120_000)
    const pages = new Map<string, { body: Buffer; type: string }>()
    for (const target of targets) {
      // Warm up: first render compiles templates and fills pools, as a live server would have.
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${base}${target.path}`)
        const body = Buffer.from(await response.arrayBuffer())
        if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`)
        pages.set(target.path, { body, type: response.headers.get('content-type') ?? 'text/html' })
      }
    }
    const figures = new Map<string, Figures>()
    for (const target of targets) {
      log(`loading ${target.name} (${target.connections} clients, ${DURATION} s)...`)
      figures.set(target.name, await load(`${base}${target.path}`, target.connections, target.paths))
    }
    return { figures, pages }
  } finally {
    child.kill('SIGTERM')
    await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5_000))])
  }
}

async function main() {
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) throw new Error('DATABASE_URL is not set (a local PostgreSQL server)')
  if (!isLocalDatabase(serverUrl)) throw new Error('refusing to benchmark against a non-local database')

  const started = Date.now()
  const databaseUrl = await createDatabase(serverUrl)
  log(`database ${DATABASE} created; migrating...`)
  await migrate(databaseUrl)
  const prisma = createPrismaClient(databaseUrl)
  await seedReferenceData(prisma)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  log(`seeding ${CASE_STUDIES.toLocaleString('en')} published case studies...`)
  await seedSynthetic(client)
  const counts = await client.query(`SELECT (SELECT count(*) FROM "CaseStudy") AS cases, (SELECT count(*) FROM "CaseStudyTopic") AS topics,
      (SELECT count(*) FROM "ImpactMetric") AS metrics, (SELECT count(*) FROM "CaseStudyCoalition") AS coalitions`)
  await client.end()
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts.rows[0])}`)

  const search = LibraryQuerySchema.parse(Object.fromEntries(new URL(SEARCH, 'http://x').searchParams))
  const facetedParams = new URL(FACETED, 'http://x').searchParams
  const faceted = LibraryQuerySchema.parse({ q: facetedParams.get('q')!, topic: facetedParams.getAll('topic'), country: facetedParams.getAll('country') })
  const plansOk = [
    await explain(prisma, 'search: result page', resultIdsSql(search, 20, 0)),
    await explain(prisma, 'search: total and facets', facetsSql(search)),
    await explain(prisma, 'faceted search: result page', resultIdsSql(faceted, 20, 0)),
    await explain(prisma, 'faceted search: total and facets', facetsSql(faceted)),
  ].every(Boolean)
  await prisma.$disconnect()

  ensureBuild(log)
  log('\n== app as deployed: page cache (PAGE_CACHE_SECONDS 10 s) and library data cache (5 s)')
  const cached = await runApp(databaseUrl, true)
  log('\n== app with both caches off (PAGE_CACHE_SECONDS=0 LIBRARY_CACHE_SECONDS=0): every request renders and queries')
  const uncached = await runApp(databaseUrl, false)

  log('\n== ceiling: the same bytes from memory, bare node:http')
  const ceilingServer = await startCeiling(cached.pages)
  const ceiling = new Map<string, Figures>()
  try {
    for (const target of targets) {
      ceiling.set(target.name, await load(`http://127.0.0.1:${ceilingServer.port}${target.path}`, target.connections))
    }
  } finally {
    ceilingServer.server.close()
  }

  log(`\nResults (${CASE_STUDIES.toLocaleString('en')} published case studies, ${DURATION} s per target, ratio = app / ceiling)`)
  log('target            clients  mode        p50         p95         p99        req/s  errors |  p50 ×  p95 ×  p99 × req/s ×')
  let missed = false
  for (const target of targets) {
    const top = ceiling.get(target.name)!
    for (const [mode, figures] of [['cached', cached.figures], ['no cache', uncached.figures], ['ceiling', ceiling]] as const) {
      const f = figures.get(target.name)!
      const ratios = mode === 'ceiling' ? '' : ` | ${ratio(f.p50, top.p50)}${ratio(f.p95, top.p95)}${ratio(f.p99, top.p99)}${ratio(f.rps, top.rps)}`
      log(`${target.name.padEnd(18)}${String(target.connections).padStart(7)}  ${mode.padEnd(9)}${ms(f.p50)}  ${ms(f.p95)}  ${ms(f.p99)}  ${f.rps.toFixed(0).padStart(9)}  ${String(f.errors).padStart(6)}${ratios}`)
    }
    const f = cached.figures.get(target.name)!
    if (target.p95TargetMs !== undefined) {
      const verdict = f.p95 <= target.p95TargetMs ? 'met' : `MISSED by ${(f.p95 - target.p95TargetMs).toFixed(1)} ms`
      if (f.p95 > target.p95TargetMs) missed = true
      log(`${''.padEnd(27)}target p95 < ${target.p95TargetMs} ms (cached): ${verdict}`)
    }
  }
  log(plansOk ? '\nQuery plans: no Seq Scan on CaseStudy.' : '\nQuery plans: a Seq Scan on CaseStudy was found (see above).')
  log(missed ? 'Some latency targets were missed (see above).' : 'All latency targets met.')
  if (!plansOk) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
