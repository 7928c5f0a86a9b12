// A case study's content as written (a working copy, a revision under review): the same
// sanitising Markdown renderer as the public library, user text in its own language. Revisions
// are JSON snapshots read by their author and reviewers only, so they are rendered here, through
// the bounded renderer (tens of milliseconds at the size limit), not stored.
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { formatMetric, languageName } from '@/components/library/format'
import { MetricsTable } from '@/components/library/metrics-table'
import type { CaseStudyContent } from '@/lib/case-studies'
import { renderMarkdown } from '@/lib/markdown/render'
import { markdownStyles } from './markdown-styles'

type Props = {
  content: CaseStudyContent
  names: { topics: Map<string, string>; coalitions: Map<string, string> }
  /** Prefix of heading ids, so two views can share a page. */
  idPrefix: string
}

export async function ContentView({ content, names, idPrefix }: Props) {
  const [t, tl, tc, format, locale] = await Promise.all([
    getTranslations('Authoring.content'),
    getTranslations('Library'),
    getTranslations('CaseStudy'),
    getFormatter(),
    getLocale(),
  ])
  const lang = content.language
  const list = (items: string[], map?: Map<string, string>) => (items.length ? items.map((item) => map?.get(item) ?? item).join(', ') : t('none'))
  const facts = [
    { label: t('language'), value: languageName(content.language, locale) },
    { label: t('startYear'), value: content.startYear ?? t('notGiven') },
    { label: t('projectStatus'), value: tl(`projectStatus.${content.projectStatus}`) },
    { label: t('topics'), value: list(content.topics, names.topics) },
    { label: t('coalitions'), value: list(content.coalitions, names.coalitions) },
    { label: t('practices'), value: content.procurementPractices.length ? content.procurementPractices.map((p) => tc(`procurementPractices.${p}`)).join(', ') : t('none') },
  ]
  return (
    <div className="space-y-6">
      <div>
        <h3 className="text-lg font-semibold">{t('summary')}</h3>
        <p lang={lang} className="mt-1 max-w-3xl whitespace-pre-line text-slate-800">
          {content.summary}
        </p>
      </div>
      <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-medium">{fact.label}</dt>
            <dd className="mb-2 sm:mb-0">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="text-lg font-semibold">{t('text')}</h3>
        <div lang={lang} className={markdownStyles} dangerouslySetInnerHTML={{ __html: renderMarkdown(content.body, { headingBase: 3 }) }} />
      </div>
      {content.tenderClauses ? (
        <div>
          <h3 className="text-lg font-semibold">{t('tenderClauses')}</h3>
          <blockquote lang={lang} className="mt-1 max-w-3xl whitespace-pre-line border-s-4 border-slate-300 ps-4 text-slate-800">
            {content.tenderClauses}
          </blockquote>
        </div>
      ) : null}
      <div>
        <h3 className="text-lg font-semibold">{t('impact')}</h3>
        {content.metrics.length ? (
          <MetricsTable
            rows={content.metrics.map((metric) => ({
              type: metric.type,
              label: tl(`metrics.${metric.type}`),
              valueText: formatMetric(format, tl, metric.type, Number(metric.value), metric.currency),
              baselineYear: metric.baselineYear,
              method: metric.method,
              verified: metric.verified,
            }))}
            captionId={`${idPrefix}-metrics-caption`}
            className="mt-2"
            minWidthClassName="min-w-[36rem]"
            lang={lang}
            labels={{
              caption: t('metricsCaption'),
              metric: t('columns.metric'),
              value: t('columns.value'),
              baselineYear: t('columns.baselineYear'),
              method: t('columns.method'),
              verified: t('columns.verified'),
              notRecorded: t('notGiven'),
              isVerified: tc('verified'),
              isNotVerified: tc('notVerified'),
            }}
          />
        ) : (
          <p className="mt-1 text-slate-700">{t('noMetrics')}</p>
        )}
      </div>
    </div>
  )
}
