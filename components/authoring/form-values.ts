// The case-study form as the browser posts it, and its conversions: FormData → values (all
// strings, so a failed save can put back exactly what was typed), stored content → values (the
// form's defaults), values → the input of createCaseStudy / updateCaseStudy, and a validation
// issue's path → the form field it belongs to.
//
// Decisions:
// - Impact metrics are one row per metric type; a row whose inputs are all empty is ignored,
//   a row with anything typed in it is sent whole (so "a method without a value" is an error
//   on the value, not silently dropped).
// - Every input of a metric row is named `metric-<TYPE>-<part>`, and field errors use the same
//   names, so an error is tied to the input that caused it (the services report nested errors
//   only under "metrics"; the action validates first with the same schema to keep the row).
// Pure: used by server actions and by the client form (types only there).
import type { MetricType } from '@/lib/generated/prisma/enums'
import { MetricType as MetricTypes } from '@/lib/generated/prisma/enums'

export const metricTypes = Object.keys(MetricTypes) as MetricType[]
export const COST_METRIC: MetricType = 'COST_SAVED_PER_YEAR'

export const metricParts = ['value', 'currency', 'baselineYear', 'method'] as const
export type MetricPart = (typeof metricParts)[number]
export type MetricRowValues = Record<MetricPart, string>

export type CaseStudyFormValues = {
  title: string
  summary: string
  body: string
  language: string
  startYear: string
  projectStatus: string
  topics: string[]
  coalitions: string[]
  procurementPractices: string[]
  tenderClauses: string
  metrics: Partial<Record<MetricType, MetricRowValues>>
}

/** The name (and error key) of one input of a metric row. */
export const metricFieldName = (type: MetricType, part: MetricPart) => `metric-${type}-${part}`

const MAX_FIELD_CHARS = 60_000

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value.slice(0, MAX_FIELD_CHARS) : ''
}

const list = (form: FormData, name: string): string[] =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string')
    .slice(0, 50)
    .map((value) => value.slice(0, 200))

export const emptyMetricRow = (): MetricRowValues => ({ value: '', currency: '', baselineYear: '', method: '' })

export function isEmptyMetricRow(row: MetricRowValues | undefined): boolean {
  return !row || metricParts.every((part) => row[part].trim() === '')
}

export function valuesFromFormData(form: FormData): CaseStudyFormValues {
  const metrics: CaseStudyFormValues['metrics'] = {}
  for (const type of metricTypes) {
    const row = Object.fromEntries(metricParts.map((part) => [part, text(form, metricFieldName(type, part))])) as MetricRowValues
    if (type !== COST_METRIC) row.currency = ''
    if (!isEmptyMetricRow(row)) metrics[type] = row
  }
  return {
    title: text(form, 'title'),
    summary: text(form, 'summary'),
    body: text(form, 'body'),
    language: text(form, 'language'),
    startYear: text(form, 'startYear'),
    projectStatus: text(form, 'projectStatus'),
    topics: list(form, 'topics'),
    coalitions: list(form, 'coalitions'),
    procurementPractices: list(form, 'procurementPractices'),
    tenderClauses: text(form, 'tenderClauses'),
    metrics,
  }
}

/** What the services store (lib/case-studies/content.ts `CaseStudyContent`), as form defaults. */
export type StoredContentLike = {
  title: string
  summary: string
  body: string
  language: string
  startYear: number | null
  projectStatus: string
  topics: string[]
  coalitions: string[]
  procurementPractices: string[]
  tenderClauses: string | null
  metrics: { type: MetricType; value: string; currency: string | null; baselineYear: number | null; method: string | null }[]
}

export function valuesFromContent(content: StoredContentLike): CaseStudyFormValues {
  const metrics: CaseStudyFormValues['metrics'] = {}
  for (const metric of content.metrics) {
    metrics[metric.type] = {
      value: metric.value,
      currency: metric.currency ?? '',
      baselineYear: metric.baselineYear === null ? '' : String(metric.baselineYear),
      method: metric.method ?? '',
    }
  }
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    language: content.language,
    startYear: content.startYear === null ? '' : String(content.startYear),
    projectStatus: content.projectStatus,
    topics: [...content.topics],
    coalitions: [...content.coalitions],
    procurementPractices: [...content.procurementPractices],
    tenderClauses: content.tenderClauses ?? '',
    metrics,
  }
}

export const emptyFormValues = (language = 'en'): CaseStudyFormValues => ({
  title: '',
  summary: '',
  body: '',
  language,
  startYear: '',
  projectStatus: 'ONGOING',
  topics: [],
  coalitions: [],
  procurementPractices: [],
  tenderClauses: '',
  metrics: {},
})

/** The metric types of the rows that are sent, in the order they are sent. */
export const sentMetricTypes = (values: CaseStudyFormValues): MetricType[] =>
  metricTypes.filter((type) => !isEmptyMetricRow(values.metrics[type]))

/** The content input of createCaseStudy / updateCaseStudy (validated by the services). */
export function inputFromValues(values: CaseStudyFormValues) {
  return {
    title: values.title,
    summary: values.summary,
    body: values.body,
    language: values.language,
    startYear: values.startYear,
    projectStatus: values.projectStatus,
    topics: values.topics,
    coalitions: values.coalitions,
    procurementPractices: values.procurementPractices,
    tenderClauses: values.tenderClauses,
    metrics: sentMetricTypes(values).map((type) => {
      const row = values.metrics[type]!
      return {
        type,
        value: row.value,
        ...(type === COST_METRIC ? { currency: row.currency } : {}),
        baselineYear: row.baselineYear,
        method: row.method,
      }
    }),
  }
}

/**
 * The form field an issue of CaseStudyContentSchema belongs to: `metrics[i].value` becomes
 * `metric-<TYPE>-value` (the i-th sent row), list items their list, anything else its field.
 */
export function fieldOfIssuePath(path: readonly PropertyKey[], sentTypes: MetricType[]): string {
  const [field, index, part] = path
  if (field === 'metrics' && typeof index === 'number') {
    const type = sentTypes[index]
    const metricPart = metricParts.includes(part as MetricPart) ? (part as MetricPart) : 'value'
    if (type) return metricFieldName(type, metricPart)
  }
  return typeof field === 'string' ? field : 'form'
}
