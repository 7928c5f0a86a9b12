import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { consumeRateLimit } from '@/lib/rate-limit'

describe('rate limits in PostgreSQL', () => {
  it('counts concurrent attempts exactly and refuses past the limit with a retry time', async () => {
    // Magic links allow 5 per account in an hour; 25 arrive at once.
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) => consumeRateLimit('magicLink', { account: 'same@example.org', ip: `192.0.2.${i}` })),
    )
    const refused = results.filter((result) => result.status === 'rejected')
    expect(results.length - refused.length).toBe(5)
    for (const result of refused) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })
    }
    const rows = await db.rateLimit.findMany()
    expect(rows.every((row) => !row.key.includes('@'))).toBe(true)
  })

  it('keeps separate counts per account', async () => {
    await Promise.all(Array.from({ length: 5 }, () => consumeRateLimit('magicLink', { account: 'a@example.org' })))
    await expect(consumeRateLimit('magicLink', { account: 'a@example.org' })).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    await expect(consumeRateLimit('magicLink', { account: 'b@example.org' })).resolves.toBeUndefined()
  })
})
