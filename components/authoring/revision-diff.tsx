// The differences between two revisions (lib/case-studies/diff-revisions.ts), readable without
// colour: insertions are <ins> (underlined) and deletions <del> (struck through), each with a
// visible "added"/"removed" label that screen readers announce too.
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { formatMetric, languageName } from '@/components/library/format'
import type { FieldDiff, RevisionDiff } from '@/lib/case-studies'
import type { ContentMetric } from '@/lib/case-studies'

type Props = {
  diff: RevisionDiff
  names: { topics: Map<string, string>; coalitions: Map<string, string> }
  headingLevel?: 2 | 3
  /** Overrides the "Changes from revision X to revision Y" heading. */
  heading?: string
  idPrefix: string
}

const insClass = 'bg-green-50 text-green-950 underline decoration-2 underline-offset-2'
const delClass = 'bg-red-50 text-red-950 line-through decoration-2'
const tagClass = 'me-1 rounded border border-current px-1 text-xs font-semibold uppercase no-underline'

export async function RevisionDiffView({ diff, names, headingLevel = 2, heading, idPrefix }: Props) {
  const [t, tl, tc, format, locale] = await Promise.all([
    getTranslations('Authoring.diff'),
    getTranslations('Library'),
    getTranslations('CaseStudy'),
    getFormatter(),
    getLocale(),
  ])
  const Heading = `h${headingLevel}` as 'h2' | 'h3'
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4'
  const headingId = `${idPrefix}-diff`

  const added = (children: React.ReactNode, key?: React.Key) => (
    <ins key={key} className={insClass}>
      <span className={tagClass}>{t('added')}</span>
      {children}
    </ins>
  )
  const removed = (children: React.ReactNode, key?: React.Key) => (
    <del key={key} className={delClass}>
      <span className={tagClass}>{t('removed')}</span>
      {children}
    </del>
  )

  const scalar = (field: 'language' | 'startYear' | 'projectStatus', value: string | number | null) => {
    if (value === null || value === '') return t('empty')
    if (field === 'language') return languageName(String(value), locale)
    if (field === 'projectStatus') return tl(`projectStatus.${value as 'PLANNED' | 'ONGOING' | 'COMPLETED'}`)
    return String(value)
  }
  const setItem = (field: 'topics' | 'coalitions' | 'procurementPractices', value: string) => {
    if (field === 'topics') return names.topics.get(value) ?? value
    if (field === 'coalitions') return names.coalitions.get(value) ?? value
    return tc(`procurementPractices.${value as 'LIFECYCLE_COSTING'}`)
  }
  const metricText = (metric: ContentMetric) =>
    t('metricDetails', {
      value: formatMetric(format, tl, metric.type, Number(metric.value), metric.currency),
      year: metric.baselineYear === null ? t('empty') : String(metric.baselineYear),
      method: metric.method ?? t('empty'),
    })

  const render = (change: FieldDiff) => {
    switch (change.kind) {
      case 'text':
        return (
          <div className="max-w-3xl whitespace-pre-wrap break-words rounded border border-slate-200 p-3 leading-relaxed">
            {change.parts.map((part, index) =>
              part.added ? added(part.value, index) : part.removed ? removed(part.value, index) : <span key={index}>{part.value}</span>,
            )}
          </div>
        )
      case 'value':
        return (
          <p>
            {removed(scalar(change.field, change.from))} <span aria-hidden="true">→</span> {added(scalar(change.field, change.to))}
          </p>
        )
      case 'set':
        return (
          <ul className="space-y-1">
            {change.added.map((item) => (
              <li key={`+${item}`}>
                {added(setItem(change.field, item))}
              </li>
            ))}
            {change.removed.map((item) => (
              <li key={`-${item}`}>
                {removed(setItem(change.field, item))}
              </li>
            ))}
          </ul>
        )
      case 'metrics':
        return (
          <ul className="space-y-2">
            {change.added.map((metric) => (
              <li key={`+${metric.type}`}>
                {added(t('metricAdded', { metric: tl(`metrics.${metric.type}`), value: metricText(metric) }))}
              </li>
            ))}
            {change.removed.map((metric) => (
              <li key={`-${metric.type}`}>
                {removed(t('metricRemoved', { metric: tl(`metrics.${metric.type}`), value: metricText(metric) }))}
              </li>
            ))}
            {change.changed.map((metric) => (
              <li key={`~${metric.type}`}>
                <span className="font-medium">{tl(`metrics.${metric.type}`)}: </span>
                {removed(metricText(metric.from))} <span aria-hidden="true">→</span> {added(metricText(metric.to))}
              </li>
            ))}
          </ul>
        )
    }
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading id={headingId} className={headingLevel === 2 ? 'text-2xl font-semibold' : 'text-xl font-semibold'}>
        {heading ?? t('heading', { from: String(diff.from.number), to: String(diff.to.number) })}
      </Heading>
      <p className="text-sm text-slate-700">{t('legend')}</p>
      {diff.changes.length ? (
        diff.changes.map((change) => (
          <div key={change.field} className="space-y-2">
            <SubHeading className="font-semibold">{t(`fields.${change.field}`)}</SubHeading>
            {render(change)}
          </div>
        ))
      ) : (
        <p>{t('noChanges')}</p>
      )}
    </section>
  )
}
