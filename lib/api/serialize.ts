// Database rows to API bodies (see schemas.ts). Dates become ISO strings, Decimals numbers,
// and every resource carries the absolute URL of its public page.
import type { MetricType } from '@/lib/generated/prisma/enums'
import type { LibraryCard, LibraryDetail, LibraryMetric } from '@/lib/library/selects'
import { imagePath, imageSrcSet } from '@/lib/library/images'
import { metricNumber } from '@/lib/library/metrics'
import { defaultLocale } from '@/lib/i18n/config'
import { localeUrl } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'
import type { ReaderTranslation } from '@/lib/translations/reader'
import type { ApiCaseStudyDetail, ApiCaseStudySummary, ApiTranslation } from './schemas'

const apiUnits: Record<MetricType, ApiCaseStudySummary['metrics'][number]['unit']> = {
  WASTE_DIVERTED_T_PER_YEAR: 't/yr',
  MATERIALS_RECIRCULATED_T_PER_YEAR: 't/yr',
  EMISSIONS_AVOIDED_TCO2E_PER_YEAR: 'tCO2e/yr',
  COST_SAVED_PER_YEAR: 'currency/yr',
  JOBS_CREATED: 'jobs',
  WATER_SAVED_M3_PER_YEAR: 'm3/yr',
  ENERGY_SAVED_MWH_PER_YEAR: 'MWh/yr',
}

type ImageRow = { id: string; width: number | null; height: number | null; altText: string | null }

function image(row: ImageRow): ApiCaseStudySummary['coverImage'] & object {
  const origin = siteUrl()
  return {
    url: `${origin}${imagePath(row.id)}`,
    srcset: imageSrcSet(row.id, row.width).replace(/(^|, )\//g, `$1${origin}/`),
    width: row.width,
    height: row.height,
    altText: row.altText,
  }
}

/** A case study's page: the API has no language, so its links name the default language's page. */
export const caseStudyUrl = (slug: string) => localeUrl(siteUrl(), defaultLocale, `/case-studies/${slug}`)

function metric(row: LibraryMetric): ApiCaseStudySummary['metrics'][number] {
  return {
    type: row.type,
    value: metricNumber(row.value),
    unit: apiUnits[row.type],
    currency: row.currency?.trim() ?? null,
    baselineYear: row.baselineYear,
    method: row.method,
    verified: row.verified,
  }
}

/** A translation as the API gives it; the body and tender clauses in the detail only. */
export function apiTranslation(translation: ReaderTranslation & { reviewHub: { slug: string; name: string } | null }, detail: boolean): ApiTranslation {
  return {
    language: translation.language,
    sourceLanguage: translation.sourceLanguage,
    origin: translation.origin,
    status: translation.status === 'APPROVED' ? 'APPROVED' : 'NEEDS_REVIEW',
    reviewHub: translation.status === 'APPROVED' ? translation.reviewHub : null,
    reviewedAt: translation.status === 'APPROVED' && translation.reviewedAt ? translation.reviewedAt.toISOString() : null,
    outdated: translation.outdated,
    updatedAt: translation.updatedAt.toISOString(),
    title: translation.fields.title ?? '',
    summary: translation.fields.summary ?? '',
    ...(detail ? { body: translation.fields.body ?? '', tenderClauses: translation.fields.tenderClauses ?? null } : {}),
  }
}

export function caseStudySummary(row: LibraryCard, translations: ApiTranslation[] = []): ApiCaseStudySummary {
  return {
    slug: row.slug,
    url: caseStudyUrl(row.slug),
    title: row.title,
    summary: row.summary,
    language: row.language,
    startYear: row.startYear,
    projectStatus: row.projectStatus,
    isSample: row.isSample,
    // PUBLISHED rows always have publishedAt (a CHECK constraint says so).
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    city: {
      slug: row.city.slug,
      name: row.city.name,
      countryCode: row.city.countryCode,
      population: row.city.population,
    },
    hubs: row.city.hubMemberships.map(({ hub }) => ({ slug: hub.slug, name: hub.name })),
    topics: row.topics.map(({ topic }) => ({ slug: topic.slug, name: topic.name })),
    coalitions: row.coalitions.map(({ coalition }) => ({ slug: coalition.slug, name: coalition.name })),
    metrics: row.metrics.map(metric),
    coverImage: row.coverImage ? image(row.coverImage) : null,
    translations,
  }
}

export function caseStudyDetail(row: LibraryDetail, translations: ApiTranslation[] = []): ApiCaseStudyDetail {
  return {
    ...caseStudySummary(row, translations),
    body: row.body,
    procurementPractices: row.procurementPractices,
    tenderClauses: row.tenderClauses,
    reviewHub: row.reviewHub ? { slug: row.reviewHub.slug, name: row.reviewHub.name } : null,
    images: row.attachments.filter((file) => file.kind === 'IMAGE').map(image),
    attachments: row.attachments
      .filter((file) => file.kind === 'PDF')
      .map((file) => ({ url: `${siteUrl()}${imagePath(file.id)}`, fileName: file.fileName, mimeType: 'application/pdf' as const, byteSize: file.byteSize })),
    city: {
      slug: row.city.slug,
      name: row.city.name,
      countryCode: row.city.countryCode,
      population: row.city.population,
      latitude: row.city.latitude,
      longitude: row.city.longitude,
    },
  }
}
