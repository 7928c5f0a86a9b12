// Rate limits for sign-in, registration, password reset and magic links, kept in PostgreSQL
// (table rate_limits) so that every app instance counts together. rate-limiter-flexible's
// Postgres store does one atomic INSERT ... ON CONFLICT per hit.
import 'server-only'
import { createHash } from 'node:crypto'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'

type LimitName = 'signIn' | 'register' | 'passwordReset' | 'magicLink' | 'emailVerification'

// Sign-in has no per-account limit here: counting every attempt on an account would let anyone
// lock its owner out. Its failures are throttled per account + IP instead (lib/auth/sign-in-throttle.ts).
const LIMITS: Record<LimitName, { perAccount?: [points: number, seconds: number]; perIp: [number, number] }> = {
  signIn: { perIp: [50, 15 * 60] },
  register: { perAccount: [3, 60 * 60], perIp: [10, 60 * 60] },
  passwordReset: { perAccount: [5, 60 * 60], perIp: [20, 60 * 60] },
  magicLink: { perAccount: [5, 60 * 60], perIp: [20, 60 * 60] },
  emailVerification: { perAccount: [3, 60 * 60], perIp: [20, 60 * 60] },
}

const globalForLimits = globalThis as unknown as { circularsLimiters?: Map<string, RateLimiterPostgres> }

// The limiter's queries go through the app's one Prisma pool (parameterised, unnamed
// statements): a second pool would double the connections, and named prepared statements
// collide on the embedded database, where PGlite serves every connection from one session.
const storeClient = {
  async query(q: { text: string; values?: unknown[] }) {
    // The limiter reads rowCount: a get of an unknown key is 0 rows, a delete says what it removed.
    if (/^\s*DELETE\b/i.test(q.text)) return { rows: [], rowCount: await db.$executeRawUnsafe(q.text, ...(q.values ?? [])) }
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(q.text, ...(q.values ?? []))
    return {
      rowCount: rows.length,
      rows: rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])),
      ),
    }
  },
}

export function limiter(name: string, points: number, duration: number): RateLimiterPostgres {
  globalForLimits.circularsLimiters ??= new Map()
  const key = `${name}:${points}:${duration}`
  let instance = globalForLimits.circularsLimiters.get(key)
  if (!instance) {
    instance = new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: name,
      points,
      duration,
      clearExpiredByTimeout: false,
    })
    globalForLimits.circularsLimiters.set(key, instance)
  }
  return instance
}

/**
 * RATE_LIMIT_SCALE multiplies every limit (an operator setting: a network whose officials share one
 * office address may need more per IP; the browser test suite signs the same demo people in many
 * times). Whole numbers from 1 to 100; anything else means 1.
 */
export function rateLimitScale(): number {
  const scale = Number(process.env.RATE_LIMIT_SCALE ?? 1)
  return Number.isInteger(scale) && scale >= 1 && scale <= 100 ? scale : 1
}

/** Account keys are hashed so the table never holds e-mail addresses. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)
}

/**
 * Counts one attempt against the account and the IP. Throws RATE_LIMITED (with the seconds to
 * wait) once either is over its limit.
 */
export async function consumeRateLimit(name: LimitName, keys: { account?: string | null; ip?: string | null }) {
  const scale = rateLimitScale()
  const account = LIMITS[name].perAccount
  const perIp: [number, number] = [LIMITS[name].perIp[0] * scale, LIMITS[name].perIp[1]]
  const checks: Promise<RateLimiterRes>[] = []
  if (keys.account && account) checks.push(limiter(`${name}-account`, account[0] * scale, account[1]).consume(accountKey(keys.account)))
  if (keys.ip) checks.push(limiter(`${name}-ip`, ...perIp).consume(keys.ip))
  const results = await Promise.allSettled(checks)
  const refused = results.find((result) => result.status === 'rejected')
  if (refused && refused.status === 'rejected') {
    if (refused.reason instanceof RateLimiterRes) throw rateLimited(refused.reason.msBeforeNext)
    throw refused.reason
  }
}

export function rateLimited(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  return new AppError('RATE_LIMITED', 'Too many attempts. Please wait and try again.', { retryAfterSeconds })
}
