// The original (or a translation), read-only, field by field, in its own language: the left side
// of the editor and both sides of the review view. Markdown is shown as written (translators keep
// its syntax); long texts scroll in a focusable region.
import type { FieldSpec } from '@/lib/translations'

export function SourceView({ specs, values, lang, labels, idPrefix }: { specs: readonly FieldSpec[]; values: Record<string, string | null>; lang: string; labels: Record<string, string>; idPrefix: string }) {
  return (
    <div className="space-y-5">
      {specs.map((spec) => {
        const value = values[spec.name]
        if (!value) return null
        const labelId = `${idPrefix}-${spec.name}`
        return (
          <div key={spec.name} className="flex flex-col gap-1">
            <h3 id={labelId} className="font-medium text-slate-900">
              {labels[spec.name]}
            </h3>
            {spec.multiline ? (
              <div lang={lang} role="region" aria-labelledby={labelId} tabIndex={0} className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded border border-slate-300 bg-slate-50 px-3 py-2 text-slate-900">
                {value}
              </div>
            ) : (
              <p lang={lang} className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-slate-900">
                {value}
              </p>
            )}
          </div>
        )
      })}
    </div>
  )
}
