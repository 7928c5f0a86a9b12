// schema.org description of a published case study, and its safe serialisation into an
// inline <script type="application/ld+json">: every `<`, `>` and `&` (and the two JavaScript
// line separators) is written as a \u escape, so no title or summary can close the script
// element ("</script>") or open a comment, while the JSON stays equal.
import { countryName } from '@/lib/i18n/format'
import { siteUrl } from '@/lib/site-url'
import { imagePath } from './images'
import type { LibraryDetail } from './selects'

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function caseStudyJsonLd(caseStudy: LibraryDetail, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: caseStudy.title,
    description: caseStudy.summary,
    inLanguage: caseStudy.language,
    datePublished: caseStudy.publishedAt?.toISOString(),
    dateModified: caseStudy.updatedAt.toISOString(),
    ...(caseStudy.coverImage ? { image: `${siteUrl()}${imagePath(caseStudy.coverImage.id, 1280)}` } : {}),
    keywords: caseStudy.topics.map(({ topic }) => topic.name).join(', '),
    about: caseStudy.topics.map(({ topic }) => ({ '@type': 'Thing', name: topic.name })),
    author: { '@type': 'GovernmentOrganization', name: caseStudy.city.name },
    publisher: { '@type': 'Organization', name: 'Circulars Portal' },
    spatialCoverage: {
      '@type': 'City',
      name: caseStudy.city.name,
      geo: { '@type': 'GeoCoordinates', latitude: caseStudy.city.latitude, longitude: caseStudy.city.longitude },
      containedInPlace: {
        '@type': 'Country',
        name: countryName(caseStudy.city.countryCode, 'en'),
        identifier: caseStudy.city.countryCode,
      },
    },
    ...(caseStudy.reviewHub ? { reviewedBy: { '@type': 'Organization', name: caseStudy.reviewHub.name } } : {}),
  }
}
