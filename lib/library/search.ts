// Full-text search and faceted browsing of PUBLISHED case studies.
//
// - The search text is a bound parameter of websearch_to_tsquery('english', ...), which
//   accepts any string (quotes, operators, punctuation) without a syntax error; it matches the
//   generated, weighted `searchVector` (title A > summary B > body C) through its GIN index,
//   and ts_rank_cd orders by relevance using those weights.
// - Facets are disjunctive: values within one facet are OR-ed, facets are AND-ed, and each
//   facet's counts apply every filter except its own, so a reader sees how many results each
//   alternative would give. All facets and the total come from one round trip.
// - The statements live in search-sql.ts, as Prisma.sql tagged templates (bound values only).
// - Totals, facets and result pages are cached for a few seconds (lib/library/cache.ts): a
//   burst of identical requests costs one query, and a publish still shows within seconds.
import 'server-only'
import { db } from '@/lib/db'
import { facetKeys, type FacetKey, type LibraryQuery } from '@/lib/validation/library'
import { createCache } from './cache'
import { countSql, facetsSql, resultIdsSql } from './search-sql'
import { libraryCard, type LibraryCard } from './selects'

export type FacetOption = { value: string; label: string | null; count: number; selected: boolean }
export type Facets = Record<FacetKey, FacetOption[]>
export type LibraryPage = { items: LibraryCard[]; total: number; page: number; pageSize: number }
export type LibrarySearch = LibraryPage & { facets: Facets }

type FacetRow = { facet: 'total' | FacetKey; value: string | null; label: string | null; count: number }

/** The query without pagination, as a cache key. */
function filterKey(query: LibraryQuery): string {
  return JSON.stringify([query.q ?? '', ...facetKeys.map((key) => query[key])])
}

const facetCache = createCache<{ total: number; facets: Facets }>('library-facets')
const pageCache = createCache<LibraryCard[]>('library-page')
const countCache = createCache<number>('library-count')

const facetOrder: Record<FacetKey, (a: FacetOption, b: FacetOption) => number> = {
  topic: (a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value),
  hub: (a, b) => (a.label ?? a.value).localeCompare(b.label ?? b.value),
  coalition: (a, b) => (a.label ?? a.value).localeCompare(b.label ?? b.value),
  country: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  year: (a, b) => Number(b.value) - Number(a.value),
  metric: (a, b) => a.value.localeCompare(b.value),
  language: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
}

async function computeFacets(query: LibraryQuery): Promise<{ total: number; facets: Facets }> {
  const rows = await db.$queryRaw<FacetRow[]>(facetsSql(query))
  const facets = Object.fromEntries(facetKeys.map((key) => [key, [] as FacetOption[]])) as Facets
  let total = 0
  for (const row of rows) {
    if (row.facet === 'total') {
      total = row.count
      continue
    }
    const selected = (query[row.facet] as (string | number)[]).map(String)
    facets[row.facet].push({ value: row.value!, label: row.label, count: row.count, selected: selected.includes(row.value!) })
  }
  // A selected value keeps its checkbox even when nothing matches it any more.
  for (const key of facetKeys) {
    for (const value of (query[key] as (string | number)[]).map(String)) {
      if (!facets[key].some((option) => option.value === value)) {
        facets[key].push({ value, label: null, count: 0, selected: true })
      }
    }
    facets[key].sort(facetOrder[key])
  }
  return { total, facets }
}

export function getFacets(query: LibraryQuery) {
  return facetCache.get(filterKey(query), () => computeFacets(query))
}

/** How many published case studies match, without facets (API, CSV). */
export function countMatches(query: LibraryQuery): Promise<number> {
  return countCache.get(filterKey(query), async () => {
    const [row] = await db.$queryRaw<{ count: number }[]>(countSql(query))
    return row?.count ?? 0
  })
}

async function findIds(query: LibraryQuery, limit: number, offset: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(resultIdsSql(query, limit, offset))
  return rows.map((row) => row.id)
}

/** Cards for ids, in the given order; re-checks PUBLISHED so nothing else can slip in. */
export async function loadCards(ids: string[]): Promise<LibraryCard[]> {
  if (!ids.length) return []
  const rows = await db.caseStudy.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' }, select: libraryCard })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One page of results and the total, without facets: the API and CSV. */
export async function listCaseStudies(query: LibraryQuery): Promise<LibraryPage> {
  const offset = (query.page - 1) * query.pageSize
  const key = `${filterKey(query)}|${query.sort}|${query.page}|${query.pageSize}`
  const [items, total] = await Promise.all([
    pageCache.get(key, async () => loadCards(await findIds(query, query.pageSize, offset))),
    countMatches(query),
  ])
  return { items, total, page: query.page, pageSize: query.pageSize }
}

/** The library page: results, total and facets. */
export async function searchLibrary(query: LibraryQuery): Promise<LibrarySearch> {
  const offset = (query.page - 1) * query.pageSize
  const key = `${filterKey(query)}|${query.sort}|${query.page}|${query.pageSize}`
  const [items, { total, facets }] = await Promise.all([
    pageCache.get(key, async () => loadCards(await findIds(query, query.pageSize, offset))),
    getFacets(query),
  ])
  return { items, total, page: query.page, pageSize: query.pageSize, facets }
}

/** Every match up to `limit`, in result order: the CSV export. */
export async function listAllMatching(query: LibraryQuery, limit: number): Promise<{ items: LibraryCard[]; total: number }> {
  const [ids, total] = await Promise.all([findIds(query, limit, 0), countMatches(query)])
  const items: LibraryCard[] = []
  for (let start = 0; start < ids.length; start += 500) items.push(...(await loadCards(ids.slice(start, start + 500))))
  return { items, total }
}
