'use client'
// The case-study form: new drafts and edits. Works without JavaScript (a plain form posting to a
// server action); with it, "Show preview" renders the text through the server's sanitiser
// without saving. A failed save comes back with what was typed, field errors next to their
// inputs (aria-describedby) and a summary at the top that takes focus. An error goes away (with
// its aria-invalid and its line in the summary) as soon as its field is changed: the message
// was about the value that was sent, not about the one being typed.
import Link from 'next/link'
import { useActionState, useRef, useState, useTransition } from 'react'
import { Field, SelectField, TextAreaField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import type { MetricType } from '@/lib/generated/prisma/enums'
import { ErrorSummary, type ErrorSummaryItem } from './error-summary'
import { idleCaseStudyForm, type CaseStudyFormState, type PreviewState } from './form-state'
import { COST_METRIC, emptyMetricRow, metricFieldName, metricParts, type CaseStudyFormValues, type MetricPart } from './form-values'
import { markdownStyles } from './markdown-styles'

type Option = { value: string; label: string }

export type CaseStudyFormOptions = {
  languages: Option[]
  projectStatuses: Option[]
  topics: (Option & { parent: string | null })[]
  coalitions: Option[]
  practices: Option[]
  metrics: { type: MetricType; label: string; unit: string; partLabels: Record<MetricPart, string> }[]
}

export type CaseStudyFormLabels = Record<
  | 'aboutHeading' | 'title' | 'titleHint' | 'summary' | 'summaryHint' | 'language' | 'startYear' | 'startYearHint'
  | 'projectStatus' | 'textHeading' | 'body' | 'bodyHint' | 'preview' | 'previewing' | 'previewHeading' | 'previewHint'
  | 'previewEmpty' | 'classificationHeading' | 'topicsLegend' | 'topicsHint' | 'coalitionsLegend' | 'coalitionsHint' | 'noCoalitions'
  | 'procurementHeading' | 'procurementHint' | 'practicesLegend' | 'tenderClauses' | 'tenderClausesHint'
  | 'metricsHeading' | 'metricsHint' | 'metricValue' | 'metricCurrency' | 'metricCurrencyHint' | 'metricBaselineYear'
  | 'metricMethod' | 'submit' | 'submitting' | 'cancel' | 'errorSummary' | 'otherProblem',
  string
>

type Props = {
  /** The page's server actions: create or update, and the preview of the text. */
  save: (state: CaseStudyFormState, form: FormData) => Promise<CaseStudyFormState>
  preview: (form: FormData) => Promise<PreviewState>
  caseStudyId?: string
  /** Made by the page for this rendering: a double-clicked "create" makes one case study. */
  idempotencyKey?: string
  initial: CaseStudyFormValues
  options: CaseStudyFormOptions
  labels: CaseStudyFormLabels
  cancelHref: string
}

const ID = 'cs'
const idOf = (name: string) => `${ID}-${name}`

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(' ') || undefined
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(' ')}
    </p>
  )
}

function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
  errors,
  indentChildren,
}: {
  name: string
  legend: string
  hint?: string
  options: (Option & { parent?: string | null })[]
  checked: string[]
  errors?: string[]
  indentChildren?: boolean
}) {
  const hintId = hint ? `${idOf(name)}-hint` : undefined
  const errorId = errors?.length ? `${idOf(name)}-error` : undefined
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(hintId, errorId)}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errorId ? <FieldError id={errorId} errors={errors} /> : null}
      <ul className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <li key={option.value} className={indentChildren && option.parent ? 'sm:ps-6' : undefined}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`${idOf(name)}-${option.value}`}
                name={name}
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

function MetricInput({
  type,
  part,
  label,
  defaultValue,
  errors,
  hint,
  inputMode,
  maxLength,
  multiline,
}: {
  type: MetricType
  part: MetricPart
  label: string
  defaultValue: string
  errors?: string[]
  hint?: string
  inputMode?: 'decimal' | 'numeric'
  maxLength: number
  multiline?: boolean
}) {
  const name = metricFieldName(type, part)
  const id = idOf(name)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = errors?.length ? `${id}-error` : undefined
  const common = {
    id,
    name,
    defaultValue,
    maxLength,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId),
    className: 'w-full rounded border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700',
  }
  return (
    <div className={`flex flex-col gap-1 ${multiline ? 'sm:col-span-2 lg:col-span-4' : ''}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" inputMode={inputMode} autoComplete="off" {...common} />}
      {errorId ? <FieldError id={errorId} errors={errors} /> : null}
    </div>
  )
}

export function CaseStudyForm({ save, preview: renderPreview, caseStudyId, idempotencyKey, initial, options, labels, cancelHref }: Props) {
  const [state, formAction] = useActionState(save, idleCaseStudyForm)
  const [preview, setPreview] = useState<PreviewState>({ status: 'idle' })
  const [previewPending, startPreview] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)
  const values = state.values ?? initial
  // Fields changed since the answer came back, per answer (a new answer starts afresh).
  const [changed, setChanged] = useState<{ attempt: number | undefined; names: ReadonlySet<string> }>({ attempt: undefined, names: new Set() })
  const changedNames = changed.attempt === state.attempt ? changed.names : new Set<string>()
  const fields = Object.fromEntries(
    Object.entries(state.status === 'error' ? (state.fields ?? {}) : {}).filter(([name]) => !changedNames.has(name)),
  )
  const errors = (name: string) => fields[name]
  const markChanged = (event: React.FormEvent<HTMLFormElement>) => {
    const target = event.target as Partial<HTMLInputElement>
    const name = target.name
    if (!name || changedNames.has(name) || !(state.status === 'error' && state.fields?.[name])) return
    setChanged({ attempt: state.attempt, names: new Set([...changedNames, name]) })
  }

  const fieldLabels: Record<string, { label: string; target: string }> = {
    title: { label: labels.title, target: idOf('title') },
    summary: { label: labels.summary, target: idOf('summary') },
    body: { label: labels.body, target: idOf('body') },
    language: { label: labels.language, target: idOf('language') },
    startYear: { label: labels.startYear, target: idOf('startYear') },
    projectStatus: { label: labels.projectStatus, target: idOf('projectStatus') },
    topics: { label: labels.topicsLegend, target: `${idOf('topics')}-${options.topics[0]?.value}` },
    coalitions: { label: labels.coalitionsLegend, target: `${idOf('coalitions')}-${options.coalitions[0]?.value}` },
    procurementPractices: { label: labels.practicesLegend, target: `${idOf('procurementPractices')}-${options.practices[0]?.value}` },
    tenderClauses: { label: labels.tenderClauses, target: idOf('tenderClauses') },
  }
  for (const metric of options.metrics) {
    for (const part of metricParts) {
      fieldLabels[metricFieldName(metric.type, part)] = { label: metric.partLabels[part], target: idOf(metricFieldName(metric.type, part)) }
    }
  }
  const summaryItems: ErrorSummaryItem[] = Object.entries(fields).flatMap(([key, messages]) => {
    const known = fieldLabels[key]
    return messages.map((message, index) => ({
      key: `${key}-${index}`,
      targetId: known?.target ?? null,
      label: known?.label ?? labels.otherProblem,
      message,
    }))
  })

  const showPreview = () => {
    if (!formRef.current) return
    const form = new FormData(formRef.current)
    startPreview(async () => setPreview(await renderPreview(form)))
  }

  return (
    <form ref={formRef} key={state.attempt ?? 0} action={formAction} onInput={markChanged} onChange={markChanged} noValidate className="max-w-4xl space-y-10">
      {state.status === 'error' ? (
        <ErrorSummary heading={labels.errorSummary} message={state.message} items={summaryItems} attempt={state.attempt} />
      ) : null}
      {caseStudyId ? <input type="hidden" name="caseStudyId" value={caseStudyId} /> : null}
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}

      <section aria-labelledby="cs-about" className="space-y-5">
        <h2 id="cs-about" className="text-2xl font-semibold text-slate-900">
          {labels.aboutHeading}
        </h2>
        <Field idPrefix={ID} name="title" label={labels.title} hint={labels.titleHint} required maxLength={200} defaultValue={values.title} errors={errors('title')} />
        <TextAreaField idPrefix={ID} name="summary" label={labels.summary} hint={labels.summaryHint} required maxLength={1000} rows={4} defaultValue={values.summary} errors={errors('summary')} />
        <div className="grid gap-5 sm:grid-cols-3">
          <SelectField idPrefix={ID} name="language" label={labels.language} required options={options.languages} defaultValue={values.language} errors={errors('language')} />
          <Field idPrefix={ID} name="startYear" label={labels.startYear} hint={labels.startYearHint} maxLength={4} defaultValue={values.startYear} errors={errors('startYear')} />
          <SelectField idPrefix={ID} name="projectStatus" label={labels.projectStatus} required options={options.projectStatuses} defaultValue={values.projectStatus} errors={errors('projectStatus')} />
        </div>
      </section>

      <section aria-labelledby="cs-text" className="space-y-4">
        <h2 id="cs-text" className="text-2xl font-semibold text-slate-900">
          {labels.textHeading}
        </h2>
        <TextAreaField idPrefix={ID} name="body" label={labels.body} hint={labels.bodyHint} required maxLength={50_000} rows={16} defaultValue={values.body} errors={errors('body')} />
        <div>
          <button
            type="button"
            onClick={showPreview}
            disabled={previewPending}
            aria-disabled={previewPending}
            aria-controls="cs-preview"
            className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70"
          >
            {previewPending ? labels.previewing : labels.preview}
          </button>
        </div>
        <div id="cs-preview" aria-live="polite">
          {preview.status === 'ok' ? (
            <section aria-labelledby="cs-preview-heading" className="rounded border border-slate-300 bg-slate-50 p-4">
              <h3 id="cs-preview-heading" className="text-lg font-semibold">
                {labels.previewHeading}
              </h3>
              <p className="mb-3 text-sm text-slate-700">{labels.previewHint}</p>
              {preview.html ? (
                <div lang={values.language || undefined} className={markdownStyles} dangerouslySetInnerHTML={{ __html: preview.html }} />
              ) : (
                <p>{labels.previewEmpty}</p>
              )}
            </section>
          ) : preview.status === 'error' ? (
            <p role="alert" className="text-red-800">
              {preview.message}
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="cs-classification" className="space-y-6">
        <h2 id="cs-classification" className="text-2xl font-semibold text-slate-900">
          {labels.classificationHeading}
        </h2>
        <CheckboxGroup name="topics" legend={labels.topicsLegend} hint={labels.topicsHint} options={options.topics} checked={values.topics} errors={errors('topics')} indentChildren />
        {options.coalitions.length ? (
          <CheckboxGroup name="coalitions" legend={labels.coalitionsLegend} hint={labels.coalitionsHint} options={options.coalitions} checked={values.coalitions} errors={errors('coalitions')} />
        ) : (
          <div>
            <p className="font-medium text-slate-900">{labels.coalitionsLegend}</p>
            <p className="text-sm text-slate-600">{labels.noCoalitions}</p>
            <FieldError id={`${idOf('coalitions')}-error`} errors={errors('coalitions')} />
          </div>
        )}
      </section>

      <section aria-labelledby="cs-procurement" aria-describedby="cs-procurement-hint" className="space-y-5 rounded border border-slate-300 p-4">
        <h2 id="cs-procurement" className="text-2xl font-semibold text-slate-900">
          {labels.procurementHeading}
        </h2>
        <p id="cs-procurement-hint" className="text-slate-700">
          {labels.procurementHint}
        </p>
        <CheckboxGroup name="procurementPractices" legend={labels.practicesLegend} options={options.practices} checked={values.procurementPractices} errors={errors('procurementPractices')} />
        <TextAreaField idPrefix={ID} name="tenderClauses" label={labels.tenderClauses} hint={labels.tenderClausesHint} maxLength={5000} rows={5} defaultValue={values.tenderClauses} errors={errors('tenderClauses')} />
      </section>

      <section aria-labelledby="cs-metrics" className="space-y-5">
        <h2 id="cs-metrics" className="text-2xl font-semibold text-slate-900">
          {labels.metricsHeading}
        </h2>
        <p className="text-slate-700">{labels.metricsHint}</p>
        {options.metrics.map((metric) => {
          const row = values.metrics[metric.type] ?? emptyMetricRow()
          const rowError = (part: MetricPart) => errors(metricFieldName(metric.type, part))
          return (
            <fieldset key={metric.type} className="rounded border border-slate-300 p-4">
              <legend className="px-1 font-semibold text-slate-900">
                {metric.label} <span className="font-normal text-slate-700">({metric.unit})</span>
              </legend>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                <MetricInput type={metric.type} part="value" label={labels.metricValue} inputMode="decimal" maxLength={30} defaultValue={row.value} errors={rowError('value')} />
                {metric.type === COST_METRIC ? (
                  <MetricInput type={metric.type} part="currency" label={labels.metricCurrency} hint={labels.metricCurrencyHint} maxLength={3} defaultValue={row.currency} errors={rowError('currency')} />
                ) : null}
                <MetricInput type={metric.type} part="baselineYear" label={labels.metricBaselineYear} inputMode="numeric" maxLength={4} defaultValue={row.baselineYear} errors={rowError('baselineYear')} />
                <MetricInput type={metric.type} part="method" label={labels.metricMethod} maxLength={500} multiline defaultValue={row.method} errors={rowError('method')} />
              </div>
            </fieldset>
          )
        })}
      </section>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
        <Link href={cancelHref}>{labels.cancel}</Link>
      </div>
    </form>
  )
}
