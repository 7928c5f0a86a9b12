// The public API through its route handlers, called as Next would call them.
import { describe, expect, it } from 'vitest'
import { GET as getCaseStudy } from '@/app/api/v1/case-studies/[slug]/route'
import { GET as listCaseStudies } from '@/app/api/v1/case-studies/route'
import { GET as exportCsv } from '@/app/api/v1/case-studies.csv/route'
import { GET as listCities } from '@/app/api/v1/cities/route'
import { GET as listCoalitions } from '@/app/api/v1/coalitions/route'
import { GET as listHubs } from '@/app/api/v1/hubs/route'
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route'
import { GET as listTopics } from '@/app/api/v1/topics/route'
import { apiErrorResponse } from '@/lib/api/handler'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { createLibrary } from './fixtures'
import { validate } from './json-schema'

const request = (path: string) => new Request(`http://localhost${path}`)
const bySlug = (slug: string) => getCaseStudy(request(`/api/v1/case-studies/${slug}`), { params: Promise.resolve({ slug }) })
const document = buildOpenApiDocument()

/** Checks a response against the OpenAPI document's schema for that path and status. */
async function expectContract(response: Response, path: keyof typeof document.paths, status = 200) {
  expect(response.status).toBe(status)
  const operation = document.paths[path].get as { responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema
  expect(schema, `${path} ${status} is documented`).toBeDefined()
  const body = await response.json()
  expect(validate(schema!, body, document)).toEqual([])
  return body
}

describe('GET /api/v1/case-studies', () => {
  it('answers a page of published case studies in the documented shape, cacheable', async () => {
    await createLibrary()
    const response = await listCaseStudies(request('/api/v1/case-studies?pageSize=2'))
    expect(response.headers.get('cache-control')).toBe('public, s-maxage=60, stale-while-revalidate=300')
    const body = await expectContract(response, '/case-studies')
    expect(body).toMatchObject({ total: 4, page: 1, pageSize: 2 })
    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(['austin-materials', 'nairobi-lighting'])
  })

  it('applies q, topic, hub, coalition, country and year', async () => {
    await createLibrary()
    const slugsFor = async (search: string) =>
      ((await (await listCaseStudies(request(`/api/v1/case-studies?${search}`))).json()).items as { slug: string }[])
        .map((item) => item.slug)
        .sort()
    expect(await slugsFor('q=compost')).toEqual(['accra-compost'])
    expect(await slugsFor('topic=procurement')).toEqual(['austin-materials', 'nairobi-lighting'])
    expect(await slugsFor('hub=africa')).toEqual(['accra-compost', 'nairobi-lighting'])
    expect(await slugsFor('coalition=cityfood')).toEqual(['accra-compost', 'austin-comida'])
    expect(await slugsFor('country=KE')).toEqual(['nairobi-lighting'])
    expect(await slugsFor('year=2019&year=2023')).toEqual(['austin-comida', 'austin-materials'])
  })

  it('refuses bad parameters with 422 naming each field, never 500', async () => {
    const cases: [string, string][] = [
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['year=abc', 'year'],
      ['year=1800', 'year'],
      ['topic=../x', 'topic'],
      ['hub=%3Cscript%3E', 'hub'],
      ['country=Ghana', 'country'],
      ['metric=TREES', 'metric'],
      ['language=english!', 'language'],
      ['sort=random', 'sort'],
    ]
    for (const [search, field] of cases) {
      const response = await listCaseStudies(request(`/api/v1/case-studies?${search}`))
      const body = await expectContract(response, '/case-studies', 422)
      expect(body.error.code, search).toBe('INVALID')
      expect(Object.keys(body.error.fields), search).toEqual([field])
      expect(body.error.message, search).toContain(field)
    }
    const several = await (await listCaseStudies(request('/api/v1/case-studies?page=0&pageSize=101&topic=../x'))).json()
    expect(Object.keys(several.error.fields).sort()).toEqual(['page', 'pageSize', 'topic'])
  })

  it('takes any search text, however hostile', async () => {
    await createLibrary()
    for (const q of ["'); DROP TABLE \"CaseStudy\"; --", '!!!', '&|', '%00', 'x'.repeat(5000)]) {
      const response = await listCaseStudies(request(`/api/v1/case-studies?q=${encodeURIComponent(q)}`))
      await expectContract(response, '/case-studies')
    }
  })
})

describe('GET /api/v1/case-studies/{slug}', () => {
  it('answers a published case study with its body, metrics and review hub', async () => {
    await createLibrary()
    const body = await expectContract(await bySlug('nairobi-lighting'), '/case-studies/{slug}')
    expect(body).toMatchObject({
      slug: 'nairobi-lighting',
      body: 'Modular luminaires are repaired, not replaced.',
      city: { slug: 'nairobi', countryCode: 'KE', population: 4_400_000 },
      hubs: [{ slug: 'africa', name: 'Africa Hub' }],
      topics: [{ slug: 'procurement' }],
    })
    // The API has no language: it links to the English page.
    expect(body.url).toMatch(/^https?:\/\/[^/]+\/en\/case-studies\/nairobi-lighting$/)
    expect(body.metrics).toContainEqual(expect.objectContaining({ type: 'COST_SAVED_PER_YEAR', value: 96_000_000, currency: 'KES', unit: 'currency/yr' }))
  })

  it('answers 404 for unknown, malformed and unpublished slugs alike', async () => {
    const { hidden } = await createLibrary()
    for (const slug of ['no-such-case', 'Not A Slug', '../etc', ...hidden.map((study) => study.slug)]) {
      const body = await expectContract(await bySlug(slug), '/case-studies/{slug}', 404)
      expect(body.error.code, slug).toBe('NOT_FOUND')
    }
  })
})

describe('network endpoints', () => {
  it('list hubs, coalitions, cities and topics in the documented shapes', async () => {
    await createLibrary()
    const hubs = await expectContract(await listHubs(request('/api/v1/hubs')), '/hubs')
    expect(hubs.items.map((hub: { slug: string }) => hub.slug)).toEqual(['africa', 'usa'])
    expect(hubs.items[0].memberCities).toBe(2)
    const coalitions = await expectContract(await listCoalitions(request('/api/v1/coalitions')), '/coalitions')
    expect(coalitions.items).toHaveLength(2)
    const cities = await expectContract(await listCities(request('/api/v1/cities')), '/cities')
    expect(cities.items.find((city: { slug: string }) => city.slug === 'nairobi').hubs).toEqual(['africa'])
    const topics = await expectContract(await listTopics(request('/api/v1/topics')), '/topics')
    expect(topics.items.map((topic: { slug: string }) => topic.slug)).toEqual(['food-systems', 'procurement', 'waste'])
  })
})

describe('the OpenAPI document', () => {
  it('is served as OpenAPI 3.1 and describes every parameter of the list from the zod schemas', async () => {
    const response = await getOpenApi(request('/api/v1/openapi.json'))
    const served = await response.json()
    expect(served.openapi).toBe('3.1.0')
    const parameters = served.paths['/case-studies'].get.parameters as { name: string; schema: Record<string, unknown> }[]
    expect(parameters.map((p) => p.name)).toEqual(['q', 'topic', 'hub', 'coalition', 'country', 'year', 'metric', 'language', 'sort', 'page', 'pageSize'])
    expect(parameters.find((p) => p.name === 'pageSize')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 })
    expect(parameters.find((p) => p.name === 'topic')!.schema).toMatchObject({ type: 'array', items: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } })
    expect(Object.keys(served.components.schemas)).toEqual(expect.arrayContaining(['CaseStudy', 'CaseStudyList', 'Error', 'Hub', 'City']))
  })
})

describe('the route wrapper', () => {
  it('answers unexpected errors with a generic 500 and a reference, never the message', async () => {
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const response = apiErrorResponse(new Error('connection string postgres://secret@db'))
      expect(response.status).toBe(500)
      const body = await response.json()
      expect(body.error.code).toBe('INTERNAL')
      expect(JSON.stringify(body)).not.toContain('secret')
      expect(body.error.reference).toMatch(/^[0-9a-f-]{36}$/)
      expect(JSON.stringify(errors)).toContain(body.error.reference)
    } finally {
      console.error = original
    }
  })
})

describe('GET /api/v1/case-studies.csv', () => {
  it('exports the filtered results with a header row and formula-safe cells', async () => {
    const { cities } = await createLibrary()
    const { createStudy } = await import('./fixtures')
    await createStudy(cities.accra.id, { slug: 'formula', title: '=HYPERLINK("http://evil")', summary: '+1 @SUM(A1) -2', publishedAt: new Date('2020-01-01') })
    const response = await exportCsv(request('/api/v1/case-studies.csv?hub=africa'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const text = await response.text()
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toMatch(/^slug,url,title,summary,/)
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(['accra-compost', 'formula', 'nairobi-lighting'])
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(text).toContain(`'+1 @SUM(A1) -2`)
    expect(text).not.toMatch(/,=HYPERLINK/)
  })

  it('refuses bad filters like the JSON list', async () => {
    const response = await exportCsv(request('/api/v1/case-studies.csv?year=abc'))
    expect(response.status).toBe(422)
    expect((await response.json()).error.fields).toHaveProperty('year')
  })
})
