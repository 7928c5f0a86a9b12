// Upload quotas: how much one person may upload per hour, and how much a city may store.
//
// Decisions:
// - Per user: UPLOADS_PER_USER_PER_HOUR files (case-study and message files together), counted
//   in rate_limits (shared by every instance) before a file is judged or re-encoded, since that
//   is the expensive part. Over it: RATE_LIMITED, which the routes answer 429 with Retry-After
//   and the forms show with the wait. A refused file counts too: it cost the work.
// - Per city: CITY_STORAGE_BYTES of stored files: the city's case-study files plus the message
//   files its officials sent. Checked in the transaction that adds the rows, under an advisory
//   lock per city, so two uploads at once cannot both squeeze under the limit. Over it:
//   CONFLICT (key cityStorageFull); removing files frees room. UPLOAD_CITY_QUOTA_MB overrides.
import 'server-only'
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { Prisma } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { limiter, rateLimited, rateLimitScale } from '@/lib/rate-limit'

type Tx = Prisma.TransactionClient

export const UPLOADS_PER_USER_PER_HOUR = 30

export function cityStorageBytes(value = process.env.UPLOAD_CITY_QUOTA_MB): number {
  const megabytes = Number(value ?? 500)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 500) * 1024 * 1024
}

/** Counts `files` uploads against the user's hour; RATE_LIMITED (with the wait) when over. */
export async function consumeUploadQuota(userId: string, files = 1): Promise<void> {
  if (files <= 0) return
  try {
    await limiter('upload-user', UPLOADS_PER_USER_PER_HOUR * rateLimitScale(), 60 * 60).consume(userId, files)
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const refused = rateLimited(error.msBeforeNext)
      throw new AppError('RATE_LIMITED', 'You have uploaded many files in the last hour. Please wait and try again.', {
        key: 'uploadQuota',
        retryAfterSeconds: refused.retryAfterSeconds,
      })
    }
    throw error
  }
}

/** Bytes the city stores now: its case studies' files and its officials' message files. */
export async function cityStorageUsed(tx: Tx, cityId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ used: bigint | null }[]>`
    SELECT COALESCE(SUM(a."byteSize"), 0)::bigint AS used
    FROM "Attachment" a
    LEFT JOIN "CaseStudy" c ON c.id = a."caseStudyId"
    WHERE c."cityId" = ${cityId}
       OR (a."messageId" IS NOT NULL AND EXISTS (
            SELECT 1 FROM "CityOfficial" o WHERE o."userId" = a."uploadedById" AND o."cityId" = ${cityId}))`
  return Number(row?.used ?? 0)
}

/** In the transaction that adds `bytes` for the city: CONFLICT (cityStorageFull) when they do not fit. */
export async function assertCityStorage(tx: Tx, cityId: string | null | undefined, bytes: number): Promise<void> {
  if (!cityId || bytes <= 0) return
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`upload-quota:${cityId}`}, 0))`
  const limit = cityStorageBytes()
  if ((await cityStorageUsed(tx, cityId)) + bytes > limit) {
    throw new AppError('CONFLICT', "Your city's file storage is full. Remove files you no longer need, then try again.", {
      key: 'cityStorageFull',
      values: { megabytes: String(Math.round(limit / 1024 / 1024)) },
    })
  }
}
