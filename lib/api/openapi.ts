// The OpenAPI 3.1 document of the public API, generated from the zod schemas the handlers use:
// parameters from lib/validation/library.ts, bodies from lib/api/schemas.ts. Nothing here is
// written by hand twice, so the document cannot drift from what the API accepts and returns.
import { z } from 'zod'
import { siteUrl } from '@/lib/site-url'
import { SlugSchema } from '@/lib/validation/common'
import { facetKeys, libraryParams } from '@/lib/validation/library'
import {
  apiRegistry,
  ApiCaseStudyDetailSchema,
  ApiCaseStudyListSchema,
  ApiCityListSchema,
  ApiCoalitionListSchema,
  ApiErrorSchema,
  ApiHubListSchema,
  ApiTopicListSchema,
} from './schemas'

type JsonSchema = Record<string, unknown>

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema
  return rest
}

const inputSchema = (schema: z.ZodType) => withoutDialect(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema)

const ref = (schema: z.ZodType) => {
  const id = apiRegistry.get(schema)?.id
  if (!id) throw new Error('schema is not registered for the OpenAPI document')
  return { $ref: `#/components/schemas/${id}` }
}

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
})

const errors = {
  '422': json('A parameter is not valid; `error.fields` names each refused parameter.', ApiErrorSchema),
  '500': json('Unexpected failure; `error.reference` identifies it in the logs.', ApiErrorSchema),
}

const parameterDescriptions: Record<keyof typeof libraryParams, string> = {
  q: 'Search words (web search syntax).',
  topic: 'Topic slugs; repeat the parameter or separate with commas. Any of them matches.',
  hub: 'Hub slugs (case studies of the hub’s member cities). Any of them matches.',
  coalition: 'Coalition or network slugs. Any of them matches.',
  country: 'ISO 3166-1 alpha-2 codes of the city’s country. Any of them matches.',
  year: 'Project start years. Any of them matches.',
  metric: 'Impact metric types the case study reports. Any of them matches.',
  language: 'Language tags of the case study text. Any of them matches.',
  sort: 'relevance (default with q) or newest.',
  page: 'Page number, from 1.',
  pageSize: 'Results per page, at most 100.',
}

function searchParameters(keys: (keyof typeof libraryParams)[]) {
  return keys.map((name) => {
    const isList = (facetKeys as readonly string[]).includes(name)
    return {
      name,
      in: 'query',
      required: false,
      description: parameterDescriptions[name],
      schema: inputSchema(libraryParams[name]),
      ...(isList ? { style: 'form', explode: true } : {}),
    }
  })
}

const allSearchParameters = Object.keys(libraryParams) as (keyof typeof libraryParams)[]
const cacheNote = 'Responses may be cached by shared caches for up to a minute.'

export function buildOpenApiDocument() {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}`, io: 'output' })
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema as JsonSchema)]))
  const slugParameter = { name: 'slug', in: 'path', required: true, schema: inputSchema(SlugSchema) }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Circulars Portal open data API',
      version: '1.0.0',
      description: `Published case studies of the network’s cities, and the network itself (hubs, coalitions, cities, topics). Read-only, no authentication. ${cacheNote}`,
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: `${siteUrl()}/api/v1` }],
    paths: {
      '/case-studies': {
        get: {
          operationId: 'listCaseStudies',
          summary: 'Search and filter published case studies',
          parameters: searchParameters(allSearchParameters),
          responses: { '200': json('One page of matching case studies.', ApiCaseStudyListSchema), ...errors },
        },
      },
      '/case-studies.csv': {
        get: {
          operationId: 'exportCaseStudies',
          summary: 'Matching published case studies as CSV (at most 5,000 rows)',
          parameters: searchParameters(allSearchParameters.filter((name) => name !== 'page' && name !== 'pageSize')),
          responses: {
            '200': { description: 'CSV, one row per case study, UTF-8 with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } },
            ...errors,
          },
        },
      },
      '/case-studies/{slug}': {
        get: {
          operationId: 'getCaseStudy',
          summary: 'One published case study',
          parameters: [slugParameter],
          responses: {
            '200': json('The case study.', ApiCaseStudyDetailSchema),
            '404': json('No published case study has this slug.', ApiErrorSchema),
            ...errors,
          },
        },
      },
      '/hubs': { get: { operationId: 'listHubs', summary: 'Regional hubs', responses: { '200': json('All hubs.', ApiHubListSchema), '500': errors['500'] } } },
      '/coalitions': {
        get: { operationId: 'listCoalitions', summary: 'Coalitions and networks', responses: { '200': json('All coalitions and networks.', ApiCoalitionListSchema), '500': errors['500'] } },
      },
      '/cities': { get: { operationId: 'listCities', summary: 'Cities', responses: { '200': json('All cities.', ApiCityListSchema), '500': errors['500'] } } },
      '/topics': { get: { operationId: 'listTopics', summary: 'Topics', responses: { '200': json('All topics.', ApiTopicListSchema), '500': errors['500'] } } },
      '/suggest': {
        get: {
          operationId: 'suggestSearchWords',
          summary: 'Words of the library starting with what was typed (search-box suggestions)',
          parameters: [
            { name: 'q', in: 'query', required: true, description: 'What was typed so far; the last word is completed (at most 64 characters).', schema: { type: 'string', maxLength: 64 } },
          ],
          responses: {
            '200': { description: 'Up to 8 completions of the whole text.', content: { 'application/json': { schema: { type: 'object', properties: { suggestions: { type: 'array', items: { type: 'string' } } }, required: ['suggestions'] } } } },
            ...errors,
          },
        },
      },
      '/openapi.json': {
        get: { operationId: 'getOpenApiDocument', summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document.' } } },
      },
    },
    components: { schemas: components },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
