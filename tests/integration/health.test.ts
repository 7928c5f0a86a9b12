import { describe, expect, it } from 'vitest'
import { checkHealth } from '@/lib/health'

describe('health check', () => {
  it('reports a reachable database with its latency', async () => {
    const health = await checkHealth()
    expect(health).toMatchObject({ status: 'ok', database: { status: 'ok' } })
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0)
  })
})
