// Keeps this process's library index (lib/search/library-index.ts) exactly as PostgreSQL says,
// on every instance, whatever wrote to the database (a service, an admin script, a restore).
//
// - Built from PostgreSQL on first use: one REPEATABLE READ snapshot, read in pages of 5,000.
// - Kept exact: triggers record every change of what the index holds in "SearchChange" (see the
//   migration). Before answering, a caller asks for the changes of every transaction that may
//   have committed since the last look: those with an id at or above the oldest transaction then
//   still running (the snapshot's xmin). So a commit is never missed, whatever order concurrent
//   transactions commit in; changes seen twice are applied once.
// - One look serves every caller that arrived before it started (at most one look runs and one
//   waits), so a burst of requests costs one tiny query, and nobody is answered from a look that
//   began before they arrived: a publish is in the very next page anyone loads, on any instance.
// - A look that fails (the database is away) fails the caller: pages answer 503, never stale data
//   presented as current.
import 'server-only'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { locales } from '@/lib/i18n/config'
import { LibraryIndex, type IndexDoc, type IndexReference, type IndexTranslation } from './library-index'

const PAGE = 5_000

type State = { index: LibraryIndex; horizon: bigint; applied: Map<string, bigint> }
type Registry = { state: State | null; current: Promise<LibraryIndex> | null; queued: Promise<LibraryIndex> | null; builds: number; looks: number }
const REGISTRY = Symbol.for('circulars.searchIndex')

function registry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>
  return (global[REGISTRY] ??= { state: null, current: null, queued: null, builds: 0, looks: 0 })
}

type Tx = Pick<typeof db, '$queryRaw'>

type DocRow = Omit<IndexDoc, 'publishedAt'> & { publishedAt: Date | null; updatedAt: Date }

type CaseStudyRow = Omit<DocRow, 'topicIds' | 'coalitionIds' | 'metricTypes' | 'translations'>

/** Published case studies with their topics, coalitions, metric types and translations: five indexed reads. */
async function loadDocs(tx: Tx, where: Prisma.Sql, limit?: number): Promise<DocRow[]> {
  const rows = await tx.$queryRaw<CaseStudyRow[]>`
    SELECT c."id", c."publishedAt", c."updatedAt", c."cityId", c."language", c."startYear", c."title", c."summary", c."body"
    FROM "CaseStudy" c WHERE c."status" = 'PUBLISHED' AND ${where}
    ORDER BY c."id" ${limit ? Prisma.sql`LIMIT ${limit}` : Prisma.empty}`
  if (!rows.length) return []
  const ids = rows.map((row) => row.id)
  const [topics, coalitions, metrics, translations] = await Promise.all([
    tx.$queryRaw<{ c: string; v: string }[]>`SELECT "caseStudyId" AS c, "topicId" AS v FROM "CaseStudyTopic" WHERE "caseStudyId" = ANY(${ids}::text[])`,
    tx.$queryRaw<{ c: string; v: string }[]>`SELECT "caseStudyId" AS c, "coalitionId" AS v FROM "CaseStudyCoalition" WHERE "caseStudyId" = ANY(${ids}::text[])`,
    tx.$queryRaw<{ c: string; v: string }[]>`SELECT "caseStudyId" AS c, "type"::text AS v FROM "ImpactMetric" WHERE "caseStudyId" = ANY(${ids}::text[])`,
    // The translations readers are shown (not those sent back), as lib/translations/state.ts says.
    tx.$queryRaw<(IndexTranslation & { c: string })[]>`
      SELECT "subjectId" AS c, "language", "status" = 'APPROVED' AS approved,
        coalesce("fields"->>'title', '') AS title, coalesce("fields"->>'summary', '') AS summary, coalesce("fields"->>'body', '') AS body
      FROM "ContentTranslation"
      WHERE "subjectType" = 'CASE_STUDY' AND "subjectId" = ANY(${ids}::text[]) AND "status" <> 'CHANGES_REQUESTED'`,
  ])
  const group = (links: { c: string; v: string }[]) => {
    const map = new Map<string, string[]>()
    for (const { c, v } of links) {
      const list = map.get(c)
      if (list) list.push(v)
      else map.set(c, [v])
    }
    return map
  }
  const [t, co, m] = [group(topics), group(coalitions), group(metrics)]
  const tr = new Map<string, IndexTranslation[]>()
  for (const { c, ...translation } of translations) tr.set(c, [...(tr.get(c) ?? []), translation])
  return rows.map((row) => ({ ...row, topicIds: t.get(row.id) ?? [], coalitionIds: co.get(row.id) ?? [], metricTypes: m.get(row.id) ?? [], translations: tr.get(row.id) ?? [] }))
}

const toDoc = (row: DocRow): IndexDoc => ({ ...row, publishedAt: row.publishedAt ?? row.updatedAt })

async function loadReference(tx: Tx): Promise<IndexReference> {
  const [topics, hubs, coalitions, cities] = await Promise.all([
    tx.$queryRaw<IndexReference['topics']>`SELECT "id", "slug", "name" FROM "Topic"`,
    tx.$queryRaw<IndexReference['hubs']>`SELECT "id", "slug", "name" FROM "Hub"`,
    tx.$queryRaw<IndexReference['coalitions']>`SELECT "id", "slug", "name" FROM "Coalition"`,
    tx.$queryRaw<IndexReference['cities']>`
      SELECT c."id", c."slug", c."name", c."countryCode",
        ARRAY(SELECT m."hubId" FROM "CityHubMembership" m WHERE m."cityId" = c."id" AND m."leftAt" IS NULL) AS "hubIds"
      FROM "City" c`,
  ])
  // Countries are searched by their names in every interface language ("Ghana", "Gana", "加纳").
  const names = locales.map((locale) => new Intl.DisplayNames([locale], { type: 'region' }))
  const country: Record<string, string[]> = {}
  for (const code of new Set(cities.map((city) => city.countryCode))) {
    country[code] = names.flatMap((display) => {
      try {
        return [display.of(code) ?? code]
      } catch {
        return [] // not a region code DisplayNames knows: searchable by its cities only
      }
    })
  }
  return { topics, hubs, coalitions, cities, aliases: { country } }
}

let lastPrune = 0

/** Changes older than a day were applied by every instance long ago. */
async function prune(): Promise<void> {
  if (Date.now() - lastPrune < 3_600_000) return
  lastPrune = Date.now()
  await db.$executeRaw`DELETE FROM "SearchChange" WHERE "createdAt" < now() - interval '1 day'`.catch((error: unknown) =>
    console.error('search index: could not prune old changes', error),
  )
}

async function build(): Promise<State> {
  registry().builds++
  void prune()
  // pg_current_snapshot() in the transaction's first statement is the snapshot everything is read in.
  return db.$transaction(
    async (tx) => {
      const [snapshot] = await tx.$queryRaw<{ xmin: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`
      const index = new LibraryIndex(await loadReference(tx))
      let after = ''
      for (;;) {
        const rows = await loadDocs(tx, Prisma.sql`c."id" > ${after}`, PAGE)
        index.load(rows.map(toDoc))
        if (rows.length < PAGE) break
        after = rows[rows.length - 1]!.id
      }
      index.compact()
      // Changes this snapshot already holds are in the index: never apply them again (an old
      // transaction still open elsewhere keeps the horizon behind them for as long as it lasts).
      const horizon = BigInt(snapshot!.xmin)
      const seen = await tx.$queryRaw<{ s: string; t: string }[]>`
        SELECT "seq"::text AS s, "txid"::text AS t FROM "SearchChange" WHERE "txid" >= ${horizon}`
      const applied = new Map(seen.map((change) => [`${change.t}:${change.s}`, BigInt(change.t)]))
      return { index, horizon, applied }
    },
    { isolationLevel: 'RepeatableRead', timeout: 600_000, maxWait: 30_000 },
  )
}

type ChangeRow = { s: string; t: string; k: 'doc' | 'reference' | 'all'; e: string | null }

async function look(state: State | null): Promise<State> {
  if (!state) return build()
  registry().looks++
  const [row] = await db.$queryRaw<{ xmin: string; changes: ChangeRow[] }[]>`
    SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
      (SELECT coalesce(json_agg(json_build_object('s', "seq"::text, 't', "txid"::text, 'k', "kind", 'e', "entityId") ORDER BY "seq"), '[]'::json)
         FROM "SearchChange" WHERE "txid" >= ${state.horizon}) AS changes`
  const horizon = BigInt(row!.xmin)
  const fresh = row!.changes.filter((change) => !state.applied.has(`${change.t}:${change.s}`))
  if (fresh.some((change) => change.k === 'all')) return build()
  if (fresh.some((change) => change.k === 'reference')) state.index.setReference(await loadReference(db))
  const ids = [...new Set(fresh.flatMap((change) => (change.k === 'doc' && change.e ? [change.e] : [])))]
  for (let start = 0; start < ids.length; start += PAGE) {
    const batch = ids.slice(start, start + PAGE)
    const rows = await loadDocs(db, Prisma.sql`c."id" = ANY(${batch}::text[])`)
    const published = new Set(rows.map((r) => r.id))
    for (const id of batch) if (!published.has(id)) state.index.remove(id)
    for (const r of rows) state.index.upsert(toDoc(r))
  }
  for (const change of fresh) state.applied.set(`${change.t}:${change.s}`, BigInt(change.t))
  for (const [key, txid] of state.applied) if (txid < horizon) state.applied.delete(key)
  state.horizon = horizon
  // Many replaced case studies leave many dead slots: start again from a clean build.
  if (state.index.deadRatio > 0.3 && state.index.size > 1_000) return build()
  return state
}

function run(): Promise<LibraryIndex> {
  const current = registry()
  const promise = look(current.state).then(
    (state) => {
      current.state = state
      return state.index
    },
    (error: unknown) => {
      throw error
    },
  )
  current.current = promise
  promise
    .finally(() => {
      if (current.current === promise) current.current = null
    })
    // The caller of this look gets the error; this chain only clears the slot.
    .catch((error: unknown) => console.error('search index: look failed', error instanceof Error ? error.message : error))
  return promise
}

/** The library index, up to date with every transaction committed before this call. */
export function getLibraryIndex(): Promise<LibraryIndex> {
  const current = registry()
  if (!current.current) return run()
  if (!current.queued) {
    // Waits for the running look whatever its outcome (its own callers got its error).
    const queued = current.current.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      current.queued = null
      return run()
    })
    current.queued = queued
  }
  return current.queued
}

/** Forget the index (tests that swap databases; a restore). The next caller builds it again. */
export function resetLibraryIndex(): void {
  registry().state = null
}

/** How often the index was built and looked at (tests, and the bench's explanation of where time goes). */
export function libraryIndexStats(): { builds: number; looks: number; size: number } {
  const current = registry()
  return { builds: current.builds, looks: current.looks, size: current.state?.index.size ?? 0 }
}
