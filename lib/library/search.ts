// Search and faceted browsing of PUBLISHED case studies: the library page, the API list and the
// CSV export.
//
// - Which case studies match, in what order, how many, and every facet's counts come from the
//   in-memory library index (lib/search/library-index.ts), which lib/search/sync.ts keeps exactly
//   as PostgreSQL says before every answer: no join over every match, no OFFSET scan, on every
//   request (not only when a cache happens to hold the answer).
// - The cards of the page shown are read from PostgreSQL by id (one indexed statement), and
//   re-checked PUBLISHED there, so nothing else can slip in.
// - Facets are disjunctive: values within one facet are OR-ed, facets are AND-ed, and each
//   facet's counts apply every filter except its own.
import 'server-only'
import { getLibraryIndex } from '@/lib/search/sync'
import type { IndexResult } from '@/lib/search/library-index'
import { facetKeys, type FacetKey, type LibraryQuery } from '@/lib/validation/library'
import { loadCards } from './cards'
import type { LibraryCard } from './selects'

export { loadCards }

export type FacetOption = { value: string; label: string | null; count: number; selected: boolean }
export type Facets = Record<FacetKey, FacetOption[]>
export type LibraryPage = { items: LibraryCard[]; total: number; page: number; pageSize: number }
export type LibrarySearch = LibraryPage & {
  facets: Facets
  /** 'some': nothing matched every word; these results match most of them. */
  match: IndexResult['match']
  /** Words found nowhere were corrected: this query was searched instead. */
  correctedQuery: string | null
  /** Words to highlight in titles and summaries. */
  highlight: string[]
}

const facetOrder: Record<FacetKey, (a: FacetOption, b: FacetOption) => number> = {
  topic: (a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value),
  hub: (a, b) => (a.label ?? a.value).localeCompare(b.label ?? b.value),
  coalition: (a, b) => (a.label ?? a.value).localeCompare(b.label ?? b.value),
  country: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  year: (a, b) => Number(b.value) - Number(a.value),
  metric: (a, b) => a.value.localeCompare(b.value),
  language: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
}

async function run(query: LibraryQuery, limit: number, offset: number): Promise<IndexResult> {
  const index = await getLibraryIndex()
  return index.search({
    q: query.q,
    filters: Object.fromEntries(facetKeys.map((key) => [key, (query[key] as (string | number)[]).map(String)])) as Record<FacetKey, string[]>,
    sort: query.q && query.sort !== 'newest' ? 'relevance' : 'newest',
    offset,
    limit,
  })
}

function toFacets(query: LibraryQuery, counts: IndexResult['facets']): Facets {
  const facets = {} as Facets
  for (const key of facetKeys) {
    const selected = (query[key] as (string | number)[]).map(String)
    const options = counts[key].map((option) => ({ ...option, selected: selected.includes(option.value) }))
    // A selected value keeps its checkbox even when nothing matches it any more.
    for (const value of selected) if (!options.some((option) => option.value === value)) options.push({ value, label: null, count: 0, selected: true })
    facets[key] = options.sort(facetOrder[key])
  }
  return facets
}

/** One page of results and the total, without facets: the API, the CSV and the review queue. */
export async function listCaseStudies(query: LibraryQuery): Promise<LibraryPage> {
  const result = await run(query, query.pageSize, (query.page - 1) * query.pageSize)
  return { items: await loadCards(result.ids), total: result.total, page: query.page, pageSize: query.pageSize }
}

/** The library page: results, total, facets, and how the words were matched. */
export async function searchLibrary(query: LibraryQuery): Promise<LibrarySearch> {
  const result = await run(query, query.pageSize, (query.page - 1) * query.pageSize)
  return {
    items: await loadCards(result.ids),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: toFacets(query, result.facets),
    match: result.match,
    correctedQuery: result.correctedQuery,
    highlight: result.highlight,
  }
}

/** Every match up to `limit`, in result order: the CSV export. */
export async function listAllMatching(query: LibraryQuery, limit: number): Promise<{ items: LibraryCard[]; total: number }> {
  const result = await run(query, limit, 0)
  const items: LibraryCard[] = []
  for (let start = 0; start < result.ids.length; start += 500) items.push(...(await loadCards(result.ids.slice(start, start + 500))))
  return { items, total: result.total }
}

/** The ids of the newest matches, newest first, up to `limit`: the Atom feed of a search. */
export async function newestMatchingIds(query: LibraryQuery, limit: number): Promise<string[]> {
  return (await run({ ...query, sort: 'newest' }, limit, 0)).ids
}

/** Words of the index starting with what a reader typed: the search box's suggestions. */
export async function suggestWords(prefix: string, limit = 8): Promise<string[]> {
  return (await getLibraryIndex()).suggest(prefix, limit)
}
