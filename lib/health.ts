import 'server-only'
import { db } from '@/lib/db'

export type Health = { status: 'ok' | 'degraded'; database: { status: 'ok' | 'unavailable'; latencyMs?: number } }

/** Checks the database with a bounded wait, so a dead database answers fast instead of hanging. */
export async function checkHealth(timeoutMs = 3_000): Promise<Health> {
  const started = performance.now()
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    return { status: 'ok', database: { status: 'ok', latencyMs: Math.round(performance.now() - started) } }
  } catch (error) {
    console.warn('health: database check failed:', error instanceof Error ? error.message : error)
    return { status: 'degraded', database: { status: 'unavailable' } }
  }
}
