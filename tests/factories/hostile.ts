// Helpers of the hostile-input suite (tests/integration/hostile): a snapshot of every table for
// "refused, and the database is unchanged", assertions for services (AppError) and route
// handlers (HTTP status + JSON error), a Next request scope so route handlers read the session
// cookie exactly as in production, and session cookies minted with next-auth's own encoder.
import type { AsyncLocalStorage } from 'node:async_hooks'
import { createRequire } from 'node:module'
import { encode, type JWT } from 'next-auth/jwt'
import { NextRequest } from 'next/server'
import { expect } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { createUserSession } from '@/lib/auth/user-sessions'
import { db } from '@/lib/db'
import { httpStatus, type ErrorCode } from '@/lib/errors'
import {
  createAdmin,
  createFocalPoint,
  createHubManager,
  createHubOfficer,
  createOfficial,
  createSuspended,
  createUnattachedUser,
} from './actors'
import type { CaseStudyNetwork } from './case-studies'

// The next-auth secret, set before any session is encoded or read (kept when a file set one).
process.env.NEXTAUTH_SECRET ??= 'hostile-suite-secret-0123456789abcdef'
export const TEST_SECRET = process.env.NEXTAUTH_SECRET
process.env.NEXTAUTH_URL ??= 'http://localhost:3000'
export const BASE_URL = process.env.NEXTAUTH_URL
export const SESSION_COOKIE = 'next-auth.session-token'

// Rate-limit counters and the refusal log legitimately move on a refused attempt (the refusal
// log is its trace: tests/integration/hostile/refusals.test.ts checks it); the migrations
// ledger never does.
const IGNORED_TABLES = ['_prisma_migrations', 'rate_limits', 'SecurityRefusal']

export type DatabaseSnapshot = Record<string, { rows: number; md5: string | null }>

let tables: string[] | undefined

/** Row count and an md5 of the ordered rows of every public table (but the two above). */
export async function snapshotDatabase(): Promise<DatabaseSnapshot> {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`
  )
    .map((row) => row.tablename)
    .filter((name) => !IGNORED_TABLES.includes(name))
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS name, count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t`,
    )
    .join(' UNION ALL ')
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; md5: string | null }[]>(sql)
  return Object.fromEntries(rows.map((row) => [row.name, { rows: row.rows, md5: row.md5 }]))
}

/** The snapshot without the given tables (for entry points that must audit a refusal). */
export function without(snapshot: DatabaseSnapshot, ...names: string[]): DatabaseSnapshot {
  return Object.fromEntries(Object.entries(snapshot).filter(([name]) => !names.includes(name)))
}

export type Refusal = { code: ErrorCode; key?: string; field?: string; message?: RegExp }

/**
 * Runs a service call that must be refused: an AppError with `code` (and `key`, a field error
 * on `field`, a message matching `message` when given), always with a non-empty message, and
 * not one table changed.
 */
export async function expectRefused(run: () => Promise<unknown>, refusal: Refusal, label = '') {
  const before = await snapshotDatabase()
  const error = await run().then(
    (value) => ({ resolved: value }),
    (e: unknown) => e,
  )
  expect(error, `${label}: expected a refusal`).toMatchObject({ name: 'AppError', code: refusal.code })
  const appError = error as { message: string; key?: string; fields?: Record<string, string[]> }
  expect(appError.message.length, label).toBeGreaterThan(0)
  if (refusal.key) expect(appError.key, label).toBe(refusal.key)
  if (refusal.field) expect(Object.keys(appError.fields ?? {}), label).toContain(refusal.field)
  if (refusal.message) expect(appError.message, label).toMatch(refusal.message)
  expect(httpStatus[refusal.code], label).toBeGreaterThanOrEqual(400)
  expect(await snapshotDatabase(), `${label}: database changed`).toEqual(before)
}

/**
 * Runs a route handler that must answer with `status` and a JSON error `{ error: { code,
 * message } }` (when `code` is given), not one table changed. Returns the response body.
 */
export async function expectHttpRefused(
  run: () => Promise<Response>,
  { status, code }: { status: number; code?: string },
  label = '',
): Promise<{ error?: { code: string; message: string; fields?: Record<string, string[]> } }> {
  const before = await snapshotDatabase()
  const response = await run()
  const body = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } }
  expect(response.status, `${label}: ${JSON.stringify(body)}`).toBe(status)
  if (code) {
    expect(body.error?.code, label).toBe(code)
    expect(body.error?.message?.length ?? 0, label).toBeGreaterThan(0)
  }
  expect(await snapshotDatabase(), `${label}: database changed`).toEqual(before)
  return body
}

// ---------------------------------------------------------------------------------------------
// Sessions and the request scope
// ---------------------------------------------------------------------------------------------

/** A session cookie value as next-auth would set it (an encrypted JWT), with any claims. */
export function encodeSession(claims: JWT, { secret = TEST_SECRET, maxAge = 30 * 24 * 60 * 60 } = {}): Promise<string> {
  return encode({ token: claims, secret, maxAge })
}

/** The session of a user as a fresh sign-in would create it: a server-side record and its JWT. */
export async function sessionFor(userId: string): Promise<string> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })
  return encodeSession({ uid: userId, sv: sessionVersion, sub: userId, sid: await createUserSession(userId, { userAgent: 'hostile-suite', ip: null }) })
}

type RequestInit = { method?: string; headers?: Record<string, string>; body?: BodyInit; session?: string | null }

/** A request as the browser sends it: same origin, with the session cookie when given. */
export function makeRequest(path: string, { method = 'GET', headers = {}, body, session }: RequestInit = {}): NextRequest {
  const all: Record<string, string> = { host: new URL(BASE_URL).host, ...headers }
  if (session) all.cookie = [`${SESSION_COOKIE}=${session}`, all.cookie].filter(Boolean).join('; ')
  return new NextRequest(new URL(path, BASE_URL), { method, headers: all, body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1])
}

// Next keeps the current request in an AsyncLocalStorage that `headers()` and `cookies()` read
// (next/dist/server/app-render/work-unit-async-storage.external). next-auth's getServerSession
// calls them through a plain require, so the suite enters the very same storage, with the
// request store Next builds for route handlers.
type RequestStoreModule = {
  createRequestStoreForAPI: (req: { headers: Headers }, url: URL, tags: unknown, onUpdate: unknown, preview: unknown) => unknown
}
type WorkUnitModule = { workUnitAsyncStorage: AsyncLocalStorage<unknown> }
type WorkModule = { workAsyncStorage: AsyncLocalStorage<unknown> }

// Loaded with Node's require, as next-auth loads next/headers, so both see one storage.
const requireNext = createRequire(import.meta.url)
let nextInternals: [RequestStoreModule, WorkUnitModule, WorkModule] | undefined

/** Runs `fn` inside the request scope of `request`, as Next runs a route handler. */
export async function inRequestScope<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  nextInternals ??= [
    requireNext('next/dist/server/async-storage/request-store.js') as RequestStoreModule,
    requireNext('next/dist/server/app-render/work-unit-async-storage.external.js') as WorkUnitModule,
    requireNext('next/dist/server/app-render/work-async-storage.external.js') as WorkModule,
  ]
  const [{ createRequestStoreForAPI }, { workUnitAsyncStorage }, { workAsyncStorage }] = nextInternals
  const url = new URL(request.url)
  const requestStore = createRequestStoreForAPI(request, url, undefined, undefined, undefined)
  // The parts of Next's work store that headers() and cookies() read for a dynamic route handler.
  const workStore = { route: url.pathname, page: url.pathname, isStaticGeneration: false, forceStatic: false, dynamicShouldError: false }
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, fn))
}

/** Calls a route handler with `request` and its route params, inside the request scope. */
export function callRoute<P extends Record<string, unknown>>(
  handler: (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>,
  request: NextRequest,
  params: P,
): Promise<Response> {
  return inRequestScope(request, () => handler(request, { params: Promise.resolve(params) }))
}

// ---------------------------------------------------------------------------------------------
// Everyone who might try a mutation
// ---------------------------------------------------------------------------------------------

/**
 * Every kind of person, relative to a case-study network (city A in hub X, city B in hub Y).
 * The suspended kinds are Actors loaded before their suspension: the held object still says
 * ACTIVE, as one kept across a request would.
 */
export const hostileActorKinds = [
  'anonymous',
  'unattached',
  'pendingOfficialA',
  'officialA',
  'focalPointA',
  'officialB',
  'focalPointB',
  'officerX',
  'managerX',
  'officerY',
  'managerY',
  'admin',
  'suspendedFocalPointA',
  'suspendedManagerX',
  'suspendedAdmin',
] as const
export type HostileActorKind = (typeof hostileActorKinds)[number]

export async function createHostileActors(network: CaseStudyNetwork): Promise<Record<HostileActorKind, Actor | null>> {
  const { cityA, cityB, hubX, hubY } = network
  return {
    anonymous: null,
    unattached: (await createUnattachedUser()).actor,
    pendingOfficialA: (await createOfficial(cityA.id, 'PENDING')).actor,
    officialA: (await createOfficial(cityA.id)).actor,
    focalPointA: (await createFocalPoint(cityA.id)).actor,
    officialB: (await createOfficial(cityB.id)).actor,
    focalPointB: (await createFocalPoint(cityB.id)).actor,
    officerX: (await createHubOfficer(hubX.id)).actor,
    managerX: (await createHubManager(hubX.id)).actor,
    officerY: (await createHubOfficer(hubY.id)).actor,
    managerY: (await createHubManager(hubY.id)).actor,
    admin: (await createAdmin()).actor,
    suspendedFocalPointA: (await createSuspended({ focalPointOf: cityA.id })).stale,
    suspendedManagerX: (await createSuspended({ managerOf: hubX.id })).stale,
    suspendedAdmin: (await createSuspended({ admin: true })).stale,
  }
}

// ---------------------------------------------------------------------------------------------
// Many cases in one test
// ---------------------------------------------------------------------------------------------

/**
 * A named case of a table. Cases that leave the database unchanged can share one world, so a
 * table runs as one test (the per-test truncation of every table is the slow part); each case
 * is still reported by name when it fails.
 */
export type HostileCase = { name: string; run: () => Promise<unknown> }

export async function runCases(cases: HostileCase[]) {
  const failures: string[] = []
  for (const hostileCase of cases) {
    try {
      await hostileCase.run()
    } catch (error) {
      failures.push(`${hostileCase.name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  expect(failures).toEqual([])
  return cases.length
}
