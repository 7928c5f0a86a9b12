// The original, read-only, field by field, in its own language: the left side of the editor
// and of the review view. Markdown is shown as written (translators keep its syntax).
import type { FieldSpec } from '@/lib/translations'

export function SourceView({ specs, values, lang, labels, idPrefix }: { specs: readonly FieldSpec[]; values: Record<string, string | null>; lang: string; labels: Record<string, string>; idPrefix: string }) {
  return (
    <dl className="space-y-5">
      {specs.map((spec) => {
        const value = values[spec.name]
        if (!value) return null
        return (
          <div key={spec.name} className="flex flex-col gap-1">
            <dt id={`${idPrefix}-${spec.name}`} className="font-medium text-slate-900">
              {labels[spec.name]}
            </dt>
            <dd lang={lang} className={`rounded border border-slate-300 bg-slate-50 px-3 py-2 text-slate-900 ${spec.multiline ? 'max-h-96 overflow-y-auto whitespace-pre-wrap' : ''}`} tabIndex={spec.markdown ? 0 : undefined} aria-labelledby={spec.markdown ? `${idPrefix}-${spec.name}` : undefined} role={spec.markdown ? 'region' : undefined}>
              {value}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
