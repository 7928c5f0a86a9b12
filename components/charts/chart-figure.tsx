// One chart as the figures page shows it: a heading (the chart's name), a sentence saying what it
// shows (its description), the SVG (role="img", named and described by those two), and the same
// numbers in a real table. Wide tables scroll inside a focusable region so a keyboard can reach
// every column at phone width.
export function ChartFigure({
  id,
  title,
  description,
  tableCaption,
  chart,
  table,
}: {
  id: string
  title: string
  description: string
  tableCaption: string
  /** Rendered with `chartLabelIds(id)` as its aria-labelledby / aria-describedby. */
  chart: React.ReactNode
  /** The <thead> and <tbody> of the data table. */
  table: React.ReactNode
}) {
  const ids = chartLabelIds(id)
  return (
    <section aria-labelledby={ids.labelledBy} className="mt-8 space-y-3 rounded-lg border border-slate-200 p-4">
      <h3 id={ids.labelledBy} className="text-xl font-semibold text-slate-900">
        {title}
      </h3>
      <p id={ids.describedBy} className="max-w-3xl text-slate-700">
        {description}
      </p>
      {chart}
      <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
        <table className="w-full min-w-max border-collapse text-start text-sm">
          <caption id={`${id}-caption`} className="mb-2 text-start font-medium text-slate-800">
            {tableCaption}
          </caption>
          {table}
        </table>
      </div>
    </section>
  )
}

export function chartLabelIds(id: string) {
  return { labelledBy: `${id}-title`, describedBy: `${id}-desc` }
}

export const thClass = 'border-b border-slate-300 px-2 py-1 font-semibold'
export const tdClass = 'border-b border-slate-200 px-2 py-1 tabular-nums'
