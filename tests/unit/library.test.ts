// Pure parts of the case-study library: query parsing, CSV safety, JSON-LD escaping, the
// per-1,000-inhabitants figures, page links and the short-lived cache.
import { describe, expect, it, vi } from 'vitest'
import { pageWindow } from '@/components/library/pagination'
import { createCache } from '@/lib/library/cache'
import { caseStudiesCsv, neutraliseFormula } from '@/lib/library/csv'
import { serializeJsonLd } from '@/lib/library/json-ld'
import { compareRows, perThousand } from '@/lib/library/metrics'
import {
  CompareQuerySchema,
  libraryQueryToParams,
  LibraryQuerySchema,
  parseLibraryQuery,
  parseLibraryQueryLeniently,
} from '@/lib/validation/library'

describe('library query', () => {
  it('reads repeated keys and comma-separated lists, drops blanks and duplicates', () => {
    const query = LibraryQuerySchema.parse({ topic: ['a', 'b,c', '', 'a'], country: 'gh,KE', year: '2020', q: '  compost  ' })
    expect(query).toMatchObject({ topic: ['a', 'b', 'c'], country: ['GH', 'KE'], year: [2020], q: 'compost', page: 1, pageSize: 20, sort: 'relevance' })
  })

  it('sorts by relevance only with search words', () => {
    expect(LibraryQuerySchema.parse({ sort: 'relevance' }).sort).toBe('newest')
    expect(LibraryQuerySchema.parse({ q: 'x', sort: 'newest' }).sort).toBe('newest')
    expect(LibraryQuerySchema.parse({ q: '   ' })).toMatchObject({ q: undefined, sort: 'newest' })
  })

  it('cleans control characters and cuts very long search text instead of refusing it', () => {
    const query = LibraryQuerySchema.parse({ q: `a\u0000b\u001f${'x'.repeat(1000)}` })
    expect(query.q).toMatch(/^a b x+$/)
    expect(query.q!.length).toBe(256)
  })

  it('names every refused parameter', () => {
    const result = parseLibraryQuery(new URLSearchParams('page=0&pageSize=101&year=abc&topic=../x&metric=NOPE'))
    expect(result.success).toBe(false)
    if (!result.success) expect(Object.keys(result.fields).sort()).toEqual(['metric', 'page', 'pageSize', 'topic', 'year'])
  })

  it('drops only the bad parameters on the page', () => {
    const { query, ignored } = parseLibraryQueryLeniently({ topic: 'food-systems', page: '0', year: 'abc' })
    expect(ignored.sort()).toEqual(['page', 'year'])
    expect(query).toMatchObject({ topic: ['food-systems'], page: 1, year: [] })
  })

  it('writes a query back as stable URL parameters without defaults', () => {
    const query = LibraryQuerySchema.parse({ q: 'compost', topic: ['b', 'a'], page: '3', pageSize: '20' })
    expect(libraryQueryToParams(query).toString()).toBe('q=compost&topic=b&topic=a&page=3')
    expect(libraryQueryToParams(query, { page: 1 }).toString()).toBe('q=compost&topic=b&topic=a')
  })

  it('compares two to four distinct case studies', () => {
    expect(CompareQuerySchema.safeParse({ ids: 'a,b' }).success).toBe(true)
    expect(CompareQuerySchema.safeParse({ ids: ['a', 'b', 'c', 'd'] }).success).toBe(true)
    expect(CompareQuerySchema.safeParse({ ids: 'a,a' }).success).toBe(false)
    expect(CompareQuerySchema.safeParse({ ids: 'a,b,c,d,e' }).success).toBe(false)
    expect(CompareQuerySchema.safeParse({ ids: 'a,../b' }).success).toBe(false)
  })
})

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseFormula(cell)).toBe(`'${cell}`)
    expect(neutraliseFormula('Accra')).toBe('Accra')
    expect(neutraliseFormula('1-2')).toBe('1-2')
  })

  it('writes a header row even with no results', () => {
    expect(caseStudiesCsv([]).replace('\uFEFF', '').split('\r\n')[0]).toMatch(/^slug,url,title,/)
  })
})

describe('JSON-LD', () => {
  it('cannot close its script element or open a comment, and stays the same JSON', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- & \u2028' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/<|>|&/)
    expect(text).not.toContain('\u2028')
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('per 1,000 inhabitants', () => {
  it('divides by the population and knows when it cannot', () => {
    expect(perThousand(500, 1_000_000)).toBe(0.5)
    expect(perThousand(500, null)).toBeNull()
    expect(perThousand(500, 0)).toBeNull()
  })

  it('has one row per metric type and one per currency for costs', () => {
    const rows = compareRows([
      { metrics: [{ type: 'COST_SAVED_PER_YEAR', currency: 'USD' }] },
      { metrics: [{ type: 'COST_SAVED_PER_YEAR', currency: 'KES' }, { type: 'JOBS_CREATED', currency: null }] },
    ])
    expect(rows.filter((row) => row.type === 'COST_SAVED_PER_YEAR').map((row) => row.currency)).toEqual(['KES', 'USD'])
    expect(rows).toHaveLength(8)
  })
})

describe('pagination window', () => {
  it('shows the ends and the neighbours of the current page', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 10])
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4])
  })
})

describe('library cache', () => {
  it('shares one computation between callers within its lifetime, then computes again', async () => {
    vi.useFakeTimers()
    try {
      const cache = createCache<number>('test', { ttlMs: 1_000 })
      let calls = 0
      const compute = async () => ++calls
      expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual([1, 1])
      vi.advanceTimersByTime(1_001)
      expect(await cache.get('k', compute)).toBe(2)
      expect(await cache.get('other', compute)).toBe(3)
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not remember failures, and is off with a zero lifetime', async () => {
    const cache = createCache<number>('test', { ttlMs: 1_000 })
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('k', async () => 7)).toBe(7)
    const off = createCache<number>('off', { ttlMs: 0 })
    let calls = 0
    await off.get('k', async () => ++calls)
    await off.get('k', async () => ++calls)
    expect(calls).toBe(2)
  })
})
