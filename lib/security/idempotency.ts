// Idempotency keys for mutating requests people double-click or retry: submitting a case study
// for review, review decisions, review comments. Each form carries a key made when it was
// rendered (`newIdempotencyKey`, a hidden `idempotencyKey` field); the service runs its work
// through `once`, and a second request with the same key from the same user gets the first
// one's result instead of acting twice or answering "not allowed in this state".
//
// Decisions:
// - Insert first: the (user, key) primary key of IdempotencyRecord is claimed before the work
//   runs, so of two concurrent duplicates exactly one executes; the other waits for its result
//   (polling, up to WAIT_MS) and replays it.
// - Only success is remembered. When the work throws, the claim is released and the error
//   propagates: the services are transactional, so nothing was done, and a retry with the same
//   key runs again (a fixed form may be resubmitted).
// - Keys are per user and per action: another user's key is a different row, and the same key
//   sent for another action is refused (CONFLICT) rather than answered with an unrelated result.
// - Results are stored as JSON with their dates kept as dates, so a replay returns what the
//   first request returned, `publishedAt` included.
// - Records live a day (TTL_MS); a user's expired ones are removed when they claim a new key.
// - Messages, conversations and introduction requests predate this module and keep their own key
//   on the row they create (`clientKey`, unique per author), with the same replay behaviour.
import 'server-only'
import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/
const TTL_MS = 24 * 60 * 60 * 1000
const WAIT_MS = 15_000
const POLL_MS = 50

/** A fresh key for one rendering of a form. */
export function newIdempotencyKey(): string {
  return randomUUID().replace(/-/g, '')
}

const DATE_TAG = '$date'

/** The result as JSON, its Date values tagged so that `decode` gives them back as dates. */
function encode(result: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (result === undefined || result === null) return Prisma.JsonNull
  return JSON.parse(
    JSON.stringify(result, function (this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key]
      return original instanceof Date ? { [DATE_TAG]: original.toISOString() } : value
    }),
  ) as Prisma.InputJsonValue
}

function decode(stored: unknown): unknown {
  return JSON.parse(JSON.stringify(stored ?? null), (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>)[DATE_TAG] === 'string'
      ? new Date((value as Record<string, string>)[DATE_TAG]!)
      : value,
  )
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function claim(userId: string, key: string, action: string, now: Date): Promise<boolean> {
  await db.idempotencyRecord.deleteMany({ where: { userId, expiresAt: { lt: now } } })
  const inserted = await db.idempotencyRecord.createMany({
    data: [{ userId, key, action, expiresAt: new Date(now.getTime() + TTL_MS) }],
    skipDuplicates: true,
  })
  return inserted.count === 1
}

/**
 * Runs `work` once per (user, key): the first request runs it and stores its result, a repeat
 * returns the stored result. Without a key the work simply runs. The result must be JSON.
 */
export async function once<T>(userId: string, action: string, key: string | null | undefined, work: () => Promise<T>): Promise<T> {
  if (!key) return work()
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) throw new AppError('INVALID', 'The form could not be read.', { fields: { idempotencyKey: ['invalid'] } })
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const now = new Date()
    if (await claim(userId, key, action, now)) {
      let result: T
      try {
        result = await work()
      } catch (error) {
        await db.idempotencyRecord.deleteMany({ where: { userId, key, completedAt: null } })
        throw error
      }
      await db.idempotencyRecord.update({
        where: { userId_key: { userId, key } },
        data: { result: encode(result), completedAt: new Date() },
      })
      return result
    }
    const record = await db.idempotencyRecord.findUnique({ where: { userId_key: { userId, key } } })
    // Released by a first attempt that failed, or expired and removed: claim it again.
    if (!record) continue
    if (record.action !== action) {
      throw new AppError('CONFLICT', 'This form was already used for something else.', { key: 'idempotencyKeyReused' })
    }
    if (record.completedAt) return decode(record.result) as T
    if (Date.now() > deadline) {
      throw new AppError('CONFLICT', 'The same request is still being processed.', { key: 'requestInProgress' })
    }
    await sleep(POLL_MS)
  }
}
