// When public content changes (a case study is published or unpublished), every cache of public
// pages and library data must forget what it holds, on every instance.
// - In this process: `publicContentChanged()` after the transaction commits bumps a generation
//   that the library's data caches compare against, and calls the listeners the production server
//   registered (its page cache). Both live on globalThis, because Next.js bundles lib/ separately
//   from scripts/serve.ts, while the process is one.
// - On other instances: `notifyPublicContentChange(tx)` inside the transaction sends a PostgreSQL
//   NOTIFY, delivered only if the transaction commits; scripts/serve.ts LISTENs and does the same.
import type { Prisma } from '@/lib/generated/prisma/client'

export const PUBLIC_CONTENT_CHANNEL = 'circulars_public_content'

type Registry = { generation: number; listeners: Set<() => void> }
const REGISTRY = Symbol.for('circulars.publicContent')

function registry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>
  return (global[REGISTRY] ??= { generation: 0, listeners: new Set() })
}

/** Increases whenever public content changed; cached values of an older generation are stale. */
export function publicContentGeneration(): number {
  return registry().generation
}

export function onPublicContentChange(listener: () => void): () => void {
  registry().listeners.add(listener)
  return () => registry().listeners.delete(listener)
}

/** In this process: forget cached public pages and library data. */
export function publicContentChanged(): void {
  const current = registry()
  current.generation++
  for (const listener of current.listeners) {
    try {
      listener()
    } catch (error) {
      // A listener's failure must not fail the publish that already committed.
      console.error('public content change: a listener failed', error)
    }
  }
}

/** Inside the transaction: tell the other instances, on commit. */
export async function notifyPublicContentChange(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CONTENT_CHANNEL}, '')`
}
