// Each impact figure of a case study next to the median of published case studies reporting
// the same figure. Units differ between figures, so every row has its own scale (0 to the
// larger of the two): the chart compares within a row, never across rows. Drawn on the server
// with d3-scale; screen readers get the label and the data table that goes with it.
import { scaleLinear } from 'd3-scale'

export type BarChartRow = {
  key: string
  label: string
  value: number
  valueText: string
  median: number | null
  medianText: string | null
}

const WIDTH = 340
const BAR_MAX = 180
const ROW_HEIGHT = 54
const TOP = 30

export function MetricBarChart({
  rows,
  label,
  thisLabel,
  medianLabel,
}: {
  rows: BarChartRow[]
  label: string
  thisLabel: string
  medianLabel: string
}) {
  const height = TOP + rows.length * ROW_HEIGHT
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-lg" fontFamily="inherit">
      <g fontSize={10} fill="#0f172a">
        <rect x={0} y={6} width={10} height={10} fill="#0b6338" />
        <text x={14} y={15}>{thisLabel}</text>
        <rect x={150} y={6} width={10} height={10} fill="#64748b" />
        <text x={164} y={15}>{medianLabel}</text>
      </g>
      {rows.map((row, index) => {
        const y = TOP + index * ROW_HEIGHT
        const scale = scaleLinear()
          .domain([0, Math.max(row.value, row.median ?? 0) || 1])
          .range([0, BAR_MAX])
        const valueWidth = Math.max(1, scale(row.value))
        const medianWidth = row.median == null ? 0 : Math.max(1, scale(row.median))
        return (
          <g key={row.key} fill="#0f172a">
            <text x={0} y={y + 10} fontSize={11} fontWeight={600}>
              {row.label}
            </text>
            <rect x={0} y={y + 16} width={valueWidth} height={12} fill="#0b6338" />
            <text x={valueWidth + 4} y={y + 26} fontSize={10}>
              {row.valueText}
            </text>
            {row.median != null ? (
              <>
                <rect x={0} y={y + 32} width={medianWidth} height={12} fill="#64748b" />
                <text x={medianWidth + 4} y={y + 42} fontSize={10}>
                  {row.medianText}
                </text>
              </>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
