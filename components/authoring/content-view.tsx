// A case study's content as written (a working copy, a revision under review): the same
// sanitising Markdown renderer as the public library, user text in its own language.
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { formatMetric, languageName } from '@/components/library/format'
import { Badge } from '@/components/ui/badge'
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
          <blockquote lang={lang} className="mt-1 max-w-3xl whitespace-pre-line border-l-4 border-slate-300 pl-4 text-slate-800">
            {content.tenderClauses}
          </blockquote>
        </div>
      ) : null}
      <div>
        <h3 className="text-lg font-semibold">{t('impact')}</h3>
        {content.metrics.length ? (
          <div className="mt-2 overflow-x-auto" role="region" aria-labelledby={`${idPrefix}-metrics-caption`} tabIndex={0}>
            <table className="w-full min-w-[36rem] border-collapse text-left">
              <caption id={`${idPrefix}-metrics-caption`} className="mb-2 text-left font-medium">
                {t('metricsCaption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">{t('columns.metric')}</th>
                  <th scope="col" className="py-2 pr-4 text-right">{t('columns.value')}</th>
                  <th scope="col" className="py-2 pr-4">{t('columns.baselineYear')}</th>
                  <th scope="col" className="py-2 pr-4">{t('columns.method')}</th>
                  <th scope="col" className="py-2">{t('columns.verified')}</th>
                </tr>
              </thead>
              <tbody>
                {content.metrics.map((metric) => (
                  <tr key={metric.type} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-4 font-semibold">{tl(`metrics.${metric.type}`)}</th>
                    <td className="py-2 pr-4 text-right tabular-nums">{formatMetric(format, tl, metric.type, Number(metric.value), metric.currency)}</td>
                    <td className="py-2 pr-4 tabular-nums">{metric.baselineYear ?? t('notGiven')}</td>
                    <td lang={lang} className="py-2 pr-4 text-sm">{metric.method ?? t('notGiven')}</td>
                    <td className="py-2">{metric.verified ? <Badge tone="brand">{tc('verified')}</Badge> : <Badge>{tc('notVerified')}</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-1 text-slate-700">{t('noMetrics')}</p>
        )}
      </div>
    </div>
  )
}
