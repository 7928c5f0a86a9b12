// A small in-process cache for the library's read-heavy aggregates (result counts, facet
// counts, network medians, search pages).
//
// Why not Next's data cache: `unstable_cache` only runs inside a Next request, and the same
// functions serve tests, scripts and route handlers. Why so short: a publish must show within
// seconds, so entries live LIBRARY_CACHE_SECONDS (5 s by default in production, 0 = off, and
// off outside production so tests always see the database). Concurrent callers of a missing
// key share one computation, so a burst of identical requests costs one query. A publish or
// unpublish empties them at once (lib/cache/public-content.ts), on every instance.
import 'server-only'
import { publicContentGeneration } from '@/lib/cache/public-content'

type Entry<T> = { value: Promise<T>; expires: number; generation: number }

const MAX_ENTRIES = 1_000

function defaultTtlMs(): number {
  const configured = process.env.LIBRARY_CACHE_SECONDS
  if (configured !== undefined && configured !== '') {
    const seconds = Number(configured)
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1_000 : 0
  }
  return process.env.NODE_ENV === 'production' ? 5_000 : 0
}

export function createCache<T>(name: string, { ttlMs }: { ttlMs?: number } = {}) {
  const entries = new Map<string, Entry<T>>()
  return {
    name,
    async get(key: string, compute: () => Promise<T>): Promise<T> {
      const ttl = ttlMs ?? defaultTtlMs()
      if (ttl <= 0) return compute()
      const now = Date.now()
      const generation = publicContentGeneration()
      const hit = entries.get(key)
      if (hit && hit.expires > now && hit.generation === generation) return hit.value
      if (entries.size >= MAX_ENTRIES) {
        for (const [k, entry] of entries) if (entry.expires <= now) entries.delete(k)
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      }
      const value = compute()
      entries.set(key, { value, expires: now + ttl, generation })
      // A failure is not remembered: the next caller tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key)
      })
      return value
    },
    clear() {
      entries.clear()
    },
  }
}
