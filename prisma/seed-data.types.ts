// Shapes of the reference and demo data that prisma/seed.ts loads.
// The data itself lives in prisma/seed-data.ts.

export type HubSeed = {
  slug: 'africa' | 'china' | 'usa' | 'south-america'
  name: string
  region: string
  /** Two or three sentences, English, on what the hub does. */
  description: string
  /** A role address at example.org, never a real address. */
  contactEmail: string
}

export type CoalitionSeed = {
  slug: string
  name: string
  kind: 'COALITION' | 'NETWORK'
  scope: string
  description: string
  coordinatingHub: HubSeed['slug'] | null
  /** Hubs the coalition spans (including the coordinating hub). */
  hubs: HubSeed['slug'][]
}

export type CitySeed = {
  slug: string
  name: string
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string
  /** Region within the world, e.g. "West Africa", "East Asia". */
  region: string
  population: number
  latitude: number
  longitude: number
  hubs: HubSeed['slug'][]
  coalitions: string[]
}

export type TopicSeed = {
  slug: string
  name: string
  description: string
  parent?: string
}

export type MetricSeed = {
  type:
    | 'WASTE_DIVERTED_T_PER_YEAR'
    | 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR'
    | 'COST_SAVED_PER_YEAR'
    | 'JOBS_CREATED'
    | 'WATER_SAVED_M3_PER_YEAR'
    | 'ENERGY_SAVED_MWH_PER_YEAR'
    | 'MATERIALS_RECIRCULATED_T_PER_YEAR'
  value: number
  currency?: string
  baselineYear?: number
  method?: string
  verified: boolean
}

export type CaseStudySeed = {
  slug: string
  city: string
  status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED'
  title: string
  summary: string
  /** Markdown. */
  body: string
  language: string
  startYear: number
  projectStatus: 'PLANNED' | 'ONGOING' | 'COMPLETED'
  topics: string[]
  coalitions: string[]
  procurementPractices?: ('LIFECYCLE_COSTING' | 'LOCAL_SOURCING' | 'LOW_EMBODIED_ENERGY_AND_WATER' | 'CRADLE_TO_CRADLE')[]
  tenderClauses?: string
  metrics: MetricSeed[]
  /** Key of a DemoUserSeed who authored it. */
  author: string
  /** Days before the seed date that it was published (PUBLISHED only). */
  publishedDaysAgo?: number
  rejectionReason?: string
}

export type DemoUserSeed = {
  key: string
  email: string
  name: string
  jobTitle: string
  isNetworkAdmin?: boolean
  city?: { slug: string; role: 'OFFICIAL' | 'FOCAL_POINT' }
  hubRoles?: { hub: HubSeed['slug']; role: 'OFFICER' | 'MANAGER' }[]
}
