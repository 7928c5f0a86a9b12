// The SQL of the library search, kept apart from the code that runs it so the benchmark can
// EXPLAIN exactly what the pages run (this module has no `server-only` guard: it builds
// statements and touches no data). Every statement is a Prisma.sql tagged template: user
// input is always a bound value, never spliced into the text.
import { Prisma } from '@/lib/generated/prisma/client'
import { facetKeys, type FacetKey, type LibraryQuery } from '@/lib/validation/library'

/** The WHERE conditions of a query, optionally without one facet's own filter. */
function conditions(query: LibraryQuery, except?: FacetKey): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [Prisma.sql`c."status" = 'PUBLISHED'`]
  if (query.q) parts.push(Prisma.sql`c."searchVector" @@ websearch_to_tsquery('english', ${query.q})`)
  if (query.topic.length && except !== 'topic') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CaseStudyTopic" ct JOIN "Topic" t ON t."id" = ct."topicId"
      WHERE ct."caseStudyId" = c."id" AND t."slug" = ANY(${query.topic}::text[]))`)
  }
  if (query.hub.length && except !== 'hub') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CityHubMembership" m JOIN "Hub" h ON h."id" = m."hubId"
      WHERE m."cityId" = c."cityId" AND m."leftAt" IS NULL AND h."slug" = ANY(${query.hub}::text[]))`)
  }
  if (query.coalition.length && except !== 'coalition') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CaseStudyCoalition" cc JOIN "Coalition" co ON co."id" = cc."coalitionId"
      WHERE cc."caseStudyId" = c."id" AND co."slug" = ANY(${query.coalition}::text[]))`)
  }
  if (query.country.length && except !== 'country') {
    parts.push(Prisma.sql`ci."countryCode" = ANY(${query.country}::bpchar[])`)
  }
  if (query.year.length && except !== 'year') {
    parts.push(Prisma.sql`c."startYear" = ANY(${query.year}::int[])`)
  }
  if (query.metric.length && except !== 'metric') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "ImpactMetric" im
      WHERE im."caseStudyId" = c."id" AND im."type" = ANY(${query.metric}::"MetricType"[]))`)
  }
  if (query.language.length && except !== 'language') {
    parts.push(Prisma.sql`c."language" = ANY(${query.language}::text[])`)
  }
  return parts
}

export const whereClause = (query: LibraryQuery, except?: FacetKey) => Prisma.join(conditions(query, except), ' AND ')

const FROM = Prisma.sql`FROM "CaseStudy" c JOIN "City" ci ON ci."id" = c."cityId"`

/** The SQL that orders results: exported for the benchmark's EXPLAIN. */
export function resultIdsSql(query: LibraryQuery, limit: number, offset: number): Prisma.Sql {
  const order =
    query.q && query.sort === 'relevance'
      ? Prisma.sql`ts_rank_cd(c."searchVector", websearch_to_tsquery('english', ${query.q})) DESC, c."publishedAt" DESC, c."id" DESC`
      : Prisma.sql`c."publishedAt" DESC, c."id" DESC`
  return Prisma.sql`SELECT c."id" ${FROM} WHERE ${whereClause(query)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`
}

/** Per facet, the name of the CTE holding the rows its counts are taken from. */
function facetSources(query: LibraryQuery) {
  const ctes: Prisma.Sql[] = [
    Prisma.sql`base AS MATERIALIZED (SELECT c."id", c."cityId", c."startYear", c."language", ci."countryCode" ${FROM} WHERE ${whereClause(query)})`,
  ]
  const source = {} as Record<FacetKey, Prisma.Sql>
  for (const key of facetKeys) {
    if ((query[key] as unknown[]).length === 0) {
      source[key] = Prisma.raw('base')
      continue
    }
    const name = `base_${key}`
    ctes.push(
      Prisma.sql`${Prisma.raw(name)} AS MATERIALIZED (SELECT c."id", c."cityId", c."startYear", c."language", ci."countryCode" ${FROM} WHERE ${whereClause(query, key)})`,
    )
    source[key] = Prisma.raw(name)
  }
  return { ctes, source }
}

/** The total and every facet's counts, in one statement. Exported for the benchmark's EXPLAIN. */
export function facetsSql(query: LibraryQuery): Prisma.Sql {
  const { ctes, source } = facetSources(query)
  return Prisma.sql`WITH ${Prisma.join(ctes, ', ')}
    SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM base
    UNION ALL
    SELECT 'topic', t."slug", t."name", count(*)::int FROM ${source.topic} b
      JOIN "CaseStudyTopic" ct ON ct."caseStudyId" = b."id" JOIN "Topic" t ON t."id" = ct."topicId"
      GROUP BY t."slug", t."name"
    UNION ALL
    SELECT 'hub', h."slug", h."name", count(*)::int FROM ${source.hub} b
      JOIN "CityHubMembership" m ON m."cityId" = b."cityId" AND m."leftAt" IS NULL JOIN "Hub" h ON h."id" = m."hubId"
      GROUP BY h."slug", h."name"
    UNION ALL
    SELECT 'coalition', co."slug", co."name", count(*)::int FROM ${source.coalition} b
      JOIN "CaseStudyCoalition" cc ON cc."caseStudyId" = b."id" JOIN "Coalition" co ON co."id" = cc."coalitionId"
      GROUP BY co."slug", co."name"
    UNION ALL
    SELECT 'country', b."countryCode"::text, NULL, count(*)::int FROM ${source.country} b GROUP BY b."countryCode"
    UNION ALL
    SELECT 'year', b."startYear"::text, NULL, count(*)::int FROM ${source.year} b
      WHERE b."startYear" IS NOT NULL GROUP BY b."startYear"
    UNION ALL
    SELECT 'metric', im."type"::text, NULL, count(*)::int FROM ${source.metric} b
      JOIN "ImpactMetric" im ON im."caseStudyId" = b."id" GROUP BY im."type"
    UNION ALL
    SELECT 'language', b."language", NULL, count(*)::int FROM ${source.language} b GROUP BY b."language"`
}

/** How many published case studies match. */
export function countSql(query: LibraryQuery): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count ${FROM} WHERE ${whereClause(query)}`
}
