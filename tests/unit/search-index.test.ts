// The library index on its own (no database): matching, ranking, forgiveness, facets, updates.
import { describe, expect, it } from 'vitest'
import { Bitset } from '@/lib/search/bitset'
import { LibraryIndex, type IndexDoc, type IndexQuery, type IndexReference } from '@/lib/search/library-index'
import { editDistance, parseQuery, terms } from '@/lib/search/text'

const reference: IndexReference = {
  topics: [
    { id: 't-food', slug: 'food-systems', name: 'Food systems' },
    { id: 't-proc', slug: 'circular-public-procurement', name: 'Circular public procurement' },
  ],
  hubs: [{ id: 'h-africa', slug: 'africa', name: 'Circulars Africa Hub' }],
  coalitions: [{ id: 'co-food', slug: 'cityfood', name: 'CityFood' }],
  cities: [
    { id: 'c-accra', slug: 'accra', name: 'Accra', countryCode: 'GH', hubIds: ['h-africa'] },
    { id: 'c-lima', slug: 'lima', name: 'Lima', countryCode: 'PE', hubIds: [] },
  ],
  aliases: { country: { GH: ['Ghana', 'Gana'], PE: ['Peru', 'Perú', '秘鲁'] } },
}

let day = 0
function doc(id: string, fields: Partial<IndexDoc> = {}): IndexDoc {
  return {
    id,
    publishedAt: new Date(Date.UTC(2026, 0, 1 + day++)),
    cityId: 'c-accra',
    language: 'en',
    startYear: 2020,
    title: 'Untitled',
    summary: 'Nothing to say.',
    body: '',
    topicIds: [],
    coalitionIds: [],
    metricTypes: [],
    ...fields,
  }
}

const none = { topic: [], hub: [], coalition: [], country: [], year: [], metric: [], language: [] }
const search = (index: LibraryIndex, q?: string, extra: Partial<IndexQuery> = {}) =>
  index.search({ q, filters: { ...none, ...extra.filters }, sort: q ? 'relevance' : 'newest', offset: 0, limit: 50, ...extra })

function library() {
  day = 0
  const index = new LibraryIndex(reference)
  index.upsert(doc('compost', { title: 'Market compost for urban farms', summary: 'Organic waste becomes compost.', topicIds: ['t-food'], coalitionIds: ['co-food'] }))
  index.upsert(doc('tender', { title: 'Tender rules for reused furniture', summary: 'Buying second-hand desks.', topicIds: ['t-proc'], cityId: 'c-lima', language: 'es' }))
  index.upsert(doc('lighting', { title: 'Street lighting as a service', summary: 'Luminaires are repaired, not replaced.', body: 'Recycled aggregate in the poles.', topicIds: ['t-proc'], metricTypes: ['ENERGY_SAVED_MWH_PER_YEAR'] }))
  return index
}

describe('text', () => {
  it('folds, stems and drops stop words the same way for text and queries', () => {
    expect(terms('Repairing the Luminaires')).toEqual(terms('repaired luminaire'))
    expect(terms('Économie circulaire')).toEqual(terms('economie circulaire'))
    expect(terms('the and of')).toEqual([])
    expect(terms('城市堆肥项目').length).toBeGreaterThan(1)
  })

  it('reads web-search syntax without ever failing', () => {
    const parsed = parseQuery('compost or biogas -plastic "food waste"')
    expect(parsed.groups.map((group) => group.map((clause) => clause.words))).toEqual([[['compost'], ['biogas']], [['food', 'waste']]])
    expect(parsed.groups[1]![0]!.phrase).toBe(true)
    // Each word stands for its forms in every stemmed language: the English stem among them.
    expect(parsed.groups[0]![1]!.terms[0]).toContain('bioga')
    expect(parsed.groups[1]![0]!.terms[1]).toContain('wast')
    expect(parsed.excluded).toContain('plastic')
    for (const q of ['"', '-', 'or or', '&|!():*', '', '\\', 'a'.repeat(5_000)]) expect(() => parseQuery(q)).not.toThrow()
  })

  it('measures edit distance with transpositions, giving up past the bound', () => {
    expect(editDistance('compst', 'compost', 2)).toBe(1)
    expect(editDistance('cmopost', 'compost', 2)).toBe(1)
    expect(editDistance('plastic', 'compost', 2)).toBe(3)
  })
})

describe('bitset', () => {
  it('intersects, unites and counts', () => {
    const a = Bitset.of(100, [1, 5, 64, 99])
    const b = Bitset.of(100, [5, 64, 70])
    expect(a.countAnd(b)).toBe(2)
    expect(a.clone().and(b).count()).toBe(2)
    expect(a.clone().or(b).count()).toBe(5)
    expect(a.clone().andNot(b).count()).toBe(2)
    const seen: number[] = []
    a.forEach((slot) => seen.push(slot))
    expect(seen).toEqual([1, 5, 64, 99])
  })
})

describe('library index', () => {
  it('lists newest first and pages without scanning', () => {
    const index = library()
    expect(search(index).ids).toEqual(['lighting', 'tender', 'compost'])
    expect(search(index, undefined, { offset: 1, limit: 1 }).ids).toEqual(['tender'])
    expect(search(index).total).toBe(3)
  })

  it('finds words in title, summary and body with stemming, and ranks title first', () => {
    const index = library()
    expect(search(index, 'repairing').ids).toEqual(['lighting'])
    expect(search(index, 'luminaire').ids).toEqual(['lighting'])
    day = 10
    index.upsert(doc('body-only', { title: 'Other', body: 'We compost at home.' }))
    expect(search(index, 'compost').ids).toEqual(['compost', 'body-only'])
    expect(search(index, 'compost', { sort: 'newest' }).ids).toEqual(['body-only', 'compost'])
  })

  it('stems each text in its own language, and a query word in every language', () => {
    const index = library()
    index.upsert(doc('lima-compost', { language: 'es', title: 'Compostaje de residuos orgánicos en mercados', summary: 'Los mercados reciclaron sus desperdicios.' }))
    index.upsert(doc('lyon-food', { language: 'fr', title: 'Déchets alimentaires des cantines', summary: 'Les cantines recyclent.' }))
    index.upsert(doc('curitiba', { language: 'pt', title: 'Compostagem de resíduos', summary: 'Alimentação escolar sem desperdício.' }))
    index.upsert(doc('cairo', { language: 'ar', title: 'إعادة تدوير النفايات الغذائية', summary: 'مشروع في القاهرة' }))
    index.upsert(doc('nanjing', { language: 'zh', title: '南京餐厨垃圾堆肥项目', summary: '城市有机废物资源化' }))
    // Spanish forms of one word find each other (the Snowball rules, not Porter's).
    // (Portuguese writes the same word with an accent: desperdício.)
    expect(search(index, 'desperdicio').ids.sort()).toEqual(['curitiba', 'lima-compost'])
    expect(search(index, 'reciclado').ids).toEqual(['lima-compost'])
    expect(search(index, 'mercado').ids).toEqual(['lima-compost'])
    // With or without accents, singular or plural.
    expect(search(index, 'residuo organico').ids).toEqual(['lima-compost'])
    expect(search(index, 'déchet').ids).toEqual(['lyon-food'])
    expect(search(index, 'dechet alimentaire').ids).toEqual(['lyon-food'])
    expect(search(index, 'resíduos').ids.sort()).toEqual(['curitiba', 'lima-compost'])
    expect(search(index, 'alimentação').ids).toEqual(['curitiba'])
    // Arabic: the article and suffixes go (النفايات, "the waste", finds نفايات).
    expect(search(index, 'نفايات').ids).toEqual(['cairo'])
    expect(search(index, 'الغذاء').ids).toEqual(['cairo'])
    // Chinese is cut into words by Intl.Segmenter, in the text and in the query.
    expect(search(index, '堆肥').ids).toEqual(['nanjing'])
    expect(search(index, '南京 堆肥').ids).toEqual(['nanjing'])
    // Another language's stop words are not required: "de" does not stop a phrase or a search.
    expect(search(index, '"compostaje de residuos"').ids).toEqual(['lima-compost'])
    expect(search(index, 'compostagem de resíduos').ids).toEqual(['curitiba'])
    // English stays as it was.
    expect(search(index, 'repairing').ids).toEqual(['lighting'])
  })

  it('stems translations in their language', () => {
    const index = library()
    index.upsert(doc('translated', { title: 'Food waste in school canteens', translations: [{ language: 'es', approved: true, title: 'Desperdicio de alimentos en comedores escolares', summary: '', body: '' }] }))
    expect(search(index, 'comedor escolar').ids).toEqual(['translated'])
    expect(search(index, 'alimento').ids).toEqual(['translated'])
  })

  it('matches topic, hub, coalition, city and country names, in every interface language', () => {
    const index = library()
    expect(search(index, 'Food systems').ids).toEqual(['compost'])
    expect(search(index, 'procurement').ids.sort()).toEqual(['lighting', 'tender'])
    expect(search(index, 'cityfood').ids).toEqual(['compost'])
    expect(search(index, 'africa').ids.sort()).toEqual(['compost', 'lighting'])
    expect(search(index, 'lima').ids).toEqual(['tender'])
    expect(search(index, 'perú').ids).toEqual(['tender'])
    expect(search(index, '秘鲁').ids).toEqual(['tender'])
    expect(search(index, 'gana').ids.sort()).toEqual(['compost', 'lighting'])
  })

  it('keeps phrases together and leaves out excluded words', () => {
    const index = library()
    expect(search(index, '"recycled aggregate"').ids).toEqual(['lighting'])
    expect(search(index, '"aggregate recycled"').ids).toEqual([])
    expect(search(index, 'procurement -lighting').ids).toEqual(['tender'])
    expect(search(index, 'compost or furniture').ids.sort()).toEqual(['compost', 'tender'])
  })

  it('corrects a word found nowhere to the nearest known word, saying so', () => {
    const index = library()
    const result = search(index, 'compst')
    expect(result.ids).toEqual(['compost'])
    expect(result.correctedQuery).toBe('compost')
    expect(search(index, 'compost').correctedQuery).toBeNull()
    expect(search(index, 'zzzzqqq')).toMatchObject({ ids: [], total: 0, correctedQuery: null, match: 'none' })
  })

  it('gives the results that match most words when none match all, saying so', () => {
    const index = library()
    const result = search(index, 'compost furniture lighting farms')
    expect(result.match).toBe('some')
    expect(result.ids[0]).toBe('compost')
    expect(result.ids.sort()).toEqual(['compost', 'lighting', 'tender'])
    expect(search(index, 'compost farms').match).toBe('all')
  })

  it('counts facets disjunctively: each facet applies every filter but its own', () => {
    const index = library()
    const all = search(index)
    expect(all.facets.topic).toEqual(
      expect.arrayContaining([
        { value: 'circular-public-procurement', label: 'Circular public procurement', count: 2 },
        { value: 'food-systems', label: 'Food systems', count: 1 },
      ]),
    )
    expect(all.facets.country).toEqual(expect.arrayContaining([{ value: 'GH', label: null, count: 2 }, { value: 'PE', label: null, count: 1 }]))
    const filtered = search(index, undefined, { filters: { ...none, country: ['GH'] } })
    expect(filtered.total).toBe(2)
    // The country facet still offers Peru (its own filter is not applied to it)...
    expect(filtered.facets.country.find((f) => f.value === 'PE')?.count).toBe(1)
    // ...while the topic facet counts only Ghana's case studies.
    expect(filtered.facets.topic.find((f) => f.value === 'circular-public-procurement')?.count).toBe(1)
    expect(search(index, undefined, { filters: { ...none, hub: ['africa'], metric: ['ENERGY_SAVED_MWH_PER_YEAR'] } }).ids).toEqual(['lighting'])
  })

  it('follows replacements, removals and membership changes at once', () => {
    const index = library()
    index.upsert(doc('compost', { title: 'Biogas from market waste', topicIds: [] }))
    expect(search(index, 'compost farms').ids).toEqual([])
    expect(search(index, 'biogas').ids).toEqual(['compost'])
    expect(search(index).ids[0]).toBe('compost')
    index.remove('tender')
    expect(search(index).total).toBe(2)
    expect(search(index, 'furniture').ids).toEqual([])
    expect(search(index, undefined, { filters: { ...none, hub: ['africa'] } }).total).toBe(2)
    index.setReference({ ...reference, cities: reference.cities.map((c) => ({ ...c, hubIds: [] })) })
    expect(search(index, undefined, { filters: { ...none, hub: ['africa'] } }).total).toBe(0)
    expect(search(index).facets.hub).toEqual([])
  })

  it('suggests known words for a prefix, names first', () => {
    const index = library()
    expect(index.suggest('comp')).toContain('compost')
    expect(index.suggest('proc')[0]).toBe('procurement')
    expect(index.suggest('c')).toEqual([])
  })
})
