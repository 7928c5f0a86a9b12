// Nothing but PUBLISHED case studies reaches the public: pages' data, search, facet counts,
// feed, sitemap, CSV and API. Each hidden case study carries words, topics, a coalition, a
// metric type, a language and a year that no published one has, so any leak shows.
import { describe, expect, it } from 'vitest'
import { GET as feed } from '@/app/[locale]/(public)/case-studies/feed.xml/route'
import { GET as getCaseStudy } from '@/app/api/v1/case-studies/[slug]/route'
import { GET as listApi } from '@/app/api/v1/case-studies/route'
import { GET as exportCsv } from '@/app/api/v1/case-studies.csv/route'
import sitemap from '@/app/sitemap'
import { db } from '@/lib/db'
import { findPublishedCaseStudy, findPublishedForCompare, getNetworkMedians, listRelated } from '@/lib/library/case-study'
import { searchLibrary } from '@/lib/library/search'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { createLibrary } from './fixtures'

const request = (path: string) => new Request(`http://localhost${path}`)

describe('unpublished case studies', () => {
  it('never appear in search results, totals or facet counts', async () => {
    const { hidden } = await createLibrary()
    for (const input of [{}, { q: 'secret' }, { q: 'compost' }, { language: 'fr' }, { year: '2001' }, { metric: 'WATER_SAVED_M3_PER_YEAR' }]) {
      const result = await searchLibrary(LibraryQuerySchema.parse(input))
      const shown = result.items.map((item) => item.slug)
      expect(shown.filter((slug) => hidden.some((study) => study.slug === slug)), JSON.stringify(input)).toEqual([])
      for (const option of [...result.facets.language, ...result.facets.year, ...result.facets.metric]) {
        expect(['fr', '2001', 'WATER_SAVED_M3_PER_YEAR'].includes(option.value) ? option.count : 0, `${option.value} ${JSON.stringify(input)}`).toBe(0)
      }
    }
    const all = await searchLibrary(LibraryQuerySchema.parse({}))
    expect(all.total).toBe(4)
    expect(all.facets.coalition.find((option) => option.value === 'cityfood')?.count).toBe(2)
  })

  it('are not found by slug, not related, not compared and not in the medians', async () => {
    const { hidden, published } = await createLibrary()
    for (const study of hidden) {
      expect(await findPublishedCaseStudy(study.slug)).toBeNull()
      const response = await getCaseStudy(request(`/api/v1/case-studies/${study.slug}`), { params: Promise.resolve({ slug: study.slug }) })
      expect(response.status).toBe(404)
    }
    const related = await listRelated(published.compost.id, 10)
    expect(related.map((item) => item.slug).sort()).toEqual(['austin-comida', 'austin-materials'])
    const compared = await findPublishedForCompare([hidden[0]!.slug, 'accra-compost', hidden[1]!.slug])
    expect(compared.map((item) => item.slug)).toEqual(['accra-compost'])
    const medians = await getNetworkMedians()
    expect(medians.find((m) => m.type === 'WATER_SAVED_M3_PER_YEAR')).toBeUndefined()
    expect(medians.find((m) => m.type === 'JOBS_CREATED')).toMatchObject({ median: 35, count: 2 })
  })

  it('are left out of the API list, the CSV export, the Atom feed and the sitemap', async () => {
    const { hidden } = await createLibrary()
    const leaks = (text: string) => hidden.filter((study) => text.includes(study.slug) || text.includes(study.title)).map((s) => s.slug)

    const api = await (await listApi(request('/api/v1/case-studies?pageSize=100'))).text()
    expect(leaks(api)).toEqual([])
    expect(JSON.parse(api).total).toBe(4)

    const csv = await (await exportCsv(request('/api/v1/case-studies.csv'))).text()
    expect(leaks(csv)).toEqual([])
    expect(csv.trim().split('\r\n')).toHaveLength(5)

    const atom = await feed(request('/en/case-studies/feed.xml'), { params: Promise.resolve({ locale: 'en' }) })
    expect(atom.headers.get('content-type')).toContain('application/atom+xml')
    const xml = await atom.text()
    expect(leaks(xml)).toEqual([])
    expect(xml.match(/<entry>/g)).toHaveLength(4)
    expect(xml).toContain('/en/case-studies/accra-compost')

    const urls = (await sitemap()).map((entry) => entry.url)
    expect(leaks(urls.join('\n'))).toEqual([])
    // Every page once per UI language.
    expect(urls.filter((url) => url.includes('/case-studies/'))).toHaveLength(4 * 6)
    expect(urls).toEqual(expect.arrayContaining([expect.stringMatching(/\/en\/hubs\/africa$/), expect.stringMatching(/\/es\/cities\/accra$/), expect.stringMatching(/\/zh\/coalitions\/cityfood$/)]))
  })

  it('disappear everywhere as soon as they are unpublished', async () => {
    const { published } = await createLibrary()
    await db.caseStudy.update({ where: { id: published.lighting.id }, data: { status: 'UNPUBLISHED' } })
    const result = await searchLibrary(LibraryQuerySchema.parse({ q: 'lighting' }))
    expect(result.total).toBe(0)
    expect(await findPublishedCaseStudy('nairobi-lighting')).toBeNull()
    const xml = await (await feed(request('/en/case-studies/feed.xml'), { params: Promise.resolve({ locale: 'en' }) })).text()
    expect(xml).not.toContain('nairobi-lighting')
    expect((await sitemap()).some((entry) => entry.url.endsWith('/nairobi-lighting'))).toBe(false)
  })
})
