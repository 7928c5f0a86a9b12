// Pure helpers for impact metrics: numbers, units and the per-1,000-inhabitants view that lets
// cities of different sizes be compared.
import type { MetricType } from '@/lib/generated/prisma/enums'

/** Prisma's Decimal (or a number) as a JS number. */
export function metricNumber(value: { toString(): string } | number): number {
  return typeof value === 'number' ? value : Number(value.toString())
}

/** value per 1,000 inhabitants; null when the population is unknown or zero. */
export function perThousand(value: number, population: number | null | undefined): number | null {
  if (population == null || !(population > 0)) return null
  return (value / population) * 1_000
}

/** The unit a metric is expressed in; cost metrics take their currency. */
export const metricUnits: Record<MetricType, 'jobs' | 't' | 'm3' | 'MWh' | 'tCO2e' | 'currency'> = {
  WASTE_DIVERTED_T_PER_YEAR: 't',
  MATERIALS_RECIRCULATED_T_PER_YEAR: 't',
  EMISSIONS_AVOIDED_TCO2E_PER_YEAR: 'tCO2e',
  COST_SAVED_PER_YEAR: 'currency',
  JOBS_CREATED: 'jobs',
  WATER_SAVED_M3_PER_YEAR: 'm3',
  ENERGY_SAVED_MWH_PER_YEAR: 'MWh',
}

/** Display order of metric types on pages. */
export const metricOrder: MetricType[] = [
  'JOBS_CREATED',
  'WASTE_DIVERTED_T_PER_YEAR',
  'MATERIALS_RECIRCULATED_T_PER_YEAR',
  'EMISSIONS_AVOIDED_TCO2E_PER_YEAR',
  'WATER_SAVED_M3_PER_YEAR',
  'ENERGY_SAVED_MWH_PER_YEAR',
  'COST_SAVED_PER_YEAR',
]

/** Rows of the comparison: one per metric type, and one per currency for costs. */
export function compareRows<T extends { metrics: { type: MetricType; currency: string | null }[] }>(items: T[]) {
  const rows: { type: MetricType; currency: string | null }[] = []
  for (const type of metricOrder) {
    if (type === 'COST_SAVED_PER_YEAR') {
      const currencies = [...new Set(items.flatMap((item) => item.metrics.filter((m) => m.type === type).map((m) => m.currency?.trim() ?? '')))]
      for (const currency of currencies.sort()) rows.push({ type, currency: currency || null })
      if (!currencies.length) rows.push({ type, currency: null })
    } else {
      rows.push({ type, currency: null })
    }
  }
  return rows
}
