import { describe, expect, it } from 'vitest'
import { searchLibrary, listCaseStudies } from '@/lib/library/search'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { createCity } from '../../factories'
import { createLibrary, createStudy } from './fixtures'

const query = (input: Record<string, string | string[]> = {}) => LibraryQuerySchema.parse(input)
const slugs = (result: { items: { slug: string }[] }) => result.items.map((item) => item.slug)

describe('library search', () => {
  it('lists published case studies newest first without a query, and nothing else', async () => {
    await createLibrary()
    const result = await searchLibrary(query())
    expect(slugs(result)).toEqual(['austin-materials', 'nairobi-lighting', 'accra-compost', 'austin-comida'])
    expect(result.total).toBe(4)
  })

  it('finds words in any of title, summary and body, with English stemming', async () => {
    await createLibrary()
    expect(slugs(await searchLibrary(query({ q: 'compost' })))).toEqual(['accra-compost'])
    expect(slugs(await searchLibrary(query({ q: 'luminaires' })))).toEqual(['nairobi-lighting'])
    expect(slugs(await searchLibrary(query({ q: 'repairing' })))).toEqual(['nairobi-lighting'])
    expect(slugs(await searchLibrary(query({ q: '"recycled aggregate"' })))).toEqual(['austin-materials'])
    // "procurement" also finds the case studies filed under the topic "Circular procurement".
    expect(slugs(await searchLibrary(query({ q: 'procurement -lighting' })))).toEqual(['austin-materials'])
  })

  it('ranks a title match above a summary match above a body match', async () => {
    const city = await createCity()
    const common = { summary: 'Nothing special.', body: 'Plain text.' }
    await createStudy(city.id, { slug: 'in-body', title: 'First', ...common, body: 'About remanufacturing.', publishedAt: new Date('2026-01-03') })
    await createStudy(city.id, { slug: 'in-title', title: 'Remanufacturing desks', ...common, publishedAt: new Date('2026-01-01') })
    await createStudy(city.id, { slug: 'in-summary', title: 'Second', ...common, summary: 'Remanufacturing at scale.', publishedAt: new Date('2026-01-02') })
    const result = await searchLibrary(query({ q: 'remanufacturing' }))
    expect(slugs(result)).toEqual(['in-title', 'in-summary', 'in-body'])
    expect(slugs(await searchLibrary(query({ q: 'remanufacturing', sort: 'newest' })))).toEqual(['in-body', 'in-summary', 'in-title'])
  })

  it('accepts hostile and odd search strings without an error', async () => {
    await createLibrary()
    const hostile = [
      "'); DROP TABLE \"CaseStudy\"; --",
      '!!!',
      '&|',
      '&&& ||| !!! (((',
      ':*',
      '"unterminated',
      '-',
      'or or or',
      '\\',
      '$1',
      '%_%',
      '<script>alert(1)</script>',
      'compost\u0000nul',
      '😀 emoji',
      '堆肥',
      'a'.repeat(10_000),
      'word '.repeat(2_000),
    ]
    for (const q of hostile) {
      const result = await searchLibrary(query({ q }))
      expect(result.total, q.slice(0, 40)).toBeGreaterThanOrEqual(0)
      expect(result.items.some((item) => item.slug.startsWith('hidden')), q.slice(0, 40)).toBe(false)
    }
    expect(slugs(await searchLibrary(query({ q: 'compost\u0000' })))).toEqual(['accra-compost'])
  })

  it('filters by topic, hub (current memberships), coalition, country, year, metric and language', async () => {
    await createLibrary()
    const check = async (input: Record<string, string | string[]>, expected: string[]) =>
      expect(slugs(await searchLibrary(query(input))).sort(), JSON.stringify(input)).toEqual(expected.sort())
    await check({ topic: 'procurement' }, ['nairobi-lighting', 'austin-materials'])
    await check({ topic: ['procurement', 'food-systems'] }, ['nairobi-lighting', 'austin-materials', 'accra-compost', 'austin-comida'])
    await check({ topic: 'food-systems,procurement' }, ['nairobi-lighting', 'austin-materials', 'accra-compost', 'austin-comida'])
    await check({ hub: 'africa' }, ['accra-compost', 'nairobi-lighting'])
    // Nairobi left the USA hub: its case study no longer counts there.
    await check({ hub: 'usa' }, ['austin-materials', 'austin-comida'])
    await check({ coalition: 'acen' }, ['accra-compost', 'nairobi-lighting'])
    await check({ country: 'us' }, ['austin-materials', 'austin-comida'])
    await check({ country: ['GH', 'KE'] }, ['accra-compost', 'nairobi-lighting'])
    await check({ year: '2018' }, ['accra-compost'])
    await check({ year: ['2018', '2023'] }, ['accra-compost', 'austin-materials'])
    await check({ metric: 'JOBS_CREATED' }, ['accra-compost', 'austin-comida'])
    await check({ language: 'es' }, ['austin-comida'])
    // Facets combine with AND, and with the search words.
    await check({ topic: 'food-systems', hub: 'usa' }, ['austin-comida'])
    await check({ q: 'compost', hub: 'usa' }, [])
    await check({ topic: 'unknown-topic' }, [])
  })

  it('paginates with a stable order and the total of all pages', async () => {
    const city = await createCity()
    for (let i = 0; i < 25; i++) {
      await createStudy(city.id, { slug: `study-${String(i).padStart(2, '0')}`, publishedAt: new Date(Date.UTC(2025, 0, 1 + i)) })
    }
    const first = await listCaseStudies(query({ pageSize: '10' }))
    const second = await listCaseStudies(query({ pageSize: '10', page: '2' }))
    const third = await listCaseStudies(query({ pageSize: '10', page: '3' }))
    const beyond = await listCaseStudies(query({ pageSize: '10', page: '4' }))
    expect(first.total).toBe(25)
    expect([first, second, third].map((page) => page.items.length)).toEqual([10, 10, 5])
    expect(beyond.items).toEqual([])
    const all = [...slugs(first), ...slugs(second), ...slugs(third)]
    expect(new Set(all).size).toBe(25)
    expect(all[0]).toBe('study-24')
    expect(all.at(-1)).toBe('study-00')
  })
})
