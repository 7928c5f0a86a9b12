// Shapes of the public API's responses. Route handlers build their bodies through these types,
// the OpenAPI document is generated from these schemas (z.toJSONSchema), and the contract
// tests check real responses against that document.
import { z } from 'zod'
import { SlugSchema } from '@/lib/validation/common'
import { CountryCodeSchema, LanguageSchema, MetricTypeSchema } from '@/lib/validation/library'

/** The schemas the OpenAPI document lists under components.schemas. */
export const apiRegistry = z.registry<{ id: string }>()

const Int = z.int()
const DateTime = z.iso.datetime()

export const ApiRefSchema = z.object({ slug: SlugSchema, name: z.string() }).register(apiRegistry, { id: 'Ref' })

export const ApiMetricSchema = z
  .object({
    type: MetricTypeSchema,
    value: z.number().min(0),
    unit: z.enum(['jobs', 't/yr', 'tCO2e/yr', 'm3/yr', 'MWh/yr', 'currency/yr']),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable().meta({ description: 'ISO 4217; set exactly for COST_SAVED_PER_YEAR' }),
    baselineYear: Int.nullable(),
    method: z.string().nullable(),
    verified: z.boolean(),
  })
  .register(apiRegistry, { id: 'Metric' })

export const ApiImageSchema = z
  .object({
    url: z.url().meta({ description: 'The image as uploaded (re-encoded, without metadata)' }),
    srcset: z.string().meta({ description: 'Resized copies for an HTML srcset (WebP, `url?w=320` and so on)' }),
    width: Int.nullable(),
    height: Int.nullable(),
    altText: z.string().nullable().meta({ description: 'The text alternative the author gave' }),
  })
  .register(apiRegistry, { id: 'Image' })

export const ApiFileSchema = z
  .object({
    url: z.url(),
    fileName: z.string(),
    mimeType: z.literal('application/pdf'),
    byteSize: Int.min(0),
  })
  .register(apiRegistry, { id: 'File' })

const ProjectStatusSchema = z.enum(['PLANNED', 'ONGOING', 'COMPLETED'])

/** A translation readers may see, with its marks (who made it, whether a hub reviewed it, outdated). */
export const ApiTranslationSchema = z
  .object({
    language: LanguageSchema,
    sourceLanguage: LanguageSchema,
    origin: z.enum(['HUMAN', 'MACHINE', 'MACHINE_POST_EDITED']).meta({ description: 'MACHINE: machine translation nobody edited; MACHINE_POST_EDITED: a machine translation a person edited' }),
    status: z.enum(['NEEDS_REVIEW', 'APPROVED']).meta({ description: 'APPROVED: a hub reviewed it (reviewHub)' }),
    reviewHub: ApiRefSchema.nullable(),
    reviewedAt: DateTime.nullable(),
    outdated: z.boolean().meta({ description: 'The original changed since it was translated' }),
    updatedAt: DateTime,
    title: z.string(),
    summary: z.string(),
    body: z.string().optional().meta({ description: 'Markdown; in the detail only' }),
    tenderClauses: z.string().nullable().optional().meta({ description: 'In the detail only' }),
  })
  .register(apiRegistry, { id: 'Translation' })

export const ApiCaseStudySummarySchema = z
  .object({
    slug: SlugSchema,
    url: z.url().meta({ description: 'The public page in English (/en/case-studies/{slug}); the same path under /es, /pt, /fr, /zh or /ar is the page in that interface language' }),
    title: z.string(),
    summary: z.string(),
    language: LanguageSchema,
    startYear: Int.nullable(),
    projectStatus: ProjectStatusSchema,
    isSample: z.boolean().meta({ description: 'Illustrative demonstration content' }),
    publishedAt: DateTime,
    updatedAt: DateTime,
    city: z.object({ slug: SlugSchema, name: z.string(), countryCode: CountryCodeSchema, population: Int.nullable() }),
    hubs: z.array(ApiRefSchema).meta({ description: 'Hubs the city is a member of now' }),
    topics: z.array(ApiRefSchema),
    coalitions: z.array(ApiRefSchema),
    metrics: z.array(ApiMetricSchema),
    coverImage: ApiImageSchema.nullable(),
    translations: z.array(ApiTranslationSchema).meta({ description: 'Translations readers are shown in their language' }),
  })
  .register(apiRegistry, { id: 'CaseStudySummary' })

export const ApiCaseStudyDetailSchema = ApiCaseStudySummarySchema.extend({
  body: z.string().meta({ description: 'Markdown (GitHub flavoured); render it through a sanitiser' }),
  procurementPractices: z.array(z.enum(['LIFECYCLE_COSTING', 'LOCAL_SOURCING', 'LOW_EMBODIED_ENERGY_AND_WATER', 'CRADLE_TO_CRADLE'])),
  tenderClauses: z.string().nullable(),
  reviewHub: ApiRefSchema.nullable().meta({ description: 'The hub whose officers reviewed it' }),
  images: z.array(ApiImageSchema).meta({ description: 'Every image, the cover included, in upload order' }),
  attachments: z.array(ApiFileSchema).meta({ description: 'Documents (tender documents, reports) to download' }),
  city: z.object({
    slug: SlugSchema,
    name: z.string(),
    countryCode: CountryCodeSchema,
    population: Int.nullable(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
}).register(apiRegistry, { id: 'CaseStudy' })

export const ApiCaseStudyListSchema = z
  .object({
    items: z.array(ApiCaseStudySummarySchema),
    total: Int.min(0),
    page: Int.min(1),
    pageSize: Int.min(1).max(100),
  })
  .register(apiRegistry, { id: 'CaseStudyList' })

export const ApiHubSchema = z
  .object({
    slug: SlugSchema,
    url: z.url(),
    name: z.string(),
    region: z.string(),
    description: z.string(),
    memberCities: Int.min(0),
  })
  .register(apiRegistry, { id: 'Hub' })

export const ApiCoalitionSchema = z
  .object({
    slug: SlugSchema,
    url: z.url(),
    name: z.string(),
    kind: z.enum(['COALITION', 'NETWORK']),
    scope: z.string(),
    description: z.string(),
    coordinatingHub: SlugSchema.nullable(),
    hubs: z.array(z.object({ slug: SlugSchema, role: z.enum(['COORDINATOR', 'PARTNER']) })),
    memberCities: Int.min(0),
  })
  .register(apiRegistry, { id: 'Coalition' })

export const ApiCitySchema = z
  .object({
    slug: SlugSchema,
    url: z.url(),
    name: z.string(),
    countryCode: CountryCodeSchema,
    region: z.string(),
    population: Int.nullable(),
    latitude: z.number(),
    longitude: z.number(),
    hubs: z.array(SlugSchema),
    coalitions: z.array(SlugSchema),
  })
  .register(apiRegistry, { id: 'City' })

export const ApiTopicSchema = z
  .object({ slug: SlugSchema, name: z.string(), description: z.string(), parent: SlugSchema.nullable() })
  .register(apiRegistry, { id: 'Topic' })

export const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item) }).register(apiRegistry, { id })

export const ApiHubListSchema = listOf(ApiHubSchema, 'HubList')
export const ApiCoalitionListSchema = listOf(ApiCoalitionSchema, 'CoalitionList')
export const ApiCityListSchema = listOf(ApiCitySchema, 'CityList')
export const ApiTopicListSchema = listOf(ApiTopicSchema, 'TopicList')

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(['NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'INVALID', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL']),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: 'For INVALID: the parameters that were refused, with why' }),
      reference: z.string().optional().meta({ description: 'For INTERNAL: quote it when reporting the problem' }),
    }),
  })
  .register(apiRegistry, { id: 'Error' })

export type ApiCaseStudySummary = z.infer<typeof ApiCaseStudySummarySchema>
export type ApiTranslation = z.infer<typeof ApiTranslationSchema>
export type ApiCaseStudyDetail = z.infer<typeof ApiCaseStudyDetailSchema>
export type ApiCaseStudyList = z.infer<typeof ApiCaseStudyListSchema>
export type ApiHub = z.infer<typeof ApiHubSchema>
export type ApiCoalition = z.infer<typeof ApiCoalitionSchema>
export type ApiCity = z.infer<typeof ApiCitySchema>
export type ApiTopic = z.infer<typeof ApiTopicSchema>
export type ApiError = z.infer<typeof ApiErrorSchema>
