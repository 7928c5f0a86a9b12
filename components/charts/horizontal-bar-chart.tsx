// Horizontal bars, one per row, on one linear scale from 0 to the largest value: used where every
// row has the same unit (cities per hub; one metric, or one currency, per topic). Each row's label
// sits above its bar so long names need no truncation. Drawn on the server with d3-scale; the
// SVG is one image for assistive technology (its table carries the numbers).
import { scaleLinear } from 'd3-scale'

export type HorizontalBarRow = { key: string; label: string; value: number; valueText: string }

// Narrow enough that the labels stay legible when the SVG shrinks to a phone's width.
const WIDTH = 440
const BAR_MAX = 300
const ROW_HEIGHT = 44

export function HorizontalBarChart({
  rows,
  labelledBy,
  describedBy,
}: {
  rows: HorizontalBarRow[]
  labelledBy: string
  describedBy: string
}) {
  const scale = scaleLinear()
    .domain([0, Math.max(0, ...rows.map((row) => row.value)) || 1])
    .range([0, BAR_MAX])
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT)
  return (
    <svg
      role="img"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-2xl"
      fontFamily="inherit"
    >
      {rows.map((row, index) => {
        const y = index * ROW_HEIGHT
        const width = row.value > 0 ? Math.max(2, scale(row.value)) : 0
        return (
          <g key={row.key} fill="#0f172a">
            <text x={0} y={y + 14} fontSize={13} fontWeight={600}>
              {row.label}
            </text>
            <rect x={0} y={y + 20} width={width} height={16} rx={2} fill="#0b6338" />
            <text x={width + 6} y={y + 33} fontSize={12}>
              {row.valueText}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
