// /network-in-figures — the public figures of the network: member cities per hub, case studies
// published per month (by hub and by topic) and verified impact per topic. Every chart is a
// server-drawn SVG named by its heading and described by a sentence, followed by the same numbers
// in a table. The numbers come from a few GROUP BY statements (lib/network/figures.ts).
import type { Metadata } from 'next'
import { getFormatter, getNow, getTranslations } from 'next-intl/server'
import { ChartFigure, chartLabelIds, tdClass, thClass } from '@/components/charts/chart-figure'
import { monthDate } from '@/components/charts/format'
import { HeatmapChart } from '@/components/charts/heatmap-chart'
import { HorizontalBarChart } from '@/components/charts/horizontal-bar-chart'
import { formatMetric } from '@/components/library/format'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState, Section } from '@/components/ui/section'
import { metricUnits } from '@/lib/library/metrics'
import { getNetworkInFigures, type MonthlyCounts } from '@/lib/network/figures'
import { pageAlternates } from '@/lib/i18n/alternates'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Figures')
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/network-in-figures') }
}

type Format = Awaited<ReturnType<typeof getFormatter>>

function MonthlyFigure({
  id,
  data,
  months,
  format,
  title,
  description,
  caption,
  seriesHeading,
  totalHeading,
}: {
  id: string
  data: MonthlyCounts
  months: string[]
  format: Format
  title: string
  description: string
  caption: string
  seriesHeading: string
  totalHeading: string
}) {
  const ids = chartLabelIds(id)
  const columns = months.map((month, index) => {
    const date = monthDate(month)
    const showYear = index === 0 || month.endsWith('-01')
    return {
      key: month,
      label: format.dateTime(date, { month: 'short', timeZone: 'UTC' }),
      subLabel: showYear ? format.dateTime(date, { year: 'numeric', timeZone: 'UTC' }) : undefined,
      long: format.dateTime(date, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    }
  })
  const rows = data.series.map((series, index) => ({ key: series.slug, label: series.name, values: data.counts[index]! }))
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      tableCaption={caption}
      chart={<HeatmapChart rows={rows} columns={columns} formatValue={(value) => format.number(value)} {...ids} />}
      table={
        <>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                {seriesHeading}
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={`${thClass} text-end`}>
                  {column.long}
                </th>
              ))}
              <th scope="col" className={`${thClass} text-end`}>
                {totalHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={thClass}>
                  {row.label}
                </th>
                {row.values.map((value, index) => (
                  <td key={columns[index]!.key} className={`${tdClass} text-end`}>
                    {format.number(value)}
                  </td>
                ))}
                <td className={`${tdClass} text-end font-semibold`}>{format.number(row.values.reduce((sum, value) => sum + value, 0))}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  )
}

export default async function NetworkInFiguresPage() {
  const [t, tl, format, now] = await Promise.all([getTranslations('Figures'), getTranslations('Library'), getFormatter(), getNow()])
  const figures = await getNetworkInFigures(now)
  const { months } = figures
  const range = {
    from: format.dateTime(monthDate(months[0]!), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    to: format.dateTime(monthDate(months[months.length - 1]!), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  }
  const citiesIds = chartLabelIds('cities-per-hub')

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />

      <Section id="member-cities" title={t('cities.heading')}>
        {figures.citiesPerHub.length ? (
          <ChartFigure
            id="cities-per-hub"
            title={t('cities.title')}
            description={t('cities.description')}
            tableCaption={t('cities.caption')}
            chart={
              <HorizontalBarChart
                {...citiesIds}
                rows={figures.citiesPerHub.map((hub) => ({
                  key: hub.slug,
                  label: hub.name,
                  value: hub.cities,
                  valueText: t('cities.value', { count: hub.cities }),
                }))}
              />
            }
            table={
              <>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>
                      {t('cities.hub')}
                    </th>
                    <th scope="col" className={`${thClass} text-end`}>
                      {t('cities.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {figures.citiesPerHub.map((hub) => (
                    <tr key={hub.slug}>
                      <th scope="row" className={thClass}>
                        {hub.name}
                      </th>
                      <td className={`${tdClass} text-end`}>{format.number(hub.cities)}</td>
                    </tr>
                  ))}
                </tbody>
              </>
            }
          />
        ) : (
          <EmptyState>{t('empty')}</EmptyState>
        )}
      </Section>

      <Section id="published" title={t('published.heading')}>
        {figures.publishedPerHub.series.length ? (
          <MonthlyFigure
            id="published-per-hub"
            data={figures.publishedPerHub}
            months={months}
            format={format}
            title={t('published.byHubTitle')}
            description={t('published.byHubDescription', range)}
            caption={t('published.byHubCaption')}
            seriesHeading={t('published.hub')}
            totalHeading={t('published.total')}
          />
        ) : null}
        {figures.publishedPerTopic.series.length ? (
          <MonthlyFigure
            id="published-per-topic"
            data={figures.publishedPerTopic}
            months={months}
            format={format}
            title={t('published.byTopicTitle')}
            description={t('published.byTopicDescription', range)}
            caption={t('published.byTopicCaption')}
            seriesHeading={t('published.topic')}
            totalHeading={t('published.total')}
          />
        ) : null}
        {!figures.publishedPerHub.series.length && !figures.publishedPerTopic.series.length ? <EmptyState>{t('empty')}</EmptyState> : null}
      </Section>

      <Section id="impact" title={t('impact.heading')}>
        <p className="max-w-3xl text-slate-700">{t('impact.intro')}</p>
        {figures.impactPerTopic.length ? (
          figures.impactPerTopic.map((impact) => {
            const id = `impact-${impact.type.toLowerCase().replaceAll('_', '-')}${impact.currency ? `-${impact.currency.toLowerCase()}` : ''}`
            const unitKey = metricUnits[impact.type]
            const unit = unitKey === 'currency' ? t('impact.unit.currency', { currency: impact.currency ?? '' }) : t(`impact.unit.${unitKey}`)
            const metric = tl(`metrics.${impact.type}`)
            const valueText = (value: number) => formatMetric(format, tl, impact.type, value, impact.currency)
            return (
              <ChartFigure
                key={id}
                id={id}
                title={t('impact.title', { metric, unit })}
                description={t('impact.description', { unit })}
                tableCaption={t('impact.caption', { metric, unit })}
                chart={
                  <HorizontalBarChart
                    {...chartLabelIds(id)}
                    rows={impact.rows.map((row) => ({ key: row.topicSlug, label: row.topicName, value: row.total, valueText: valueText(row.total) }))}
                  />
                }
                table={
                  <>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t('impact.topic')}
                        </th>
                        <th scope="col" className={`${thClass} text-end`}>
                          {t('impact.total')}
                        </th>
                        <th scope="col" className={`${thClass} text-end`}>
                          {t('impact.caseStudies')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {impact.rows.map((row) => (
                        <tr key={row.topicSlug}>
                          <th scope="row" className={thClass}>
                            {row.topicName}
                          </th>
                          <td className={`${tdClass} text-end`}>{valueText(row.total)}</td>
                          <td className={`${tdClass} text-end`}>{format.number(row.caseStudies)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </>
                }
              />
            )
          })
        ) : (
          <EmptyState>{t('impact.empty')}</EmptyState>
        )}
      </Section>
    </>
  )
}
