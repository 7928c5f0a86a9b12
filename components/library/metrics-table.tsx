// The impact metrics of one case study as a comparable table: the public case-study page and the
// authoring views (draft, review, revision) show the same table, each with its own words.
import { Badge } from '@/components/ui/badge'

export type MetricsTableRow = {
  type: string
  label: string
  valueText: string
  baselineYear: number | null
  method: string | null
  verified: boolean
}

type Props = {
  rows: MetricsTableRow[]
  captionId: string
  /** The language of the methods, which authors write. */
  lang?: string
  className?: string
  captionClassName?: string
  minWidthClassName: string
  labels: {
    caption: string
    metric: string
    value: string
    baselineYear: string
    method: string
    verified: string
    notRecorded: string
    isVerified: string
    isNotVerified: string
  }
}

export function MetricsTable({ rows, captionId, lang, className = '', captionClassName = 'mb-2 text-start font-medium', minWidthClassName, labels }: Props) {
  return (
    <div className={`${className} overflow-x-auto`.trim()} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`w-full ${minWidthClassName} border-collapse text-start`}>
        <caption id={captionId} className={captionClassName}>
          {labels.caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pe-4">{labels.metric}</th>
            <th scope="col" className="py-2 pe-4 text-end">{labels.value}</th>
            <th scope="col" className="py-2 pe-4">{labels.baselineYear}</th>
            <th scope="col" className="py-2 pe-4">{labels.method}</th>
            <th scope="col" className="py-2">{labels.verified}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.type} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pe-4 font-semibold">{row.label}</th>
              <td className="py-2 pe-4 text-end tabular-nums">{row.valueText}</td>
              <td className="py-2 pe-4 tabular-nums">{row.baselineYear ?? labels.notRecorded}</td>
              <td lang={lang} className="py-2 pe-4 text-sm">{row.method ?? labels.notRecorded}</td>
              <td className="py-2">
                {row.verified ? <Badge tone="brand">{labels.isVerified}</Badge> : <Badge>{labels.isNotVerified}</Badge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
