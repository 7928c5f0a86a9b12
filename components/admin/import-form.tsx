'use client'
// The CSV import form: preview first, then import. The report lists each problem with its line.
import { useActionState } from 'react'
import type { ImportState } from '@/lib/admin/import-csv'
import { FormStatus } from '@/components/ui/form-status'
import { SelectField } from '@/components/ui/field'

type Labels = {
  kind: string
  kinds: { cities: string; officials: string }
  file: string
  fileHint: string
  text: string
  preview: string
  apply: string
  working: string
  errorSummary: string
  /** The heading of a preview's problems: nothing was meant to be imported yet. */
  previewErrorSummary: string
  problemsHeading: string
  rowsHeading: string
  line: string
  column: string
  problem: string
}

const initial: ImportState = { status: 'idle' }

export function ImportForm({ importAction, labels, problemText }: { importAction: (state: ImportState, form: FormData) => Promise<ImportState>; labels: Labels; problemText: Record<string, string> }) {
  const [state, action, pending] = useActionState(importAction, initial)
  const report = state.status !== 'idle' ? state.report : undefined
  const describe = (code: string, value?: string) => (problemText[code] ?? problemText.invalid ?? code).replace('{value}', value ?? '')
  return (
    <div className="space-y-6">
      <form action={action} className="max-w-3xl space-y-4" noValidate>
        <div aria-live="polite">
          <FormStatus state={state.status === 'idle' ? state : { status: state.status, message: state.message }} errorHeading={state.status === 'error' ? (state.intent === 'preview' ? labels.previewErrorSummary : labels.errorSummary) : undefined} />
        </div>
        <SelectField
          name="kind"
          label={labels.kind}
          idPrefix="import"
          required
          defaultValue={report?.kind ?? 'cities'}
          options={[
            { value: 'cities', label: labels.kinds.cities },
            { value: 'officials', label: labels.kinds.officials },
          ]}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium">{labels.file}</label>
          <p id="import-file-hint" className="text-sm text-slate-600">{labels.fileHint}</p>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="import-file-hint" className="max-w-full" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-csv" className="font-medium">{labels.text}</label>
          <textarea
            id="import-csv"
            name="csv"
            rows={8}
            defaultValue={state.status !== 'idle' ? state.csv ?? '' : ''}
            key={state.status !== 'idle' ? state.csv ?? 'none' : 'idle'}
            className="w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="preview" disabled={pending} className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-70">
            {pending ? labels.working : labels.preview}
          </button>
          <button type="submit" name="intent" value="apply" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
            {pending ? labels.working : labels.apply}
          </button>
        </div>
      </form>
      {report?.errors.length ? (
        <section aria-labelledby="import-problems">
          <h2 id="import-problems" className="mb-3 text-2xl font-semibold">{labels.problemsHeading}</h2>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-start text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{labels.line}</th>
                  <th scope="col" className="p-2">{labels.column}</th>
                  <th scope="col" className="p-2">{labels.problem}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => (
                  <tr key={index} className="border-b border-slate-200">
                    <td className="p-2">{error.line}</td>
                    <td className="p-2 font-mono">{error.field ?? ''}</td>
                    <td className="p-2">{describe(error.code, error.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {report && !report.errors.length && report.rows.length && !report.applied ? (
        <section aria-labelledby="import-rows">
          <h2 id="import-rows" className="mb-3 text-2xl font-semibold">{labels.rowsHeading}</h2>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-start text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{labels.line}</th>
                  {Object.keys(report.rows[0]!.values).map((column) => (
                    <th key={column} scope="col" className="p-2 font-mono">{column}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.rows.slice(0, 200).map((row) => (
                  <tr key={row.line} className="border-b border-slate-200">
                    <td className="p-2">{row.line}</td>
                    {Object.values(row.values).map((value, index) => (
                      <td key={index} className="p-2">{value}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  )
}
