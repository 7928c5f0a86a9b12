// /case-studies/compare?ids=a,b[,c,d] — two to four published case studies side by side, each
// figure divided by the city's population (per 1,000 inhabitants) so cities of different
// sizes can be compared. Costs are compared only within one currency (one row per currency).
import type { Metadata } from 'next'
import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { formatMetric } from '@/components/library/format'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { findPublishedForCompare } from '@/lib/library/case-study'
import { compareRows, metricNumber, perThousand } from '@/lib/library/metrics'
import { CompareQuerySchema, MIN_COMPARE } from '@/lib/validation/library'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Compare')
  return { title: t('title'), description: t('intro'), robots: { index: false }, alternates: await pageAlternates('/case-studies/compare') }
}

export default async function ComparePage({ searchParams }: Props) {
  const t = await getTranslations('Compare')
  const tl = await getTranslations('Library')
  const lp = await getLocalePath()
  const format = await getFormatter()
  const locale = await getLocale()
  const parsed = CompareQuerySchema.safeParse(await searchParams)
  const items = parsed.success ? await findPublishedForCompare(parsed.data.ids) : []
  const left = parsed.success ? parsed.data.ids.length - items.length : 0

  if (items.length < MIN_COMPARE) {
    return (
      <>
        <PageHeader title={t('title')} intro={t('intro')} />
        {left > 0 ? <p className="mb-4 text-slate-800">{t('unavailable', { count: left })}</p> : null}
        <EmptyState>
          {t('invalid')} <Link href={lp('/case-studies')}>{t('chooseLink')}</Link>
        </EmptyState>
      </>
    )
  }

  const rows = compareRows(items)
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {left > 0 ? <p className="mb-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{t('unavailable', { count: left })}</p> : null}
      {/* relative: the table's screen-reader-only labels are positioned in the scroller, not the page (they made phones scroll sideways). */}
      <div className="relative overflow-x-auto" role="region" aria-labelledby="compare-caption" tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-start">
          <caption id="compare-caption" className="mb-3 text-start text-lg font-semibold text-slate-900">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300 align-bottom">
              <td className="py-2 pe-4" />
              {items.map((item) => (
                <th key={item.slug} scope="col" className="py-2 pe-4 font-semibold">
                  <Link href={lp(`/case-studies/${item.slug}`)} lang={item.language}>
                    {item.title}
                  </Link>
                  <span className="block text-sm font-normal text-slate-700">
                    {item.city.name}, {countryName(item.city.countryCode, locale)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-200">
              <th scope="row" className="py-2 pe-4 font-medium">
                {t('population')}
              </th>
              {items.map((item) => (
                <td key={item.slug} className="py-2 pe-4 tabular-nums">
                  {item.city.population != null ? format.number(item.city.population) : t('populationUnknown')}
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={`${row.type}-${row.currency ?? ''}`} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pe-4 font-medium">
                  {row.type === 'COST_SAVED_PER_YEAR' && row.currency ? t('costIn', { currency: row.currency }) : tl(`metrics.${row.type}`)}
                </th>
                {items.map((item) => {
                  const metric = item.metrics.find(
                    (m) => m.type === row.type && (row.type !== 'COST_SAVED_PER_YEAR' || (m.currency?.trim() ?? null) === row.currency),
                  )
                  const value = metric ? metricNumber(metric.value) : null
                  const normalised = value == null ? null : perThousand(value, item.city.population)
                  if (value == null || normalised == null) {
                    return (
                      <td key={item.slug} className="py-2 pe-4">
                        <span aria-hidden="true">{t('missing')}</span>
                        <span className="sr-only">{t('missingLabel')}</span>
                        {value != null ? (
                          <span className="block text-sm text-slate-700">
                            {t('total', { value: formatMetric(format, tl, row.type, value, row.currency) })}
                          </span>
                        ) : null}
                      </td>
                    )
                  }
                  return (
                    <td key={item.slug} className="py-2 pe-4 tabular-nums">
                      <span className="font-semibold">
                        {t('perThousand', { value: formatMetric(format, tl, row.type, normalised, row.currency) })}
                      </span>
                      <span className="block text-sm text-slate-700">
                        {t('total', { value: formatMetric(format, tl, row.type, value, row.currency) })}
                      </span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 max-w-3xl text-sm text-slate-700">{t('note')}</p>
      <p className="mt-6">
        <Link href={lp('/case-studies')}>{t('chooseLink')}</Link>
      </p>
    </>
  )
}
