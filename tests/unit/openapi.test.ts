// The OpenAPI document is generated from the same zod schemas the API validates with.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildOpenApiDocument } from '@/lib/api/openapi'
import { ApiCaseStudyListSchema } from '@/lib/api/schemas'
import { libraryParams, MAX_PAGE_SIZE } from '@/lib/validation/library'

const document = buildOpenApiDocument()

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with every public endpoint', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths).sort()).toEqual(
      ['/case-studies', '/case-studies.csv', '/case-studies/{slug}', '/cities', '/coalitions', '/hubs', '/openapi.json', '/suggest', '/topics'].sort(),
    )
  })

  it('takes its parameters from the library query schema', () => {
    const parameters = document.paths['/case-studies'].get.parameters
    for (const parameter of parameters) {
      const key = parameter.name as keyof typeof libraryParams
      const { $schema: _dialect, ...expected } = z.toJSONSchema(libraryParams[key], { io: 'input' }) as Record<string, unknown>
      expect(parameter.schema, key).toEqual(expected)
    }
    expect(parameters.find((p) => p.name === 'pageSize')?.schema).toMatchObject({ maximum: MAX_PAGE_SIZE })
    expect(parameters.find((p) => p.name === 'year')).toMatchObject({ style: 'form', explode: true })
  })

  it('takes its response schemas from the API schemas, with resolvable references', () => {
    const { $schema: _dialect, $id: _id, ...list } = z.toJSONSchema(ApiCaseStudyListSchema) as Record<string, unknown>
    expect(Object.keys(document.components.schemas.CaseStudyList!)).toEqual(expect.arrayContaining(Object.keys(list).filter((k) => k !== '$defs')))
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(5)
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref)
  })

  it('documents 422 with field errors and 404 for unknown slugs', () => {
    expect(document.paths['/case-studies'].get.responses['422']).toBeDefined()
    expect(document.paths['/case-studies/{slug}'].get.responses['404']).toBeDefined()
    expect(document.components.schemas.Error).toMatchObject({ required: ['error'] })
  })
})
