// Search quality, tried as a reader would, on the demo library: a fixed set of queries and the
// results expected at the top. A change to the index or its ranking that makes any of these
// worse fails here.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { searchLibrary } from '@/lib/library/search'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { seed } from '@/prisma/seed'

const search = (q: string, extra: Record<string, string> = {}) => searchLibrary(LibraryQuerySchema.parse({ q, ...extra }))
const slugs = (result: { items: { slug: string }[] }) => result.items.map((item) => item.slug)

beforeEach(async () => {
  await seed(db, { demo: true, now: new Date('2026-11-01T12:00:00Z') })
})

describe('search relevance on the demo library', () => {
  it('finds a topic by its name: as many results as its facet promises', async () => {
    const all = await searchLibrary(LibraryQuerySchema.parse({}))
    const food = all.facets.topic.find((option) => option.value === 'food-systems')!
    const result = await search('Food systems')
    expect(result.total).toBeGreaterThanOrEqual(food.count)
    const filtered = slugs(await searchLibrary(LibraryQuerySchema.parse({ topic: 'food-systems', pageSize: '100' })))
    expect(slugs(result)).toEqual(expect.arrayContaining(filtered))
  })

  it('finds every case study on circular public procurement for "procurement"', async () => {
    const filed = slugs(await searchLibrary(LibraryQuerySchema.parse({ topic: 'circular-public-procurement', pageSize: '100' })))
    expect(filed.length).toBeGreaterThanOrEqual(5)
    expect(slugs(await search('procurement', { pageSize: '100' }))).toEqual(expect.arrayContaining(filed))
  })

  it('puts the case study that is about the words first', async () => {
    expect(slugs(await search('school furniture'))[0]).toBe('accra-recycled-plastic-school-furniture')
    expect(slugs(await search('street lighting'))[0]).toBe('nairobi-street-lighting-lifecycle-costing')
    expect(slugs(await search('industrial symbiosis'))[0]).toBe('cape-town-industrial-symbiosis-programme')
    expect(slugs(await search('demolition waste'))[0]).toBe('shenzhen-construction-demolition-waste-recycling')
    expect(slugs(await search('compost')).slice(0, 3)).toContain('accra-market-organic-waste-composting')
  })

  it('forgives typos, and says what it searched instead', async () => {
    const result = await search('compst')
    expect(result.correctedQuery).toBe('compost')
    expect(slugs(result)).toContain('accra-market-organic-waste-composting')
    expect((await search('procuremnt')).correctedQuery).toBe('procurement')
    // A typo that stems like the word needs no correction at all.
    expect(slugs(await search('procurment'))).toContain('nairobi-street-lighting-lifecycle-costing')
    expect((await search('industrail symbiosis')).items[0]?.slug).toBe('cape-town-industrial-symbiosis-programme')
  })

  it('offers the closest results when no case study has all the words, saying so', async () => {
    const result = await search('compost procurement spaceships')
    expect(result.match).toBe('some')
    expect(result.total).toBeGreaterThan(0)
    expect((await search('compost')).match).toBe('all')
  })

  it('finds places by city, country (in any interface language) and hub', async () => {
    expect(slugs(await search('Nairobi'))).toEqual(['nairobi-street-lighting-lifecycle-costing'])
    for (const q of ['Kenya', 'Quênia', '肯尼亚']) expect(slugs(await search(q)), q).toEqual(['nairobi-street-lighting-lifecycle-costing'])
    for (const q of ['Colombia', 'Colômbie', '哥伦比亚']) expect(slugs(await search(q)), q).toContain('bogota-compra-publica-alimentos-campesinos')
    const africa = slugs(await search('Africa', { pageSize: '100' }))
    expect(africa).toEqual(expect.arrayContaining(['accra-recycled-plastic-school-furniture', 'cape-town-industrial-symbiosis-programme']))
    expect(africa).not.toContain('austin-low-carbon-construction-materials-procurement')
  })

  it('reads other languages and accents', async () => {
    expect(slugs(await search('compra publica alimentos'))[0]).toBe('bogota-compra-publica-alimentos-campesinos')
    expect(slugs(await search('comedores escolares'))[0]).toBe('bogota-compra-publica-alimentos-campesinos')
    expect(slugs(await search('COMPRA PÚBLICA'))[0]).toBe('bogota-compra-publica-alimentos-campesinos')
    // Drafts stay out, in every language.
    expect(slugs(await search('feiras livres'))).toEqual([])
  })
})
