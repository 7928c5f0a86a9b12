// Headline figures for the home page, and the aggregates of the public "network in figures" page.
//
// Decisions for the figures page (read by many, so a handful of GROUP BY statements in PostgreSQL
// and never rows loaded into JS):
// - A case study belongs to the hubs its city belongs to now (as the library's hub filter), and
//   to each of its topics: a city in two hubs, or a case study with two topics, counts in both.
// - Months are calendar months in UTC, the last 12 including the current one; months without a
//   publication are filled with zeros after the query.
// - Impact sums take only VERIFIED metrics of PUBLISHED case studies, one sum per metric type and,
//   for costs, per currency: amounts in different currencies are never added together. Sums
//   come back from PostgreSQL as text (exact numeric) and are parsed once for display.
// - Everything is cached briefly in production (like the library's medians): a publish shows
//   within a minute.
import 'server-only'
import { db } from '@/lib/db'
import type { MetricType } from '@/lib/generated/prisma/enums'
import { createCache } from '@/lib/library/cache'
import { metricOrder } from '@/lib/library/metrics'

export type NetworkFigures = { hubs: number; cities: number; coalitions: number; caseStudies: number }

export async function getNetworkFigures(): Promise<NetworkFigures> {
  const [hubs, cities, coalitions, caseStudies] = await Promise.all([
    db.hub.count(),
    db.city.count({ where: { hubMemberships: { some: { leftAt: null } } } }),
    db.coalition.count(),
    db.caseStudy.count({ where: { status: 'PUBLISHED' } }),
  ])
  return { hubs, cities, coalitions, caseStudies }
}

export const FIGURE_MONTHS = 12

export type FigureSeries = { slug: string; name: string }
/** counts[seriesIndex][monthIndex], aligned with `series` and `months`. */
export type MonthlyCounts = { series: FigureSeries[]; counts: number[][] }

export type ImpactTotal = {
  type: MetricType
  /** Set for costs only: one total per currency. */
  currency: string | null
  rows: { topicSlug: string; topicName: string; total: number; caseStudies: number }[]
}

export type NetworkInFigures = {
  /** First day of each month (UTC), oldest first, as YYYY-MM. */
  months: string[]
  citiesPerHub: { slug: string; name: string; cities: number }[]
  publishedPerHub: MonthlyCounts
  publishedPerTopic: MonthlyCounts
  impactPerTopic: ImpactTotal[]
}

/** The last `FIGURE_MONTHS` calendar months (UTC) up to the one containing `now`, as YYYY-MM. */
export function figureMonths(now: Date): string[] {
  const months: string[] = []
  for (let back = FIGURE_MONTHS - 1; back >= 0; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  return months
}

type CountRow = { slug: string; name: string; month: string | null; count: number }

function toMonthly(rows: CountRow[], months: string[]): MonthlyCounts {
  const series: FigureSeries[] = []
  const counts: number[][] = []
  const index = new Map<string, number>()
  for (const row of rows) {
    let at = index.get(row.slug)
    if (at === undefined) {
      at = series.length
      index.set(row.slug, at)
      series.push({ slug: row.slug, name: row.name })
      counts.push(months.map(() => 0))
    }
    const month = row.month === null ? -1 : months.indexOf(row.month)
    if (month >= 0) counts[at]![month] = row.count
  }
  return { series, counts }
}

const figuresCache = createCache<NetworkInFigures>('network-in-figures', {
  ttlMs: process.env.NODE_ENV === 'production' ? 60_000 : 0,
})

export function getNetworkInFigures(now: Date = new Date()): Promise<NetworkInFigures> {
  const months = figureMonths(now)
  return figuresCache.get(months[months.length - 1]!, () => computeNetworkInFigures(months))
}

async function computeNetworkInFigures(months: string[]): Promise<NetworkInFigures> {
  const from = new Date(`${months[0]}-01T00:00:00Z`)
  const [end] = months.slice(-1)
  const [year, month] = end!.split('-').map(Number)
  const until = new Date(Date.UTC(year!, month!, 1))
  const [citiesPerHub, perHub, perTopic, impact] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; cities: number }[]>`
      SELECT h."slug", h."name", count(DISTINCT m."cityId")::int AS cities
      FROM "Hub" h LEFT JOIN "CityHubMembership" m ON m."hubId" = h."id" AND m."leftAt" IS NULL
      GROUP BY h."id", h."slug", h."name"
      ORDER BY h."name"`,
    // Every hub appears (LEFT JOIN), with a NULL month when it published nothing in the window.
    db.$queryRaw<CountRow[]>`
      SELECT h."slug", h."name", to_char(date_trunc('month', c."publishedAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
             count(c."id")::int AS count
      FROM "Hub" h
      LEFT JOIN "CityHubMembership" m ON m."hubId" = h."id" AND m."leftAt" IS NULL
      LEFT JOIN "CaseStudy" c ON c."cityId" = m."cityId" AND c."status" = 'PUBLISHED'
        AND c."publishedAt" >= ${from} AND c."publishedAt" < ${until}
      GROUP BY h."id", h."slug", h."name", month
      ORDER BY h."name", month`,
    db.$queryRaw<CountRow[]>`
      SELECT t."slug", t."name", to_char(date_trunc('month', c."publishedAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
             count(c."id")::int AS count
      FROM "Topic" t
      LEFT JOIN "CaseStudyTopic" ct ON ct."topicId" = t."id"
      LEFT JOIN "CaseStudy" c ON c."id" = ct."caseStudyId" AND c."status" = 'PUBLISHED'
        AND c."publishedAt" >= ${from} AND c."publishedAt" < ${until}
      GROUP BY t."id", t."slug", t."name", t."position", month
      ORDER BY t."position", t."name", month`,
    db.$queryRaw<{ type: MetricType; currency: string | null; slug: string; name: string; total: string; caseStudies: number }[]>`
      SELECT im."type", im."currency", t."slug", t."name", sum(im."value")::text AS total,
             count(DISTINCT c."id")::int AS "caseStudies"
      FROM "ImpactMetric" im
      JOIN "CaseStudy" c ON c."id" = im."caseStudyId"
      JOIN "CaseStudyTopic" ct ON ct."caseStudyId" = c."id"
      JOIN "Topic" t ON t."id" = ct."topicId"
      WHERE c."status" = 'PUBLISHED' AND im."verified"
      GROUP BY im."type", im."currency", t."id", t."slug", t."name", t."position"
      ORDER BY im."currency" NULLS FIRST, t."position", t."name"`,
  ])

  const impactByKey = new Map<string, ImpactTotal>()
  for (const row of impact) {
    const currency = row.currency?.trim() || null
    const key = `${row.type}|${currency ?? ''}`
    let entry = impactByKey.get(key)
    if (!entry) {
      entry = { type: row.type, currency, rows: [] }
      impactByKey.set(key, entry)
    }
    entry.rows.push({ topicSlug: row.slug, topicName: row.name, total: Number(row.total), caseStudies: row.caseStudies })
  }
  const impactPerTopic = [...impactByKey.values()].sort(
    (a, b) => metricOrder.indexOf(a.type) - metricOrder.indexOf(b.type) || (a.currency ?? '').localeCompare(b.currency ?? ''),
  )

  return {
    months,
    citiesPerHub,
    publishedPerHub: toMonthly(perHub, months),
    publishedPerTopic: toMonthly(perTopic, months),
    impactPerTopic,
  }
}
