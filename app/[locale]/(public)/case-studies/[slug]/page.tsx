// /case-studies/[slug] — one published case study. Anything not PUBLISHED answers 404, so a
// draft's URL reveals nothing. User text keeps its own language (lang attributes); the body is
// sanitised Markdown. Signed-in officials of other cities also get "ask for an introduction",
// in its own streamed component (components/messaging/introduction-panel.tsx) so anonymous
// visitors cost nothing more. In a language the case study is translated into, the translated
// fields are shown with their mark (lib/translations/state.ts decides which; `?original=1` shows
// the original): one more indexed query.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { cache, Suspense } from 'react'
import { MetricBarChart } from '@/components/charts/metric-bar-chart'
import { formatMetric, languageName } from '@/components/library/format'
import { JsonLd } from '@/components/library/json-ld'
import { IntroductionPanel } from '@/components/messaging/introduction-panel'
import { CaseStudyFiles, CoverImage } from '@/components/library/case-study-files'
import { MarkdownBody } from '@/components/library/markdown-body'
import { CASE_STUDY_HEADING_BASE, htmlOfStored } from '@/lib/markdown/stored'
import { renderMarkdown } from '@/lib/markdown/render'
import { ResultCard } from '@/components/library/result-card'
import { WorldMap } from '@/components/maps/world-map'
import { Badge } from '@/components/ui/badge'
import { EmptyState, Section } from '@/components/ui/section'
import { countryName } from '@/lib/i18n/format'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'
import { localeUrl } from '@/lib/i18n/paths'
import { findPublishedCaseStudy, getNetworkMedians, listRelated } from '@/lib/library/case-study'
import { imagePath, scaledSize } from '@/lib/library/images'
import { caseStudyJsonLd } from '@/lib/library/json-ld'
import { siteUrl } from '@/lib/site-url'
import { metricNumber, metricOrder } from '@/lib/library/metrics'
import { SlugSchema } from '@/lib/validation/common'
import { MetricsTable } from '@/components/library/metrics-table'
import { TranslationMark, wantsOriginal } from '@/components/translations/translation-mark'
import { findReaderTranslation } from '@/lib/translations/reader'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const loadCaseStudy = cache(async (slug: string) => {
  const parsed = SlugSchema.safeParse(slug)
  return parsed.success ? findPublishedCaseStudy(parsed.data) : null
})

const loadTranslation = cache(async (slug: string) => {
  const caseStudy = await loadCaseStudy(slug)
  if (!caseStudy) return null
  const { title, summary, body, tenderClauses } = caseStudy
  return findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: caseStudy.language, source: { title, summary, body, tenderClauses } }, await getLocale())
})

/** The text shown: the translation's fields over the source's, unless the original is asked for. */
async function shownText(slug: string, query: Record<string, string | string[] | undefined>) {
  const caseStudy = (await loadCaseStudy(slug))!
  const translation = await loadTranslation(slug)
  const showingOriginal = !translation || wantsOriginal(query)
  const fields = translation && !showingOriginal ? translation.fields : {}
  return {
    translation,
    showingOriginal,
    lang: showingOriginal ? caseStudy.language : translation.language,
    title: fields.title ?? caseStudy.title,
    summary: fields.summary ?? caseStudy.summary,
    body: fields.body ?? caseStudy.body,
    tenderClauses: caseStudy.tenderClauses ? (fields.tenderClauses ?? caseStudy.tenderClauses) : null,
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params
  const caseStudy = await loadCaseStudy(slug)
  if (!caseStudy) notFound()
  const text = await shownText(slug, await searchParams)
  const alternates = await pageAlternates(`/case-studies/${caseStudy.slug}`)
  const url = alternates.canonical
  const cover = caseStudy.coverImage
  return {
    title: text.title,
    description: text.summary,
    alternates,
    openGraph: {
      type: 'article',
      url,
      title: text.title,
      description: text.summary,
      siteName: 'Circulars Portal',
      locale: text.lang,
      publishedTime: caseStudy.publishedAt?.toISOString(),
      modifiedTime: caseStudy.updatedAt.toISOString(),
      tags: caseStudy.topics.map(({ topic }) => topic.name),
      ...(cover
        ? {
            images: [
              {
                url: `${siteUrl()}${imagePath(cover.id, 1280)}`,
                type: 'image/webp',
                ...scaledSize(cover.width, cover.height, 1280),
                alt: cover.altText ?? caseStudy.title,
              },
            ],
          }
        : {}),
    },
    ...(cover ? { twitter: { card: 'summary_large_image' } } : {}),
  }
}

export default async function CaseStudyPage({ params, searchParams }: Props) {
  const { slug } = await params
  const caseStudy = await loadCaseStudy(slug)
  if (!caseStudy) notFound()
  const [text, t, tl, format, locale, related, medians] = await Promise.all([
    shownText(slug, await searchParams),
    getTranslations('CaseStudy'),
    getTranslations('Library'),
    getFormatter(),
    getLocale(),
    listRelated(caseStudy.id, 3),
    getNetworkMedians(),
  ])
  const lp = await getLocalePath()
  const { city } = caseStudy
  const country = countryName(city.countryCode, locale)
  const lang = caseStudy.language
  const textLang = text.lang
  const metrics = [...caseStudy.metrics].sort((a, b) => metricOrder.indexOf(a.type) - metricOrder.indexOf(b.type))
  const chartRows = metrics.map((metric) => {
    const value = metricNumber(metric.value)
    const currency = metric.currency?.trim() ?? null
    const median = medians.find((m) => m.type === metric.type && m.currency === currency)
    return {
      key: `${metric.type}-${currency ?? ''}`,
      label: tl(`metrics.${metric.type}`),
      value,
      valueText: formatMetric(format, tl, metric.type, value, currency),
      median: median?.median ?? null,
      medianText: median ? formatMetric(format, tl, metric.type, median.median, currency) : null,
      reporting: median?.count ?? 0,
    }
  })
  const facts: { label: string; value: React.ReactNode }[] = [
    {
      label: t('city'),
      value: (
        <>
          <Link href={lp(`/cities/${city.slug}`)}>{city.name}</Link>, {country}
        </>
      ),
    },
    {
      label: t('hubs'),
      value: city.hubMemberships.length
        ? city.hubMemberships.map(({ hub }, index) => (
            <span key={hub.slug}>
              {index > 0 ? ', ' : null}
              <Link href={lp(`/hubs/${hub.slug}`)}>{hub.name}</Link>
            </span>
          ))
        : t('none'),
    },
    {
      label: t('topics'),
      value: caseStudy.topics.length
        ? caseStudy.topics.map(({ topic }, index) => (
            <span key={topic.slug}>
              {index > 0 ? ', ' : null}
              <Link href={lp(`/case-studies?topic=${topic.slug}`)}>{topic.name}</Link>
            </span>
          ))
        : t('none'),
    },
    {
      label: t('coalitions'),
      value: caseStudy.coalitions.length
        ? caseStudy.coalitions.map(({ coalition }, index) => (
            <span key={coalition.slug}>
              {index > 0 ? ', ' : null}
              <Link href={lp(`/coalitions/${coalition.slug}`)}>{coalition.name}</Link>
            </span>
          ))
        : t('none'),
    },
    { label: t('startYear'), value: caseStudy.startYear ?? t('notRecorded') },
    { label: t('status'), value: tl(`projectStatus.${caseStudy.projectStatus}`) },
    { label: t('language'), value: languageName(lang, locale) },
    ...(caseStudy.publishedAt
      ? [{ label: t('published'), value: format.dateTime(caseStudy.publishedAt, { dateStyle: 'long' }) }]
      : []),
    ...(caseStudy.procurementPractices.length
      ? [{ label: t('practices'), value: caseStudy.procurementPractices.map((p) => t(`procurementPractices.${p}`)).join(', ') }]
      : []),
  ]

  return (
    <>
      <JsonLd data={caseStudyJsonLd(caseStudy, localeUrl(siteUrl(), locale, `/case-studies/${caseStudy.slug}`))} />
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href={lp('/case-studies')}>{t('backToLibrary')}</Link>
      </nav>
      <header className="mb-8 space-y-4">
        <div className="flex flex-wrap gap-2">
          {caseStudy.isSample ? <Badge tone="amber">{tl('sample')}</Badge> : null}
          <Badge tone="brand">{tl(`projectStatus.${caseStudy.projectStatus}`)}</Badge>
        </div>
        <h1 lang={textLang} className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          {text.title}
        </h1>
        {text.translation ? <TranslationMark translation={text.translation} showingOriginal={text.showingOriginal} /> : null}
        {caseStudy.reviewHub ? (
          <p className="inline-flex items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm font-medium text-brand-900">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              <path d="M8 13.2 4.8 10l-1.1 1.1L8 15.4l8.3-8.3-1.1-1.1z" />
            </svg>
            <span>{t('reviewedBy', { hub: caseStudy.reviewHub.name })}</span>
          </p>
        ) : null}
        <p lang={textLang} className="max-w-3xl text-lg text-slate-800">
          {text.summary}
        </p>
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 text-slate-800 sm:grid-cols-[auto_1fr]">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-medium">{fact.label}</dt>
              <dd className="mb-2 sm:mb-0">{fact.value}</dd>
            </div>
          ))}
        </dl>
      </header>

      <CoverImage caseStudy={caseStudy} />

      <article aria-label={t('textHeading')}>
        <MarkdownBody
          html={text.showingOriginal || text.body === caseStudy.body ? htmlOfStored('caseStudy', caseStudy) : renderMarkdown(text.body, { headingBase: CASE_STUDY_HEADING_BASE })}
          lang={textLang}
        />
      </article>

      <CaseStudyFiles caseStudy={caseStudy} />

      {text.tenderClauses ? (
        <Section id="tender" title={t('tenderHeading')}>
          <blockquote lang={textLang} className="max-w-3xl border-s-4 border-slate-300 ps-4 whitespace-pre-line text-slate-800">
            {text.tenderClauses}
          </blockquote>
        </Section>
      ) : null}

      <Section id="impact" title={t('impactHeading')}>
        {metrics.length ? (
          <div className="space-y-8">
            <MetricsTable
              rows={metrics.map((metric, index) => ({
                type: metric.type,
                label: tl(`metrics.${metric.type}`),
                valueText: chartRows[index]!.valueText,
                baselineYear: metric.baselineYear,
                method: metric.method,
                verified: metric.verified,
              }))}
              captionId="metrics-caption"
              captionClassName="mb-2 text-start font-medium text-slate-900"
              minWidthClassName="min-w-[40rem]"
              lang={lang}
              labels={{
                caption: t('metricsCaption'),
                metric: t('columns.metric'),
                value: t('columns.value'),
                baselineYear: t('columns.baselineYear'),
                method: t('columns.method'),
                verified: t('columns.verified'),
                notRecorded: t('notRecorded'),
                isVerified: t('verified'),
                isNotVerified: t('notVerified'),
              }}
            />
            <figure className="space-y-3">
              <MetricBarChart rows={chartRows} label={t('chartLabel')} thisLabel={t('chartThis')} medianLabel={t('chartMedian')} />
              <details>
                <summary className="cursor-pointer font-medium text-brand-800">{t('chartDataSummary')}</summary>
                <div className="mt-2 overflow-x-auto" role="region" aria-labelledby="chart-caption" tabIndex={0}>
                  <table className="w-full min-w-[32rem] border-collapse text-start text-sm">
                    <caption id="chart-caption" className="mb-2 text-start font-medium">
                      {t('chartCaption')}
                    </caption>
                    <thead>
                      <tr className="border-b-2 border-slate-300">
                        <th scope="col" className="py-1 pe-4">{t('chartColumns.metric')}</th>
                        <th scope="col" className="py-1 pe-4 text-end">{t('chartColumns.this')}</th>
                        <th scope="col" className="py-1 pe-4 text-end">{t('chartColumns.median')}</th>
                        <th scope="col" className="py-1 text-end">{t('chartColumns.reporting')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {chartRows.map((row) => (
                        <tr key={row.key} className="border-b border-slate-200">
                          <th scope="row" className="py-1 pe-4 font-medium">{row.label}</th>
                          <td className="py-1 pe-4 text-end tabular-nums">{row.valueText}</td>
                          <td className="py-1 pe-4 text-end tabular-nums">{row.medianText ?? '—'}</td>
                          <td className="py-1 text-end tabular-nums">{format.number(row.reporting)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </figure>
          </div>
        ) : (
          <EmptyState>{t('noMetrics')}</EmptyState>
        )}
      </Section>

      <Suspense fallback={null}>
        <IntroductionPanel caseStudy={{ id: caseStudy.id, slug: caseStudy.slug, cityName: city.name }} />
      </Suspense>

      <Section id="location" title={t('locationHeading')}>
        <WorldMap longitude={city.longitude} latitude={city.latitude} label={t('mapLabel', { city: city.name, country })} />
        <p className="mt-2 text-sm text-slate-700 tabular-nums">
          {t('coordinates', {
            lat: format.number(city.latitude, { maximumFractionDigits: 4 }),
            lng: format.number(city.longitude, { maximumFractionDigits: 4 }),
          })}
        </p>
      </Section>

      <Section id="related" title={t('relatedHeading')}>
        {related.length ? (
          <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {related.map((item) => (
              <li key={item.id}>
                <ResultCard caseStudy={item} compare={false} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('noRelated')}</EmptyState>
        )}
      </Section>
    </>
  )
}
