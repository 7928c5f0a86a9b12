import { describe, expect, it } from 'vitest'
import { searchLibrary, type Facets } from '@/lib/library/search'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { createLibrary } from './fixtures'

const query = (input: Record<string, string | string[]> = {}) => LibraryQuerySchema.parse(input)
const counts = (facets: Facets, key: keyof Facets) =>
  Object.fromEntries(facets[key].map((option) => [option.value, option.count]))

describe('library facets', () => {
  it('counts every facet over published case studies only', async () => {
    await createLibrary()
    const { facets, total } = await searchLibrary(query())
    expect(total).toBe(4)
    expect(counts(facets, 'topic')).toEqual({ 'food-systems': 2, procurement: 2, waste: 2 })
    expect(counts(facets, 'hub')).toEqual({ africa: 2, usa: 2 })
    expect(counts(facets, 'coalition')).toEqual({ cityfood: 2, acen: 2 })
    expect(counts(facets, 'country')).toEqual({ US: 2, GH: 1, KE: 1 })
    expect(counts(facets, 'year')).toEqual({ '2023': 1, '2022': 1, '2019': 1, '2018': 1 })
    expect(counts(facets, 'metric')).toEqual({
      WASTE_DIVERTED_T_PER_YEAR: 1,
      JOBS_CREATED: 2,
      ENERGY_SAVED_MWH_PER_YEAR: 1,
      COST_SAVED_PER_YEAR: 1,
      EMISSIONS_AVOIDED_TCO2E_PER_YEAR: 1,
    })
    expect(counts(facets, 'language')).toEqual({ en: 3, es: 1 })
    expect(facets.topic.find((option) => option.value === 'procurement')?.label).toBe('Circular procurement')
    expect(facets.year.map((option) => option.value)).toEqual(['2023', '2022', '2019', '2018'])
  })

  it('recounts for the search words and the other facets, and keeps each facet’s own alternatives', async () => {
    await createLibrary()
    const searched = await searchLibrary(query({ q: 'compost' }))
    expect(searched.total).toBe(1)
    expect(counts(searched.facets, 'country')).toEqual({ GH: 1 })

    const filtered = await searchLibrary(query({ country: 'US' }))
    expect(filtered.total).toBe(2)
    // The country facet ignores its own filter, so the other countries stay choosable…
    expect(counts(filtered.facets, 'country')).toEqual({ US: 2, GH: 1, KE: 1 })
    expect(filtered.facets.country.find((option) => option.value === 'US')?.selected).toBe(true)
    // …while every other facet counts within the United States only.
    expect(counts(filtered.facets, 'topic')).toEqual({ 'food-systems': 1, procurement: 1, waste: 1 })
    expect(counts(filtered.facets, 'language')).toEqual({ en: 1, es: 1 })
    expect(counts(filtered.facets, 'hub')).toEqual({ usa: 2 })

    const two = await searchLibrary(query({ country: 'US', topic: 'food-systems' }))
    expect(two.total).toBe(1)
    expect(counts(two.facets, 'topic')).toEqual({ 'food-systems': 1, procurement: 1, waste: 1 })
    expect(counts(two.facets, 'country')).toEqual({ US: 1, GH: 1 })
  })

  it('keeps a selected value that matches nothing, with a zero count', async () => {
    await createLibrary()
    const { facets, total } = await searchLibrary(query({ year: '1999', q: 'compost' }))
    expect(total).toBe(0)
    expect(facets.year).toContainEqual({ value: '1999', label: null, count: 0, selected: true })
    expect(counts(facets, 'year')).toEqual({ '1999': 0, '2018': 1 })
  })
})
