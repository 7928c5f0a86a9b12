// Parameters of the public case-study library: search, facet filters, sort and pagination.
//
// One definition feeds the library page, the JSON and CSV API and the OpenAPI document:
// `libraryParams` holds the meaning of each parameter (what a valid value is); the query schema
// wraps each of them to read URL query strings (repeated keys or comma-separated lists, numbers
// as text); `openapi.ts` turns the very same `libraryParams` into parameter schemas.
//
// Any text is a valid search: it goes to PostgreSQL's websearch_to_tsquery as a bound value,
// which never fails on syntax, so it is only cleaned (control characters) and cut, not refused.
import { z } from 'zod'
import { MetricType } from '@/lib/generated/prisma/enums'
import { SlugSchema } from './common'

export const metricTypes = Object.values(MetricType) as [MetricType, ...MetricType[]]
export const MetricTypeSchema = z.enum(metricTypes)

export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE = 500
export const MAX_QUERY_LENGTH = 256
/** More values than this in one facet is not a real filter. */
export const MAX_FACET_VALUES = 20

export const SearchTextSchema = z
  .string()
  .transform((value) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH))
  .meta({ description: `Full-text search (web search syntax: words, "quoted phrases", -excluded, or). Any text is accepted; only the first ${MAX_QUERY_LENGTH} characters are used.` })

export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/).meta({ description: 'ISO 3166-1 alpha-2 country code' })
export const YearSchema = z.coerce.number().int().min(1900).max(2100)
export const LanguageSchema = z.string().max(35).regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).meta({ description: 'BCP 47 language tag of the case study' })
export const SortSchema = z.enum(['relevance', 'newest']).meta({ description: 'relevance needs q; without q, results are newest first' })

/** The facets, in the order the library shows them. */
export const facetKeys = ['topic', 'hub', 'coalition', 'country', 'year', 'metric', 'language'] as const
export type FacetKey = (typeof facetKeys)[number]

const facetItem = {
  topic: SlugSchema.meta({ description: 'Topic slug' }),
  hub: SlugSchema.meta({ description: 'Hub slug: case studies of cities that are members of the hub now' }),
  coalition: SlugSchema.meta({ description: 'Coalition or network slug' }),
  country: CountryCodeSchema,
  year: YearSchema.meta({ description: 'Start year of the project' }),
  metric: MetricTypeSchema.meta({ description: 'Reports an impact metric of this type' }),
  language: LanguageSchema,
} satisfies Record<FacetKey, z.ZodType>

/**
 * What each parameter means. Facets take several values (OR within a facet, AND across
 * facets), as repeated keys (`topic=a&topic=b`) or a comma-separated list (`topic=a,b`).
 */
export const libraryParams = {
  q: SearchTextSchema.optional(),
  topic: z.array(facetItem.topic).max(MAX_FACET_VALUES),
  hub: z.array(facetItem.hub).max(MAX_FACET_VALUES),
  coalition: z.array(facetItem.coalition).max(MAX_FACET_VALUES),
  country: z.array(facetItem.country).max(MAX_FACET_VALUES),
  year: z.array(facetItem.year).max(MAX_FACET_VALUES),
  metric: z.array(facetItem.metric).max(MAX_FACET_VALUES),
  language: z.array(facetItem.language).max(MAX_FACET_VALUES),
  sort: SortSchema.optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
}

/** Query-string values: repeated keys and comma-separated lists both become arrays; blanks go. */
function toList(value: unknown): unknown {
  if (value === undefined || value === null) return []
  const values = Array.isArray(value) ? value : [value]
  return values
    .flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]))
    .map((item) => (typeof item === 'string' ? item.trim() : item))
    .filter((item) => item !== '')
}

/** A single-valued parameter: the first value when repeated; a blank means absent. */
function toSingle(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() === '' ? undefined : first
}

const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value)

export const LibraryQuerySchema = z
  .object({
    q: z.preprocess(toSingle, libraryParams.q),
    topic: z.preprocess(toList, libraryParams.topic),
    hub: z.preprocess(toList, libraryParams.hub),
    coalition: z.preprocess(toList, libraryParams.coalition),
    country: z.preprocess((value) => (toList(value) as unknown[]).map(upper), libraryParams.country),
    year: z.preprocess(toList, libraryParams.year),
    metric: z.preprocess(toList, libraryParams.metric),
    language: z.preprocess(toList, libraryParams.language),
    sort: z.preprocess(toSingle, libraryParams.sort),
    page: z.preprocess(toSingle, libraryParams.page),
    pageSize: z.preprocess(toSingle, libraryParams.pageSize),
  })
  .transform((query) => {
    const q = query.q ? query.q : undefined
    const unique = <T>(values: T[]) => [...new Set(values)]
    return {
      ...query,
      q,
      topic: unique(query.topic),
      hub: unique(query.hub),
      coalition: unique(query.coalition),
      country: unique(query.country),
      year: unique(query.year),
      metric: unique(query.metric),
      language: unique(query.language),
      // Relevance only means something with search words.
      sort: q && query.sort !== 'newest' ? ('relevance' as const) : ('newest' as const),
    }
  })

export type LibraryQuery = z.output<typeof LibraryQuerySchema>
export type LibraryQueryInput = Partial<Record<keyof typeof libraryParams, string | string[]>>

/** URLSearchParams (API, CSV, feed) or Next's searchParams object (pages) as a plain record. */
export function queryRecord(params: URLSearchParams | Record<string, string | string[] | undefined>): LibraryQueryInput {
  const record: Record<string, string | string[]> = {}
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params)
  for (const [key, value] of entries) {
    if (value === undefined) continue
    const existing = record[key]
    const values = Array.isArray(value) ? value : [value]
    record[key] = existing === undefined ? (values.length === 1 ? values[0]! : values) : [...[existing].flat(), ...values]
  }
  return record
}

export type ParseResult = { success: true; data: LibraryQuery } | { success: false; fields: Record<string, string[]> }

/** Strict parsing for the API: any bad parameter is refused, naming the field. */
export function parseLibraryQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): ParseResult {
  const result = LibraryQuerySchema.safeParse(queryRecord(params))
  if (result.success) return { success: true, data: result.data }
  const fields: Record<string, string[]> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'query')
    ;(fields[field] ??= []).push(issue.message)
  }
  return { success: false, fields }
}

/**
 * Lenient parsing for the library page: a shared URL with one bad value still shows results,
 * without that value (like the cities filter). Returns which parameters were ignored.
 */
export function parseLibraryQueryLeniently(params: Record<string, string | string[] | undefined>): {
  query: LibraryQuery
  ignored: string[]
} {
  const record = queryRecord(params)
  const strict = parseLibraryQuery(record)
  if (strict.success) return { query: strict.data, ignored: [] }
  const ignored = Object.keys(strict.fields)
  const kept = Object.fromEntries(Object.entries(record).filter(([key]) => !ignored.includes(key)))
  const retry = LibraryQuerySchema.safeParse(kept)
  return { query: retry.success ? retry.data : LibraryQuerySchema.parse({}), ignored }
}

/** The query as URL parameters, in a stable order, without defaults: for links and exports. */
export function libraryQueryToParams(query: Partial<LibraryQuery>, overrides: Partial<LibraryQuery> = {}): URLSearchParams {
  const merged = { ...query, ...overrides }
  const params = new URLSearchParams()
  if (merged.q) params.set('q', merged.q)
  for (const key of facetKeys) {
    for (const value of (merged[key] as (string | number)[] | undefined) ?? []) params.append(key, String(value))
  }
  if (merged.q && merged.sort === 'newest') params.set('sort', 'newest')
  if (merged.page && merged.page > 1) params.set('page', String(merged.page))
  if (merged.pageSize && merged.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(merged.pageSize))
  return params
}

/** `/case-studies/compare?ids=a,b`: two to four distinct slugs. */
export const MIN_COMPARE = 2
export const MAX_COMPARE = 4
export const CompareQuerySchema = z.object({
  ids: z.preprocess(
    (value) => [...new Set(toList(value) as unknown[])],
    z.array(SlugSchema).min(MIN_COMPARE).max(MAX_COMPARE),
  ),
})

export const CaseStudySlugSchema = SlugSchema
