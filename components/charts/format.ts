// Locale-aware labels for the figures page and the manager dashboard: months (UTC, as the
// aggregates are) and durations in the largest unit that stays readable.
import type { getFormatter } from 'next-intl/server'

type Format = Awaited<ReturnType<typeof getFormatter>>

/** "2026-05" → the first of that month, UTC. */
export const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`)

/** Under an hour in minutes, under two days in hours, otherwise in days. */
export function formatDuration(format: Format, seconds: number): string {
  const unit = (value: number, name: 'minute' | 'hour' | 'day', digits: number) =>
    format.number(value, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: digits })
  if (seconds < 3_600) return unit(Math.max(0, Math.round(seconds / 60)), 'minute', 0)
  if (seconds < 48 * 3_600) return unit(seconds / 3_600, 'hour', 1)
  return unit(seconds / 86_400, 'day', 1)
}
