// Search results as CSV for spreadsheets. Cells that a spreadsheet would run as a formula
// (starting with = + - @, or a tab / carriage return that some programs skip before them) are
// prefixed with a single quote, so a case study titled "=HYPERLINK(...)" stays text (OWASP's
// CSV injection advice).
import { stringify } from 'csv-stringify/sync'
import { caseStudySummary } from '@/lib/api/serialize'
import { metricOrder } from './metrics'
import type { LibraryCard } from './selects'

export const MAX_EXPORT_ROWS = 5_000

export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

const columns = [
  'slug', 'url', 'title', 'summary', 'language', 'city', 'city_slug', 'country_code', 'city_population', 'hubs',
  'topics', 'coalitions', 'start_year', 'project_status', 'published_at', 'is_sample',
  ...metricOrder.flatMap((type) => (type === 'COST_SAVED_PER_YEAR' ? [type, `${type}_CURRENCY`] : [type])),
]

export function caseStudiesCsv(items: LibraryCard[]): string {
  const rows = items.map((item) => {
    const api = caseStudySummary(item)
    const metric = (type: string) => api.metrics.find((m) => m.type === type)
    const cells: (string | number | null)[] = [
      api.slug, api.url, api.title, api.summary, api.language, api.city.name, api.city.slug, api.city.countryCode,
      api.city.population, api.hubs.map((h) => h.slug).join(' '), api.topics.map((t) => t.slug).join(' '),
      api.coalitions.map((c) => c.slug).join(' '), api.startYear, api.projectStatus, api.publishedAt, api.isSample ? 'true' : 'false',
      ...metricOrder.flatMap((type) =>
        type === 'COST_SAVED_PER_YEAR' ? [metric(type)?.value ?? null, metric(type)?.currency ?? null] : [metric(type)?.value ?? null],
      ),
    ]
    return cells.map((cell) => (cell === null ? '' : neutraliseFormula(String(cell))))
  })
  // A byte-order mark so spreadsheet programs read UTF-8 (city names, Chinese titles) correctly.
  return '\uFEFF' + stringify([columns, ...rows], { record_delimiter: 'windows' })
}
