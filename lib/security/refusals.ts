// The refusal log: security-relevant refusals (a permission denied in a service, a draft or a
// conversation hidden from someone who may not see it, a file fetched without right, a request
// from another site) as one structured log line each and, bounded (refusal-store.ts), as rows of
// SecurityRefusal that admins read and filter on /admin/refusals.
//
// Decisions:
// - Recorded where the refusal is decided, never in the caller's transaction: a refusal rolls
//   that back, the record must stay. Recording never fails the request: a failed insert is a
//   log line.
// - lib/auth/permissions.ts stays pure (components use it too): it announces refusals to a
//   listener, which this module installs when it is loaded (by lib/auth/session.ts, which every
//   server entry point uses). The request's client address comes from next/headers when there
//   is a request.
import 'server-only'
import { setRefusalListener } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { clientIp } from '@/lib/http/client-ip'
import { INSERT_REFUSAL_SQL, insertRefusalValues, PRUNE_REFUSALS_SQL, REFUSAL_LOG_LIMITS, RefusalSampler, refusalLogLine, type RefusalEntry } from './refusal-store'

const globalForRefusals = globalThis as unknown as { circularsRefusalSampler?: RefusalSampler }
const sampler = (globalForRefusals.circularsRefusalSampler ??= new RefusalSampler())

async function requestIp(): Promise<string | null> {
  try {
    const { headers } = await import('next/headers')
    return clientIp(await headers())
  } catch {
    return null
  }
}

/** Records one refusal (log line, and a row unless the source is flooding). Never throws. */
export async function recordRefusal(entry: RefusalEntry): Promise<void> {
  try {
    const full = { ...entry, ip: entry.ip ?? (await requestIp()) }
    const admitted = sampler.admit(full)
    console.warn(refusalLogLine(full, admitted))
    if (!admitted) return
    await db.$executeRawUnsafe(INSERT_REFUSAL_SQL, ...insertRefusalValues(full))
    if (sampler.storedOne()) await db.$executeRawUnsafe(PRUNE_REFUSALS_SQL, REFUSAL_LOG_LIMITS.keepDays, REFUSAL_LOG_LIMITS.maxRows)
  } catch (error) {
    console.error(JSON.stringify({ event: 'security.refusal_not_recorded', error: error instanceof Error ? error.message : 'unknown' }))
  }
}

const pending = new Set<Promise<void>>()

/** Fire and forget from synchronous code; `flushRefusals` waits for what is in flight (tests). */
export function noteRefusal(entry: RefusalEntry): void {
  const promise = recordRefusal(entry).finally(() => pending.delete(promise))
  pending.add(promise)
}

export async function flushRefusals(): Promise<void> {
  await Promise.all([...pending])
}

setRefusalListener((actor, permission, context) => {
  noteRefusal({
    actorId: actor.id,
    action: permission,
    code: 'FORBIDDEN',
    targetType: context.hubId ? 'Hub' : context.cityId ? 'City' : null,
    targetId: context.hubId ?? context.cityId ?? null,
  })
})
