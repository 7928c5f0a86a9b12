// Metric values in the reader's language: the number formatted by locale, with its unit (or
// its currency for costs), as one translated phrase.
import type { getFormatter, getTranslations } from 'next-intl/server'
import type { MetricType } from '@/lib/generated/prisma/enums'
import { metricUnits } from '@/lib/library/metrics'
import { displayName } from '@/lib/i18n/format'

type Format = Awaited<ReturnType<typeof getFormatter>>
type LibraryT = Awaited<ReturnType<typeof getTranslations<'Library'>>>

/** Enough digits to tell small normalised figures apart, without noise on large ones. */
export function formatNumber(format: Format, value: number): string {
  if (value !== 0 && Math.abs(value) < 100) return format.number(value, { maximumSignificantDigits: 3 })
  return format.number(value, { maximumFractionDigits: 0 })
}

export function formatMetric(format: Format, t: LibraryT, type: MetricType, value: number, currency: string | null): string {
  const unit = metricUnits[type]
  if (unit === 'currency') {
    const code = currency?.trim()
    const amount = code
      ? format.number(value, {
          style: 'currency',
          currency: code,
          ...(value !== 0 && Math.abs(value) < 100 ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 }),
        })
      : formatNumber(format, value)
    return t('units.currency', { value: amount })
  }
  if (unit === 'jobs') return t('units.jobs', { value: formatNumber(format, value), count: value })
  return t(`units.${unit}`, { value: formatNumber(format, value) })
}

/** A language tag's name in the reader's language ("Spanish", "espagnol"). */
export function languageName(tag: string, locale: string): string {
  return displayName(tag, locale, 'language')
}
