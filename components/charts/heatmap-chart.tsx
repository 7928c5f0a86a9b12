// A grid of counts: one row per series (hub, topic), one column per month. Each cell is shaded by
// its count relative to the largest and also shows the number, so the chart reads without
// colour; the text colour is whichever of dark or white contrasts more with the cell. Plain
// computed SVG, drawn on the server. Twelve columns do not shrink legibly to a phone's width, so
// the grid keeps a minimum width and scrolls sideways in a focusable container.
export type HeatmapRow = { key: string; label: string; values: number[] }
export type HeatmapColumn = { key: string; label: string; subLabel?: string }

const LABEL_WIDTH = 200
const CELL = 38
const GAP = 2
const HEADER = 36
const MAX_LABEL = 28
const MIN_WIDTH = 560

const LIGHT = [0xe8, 0xf3, 0xed]
const DARK = [0x0b, 0x63, 0x38]

function shade(intensity: number): { fill: string; text: string } {
  const rgb = LIGHT.map((from, i) => Math.round(from + (DARK[i]! - from) * intensity))
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  return { fill: `rgb(${rgb.join(',')})`, text: luminance > 0.179 ? '#0f172a' : '#ffffff' }
}

const truncate = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label)

export function HeatmapChart({
  rows,
  columns,
  formatValue,
  labelledBy,
  describedBy,
}: {
  rows: HeatmapRow[]
  columns: HeatmapColumn[]
  formatValue: (value: number) => string
  labelledBy: string
  describedBy: string
}) {
  const max = Math.max(0, ...rows.flatMap((row) => row.values))
  const width = LABEL_WIDTH + columns.length * (CELL + GAP)
  const height = HEADER + Math.max(1, rows.length) * (CELL + GAP)
  return (
    <div role="group" aria-labelledby={labelledBy} tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
      <svg
        role="img"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-4xl"
        style={{ minWidth: MIN_WIDTH }}
        fontFamily="inherit"
      >
        <g fontSize={11} fill="#0f172a" textAnchor="middle">
          {columns.map((column, index) => {
            const x = LABEL_WIDTH + index * (CELL + GAP) + CELL / 2
            return (
              <g key={column.key}>
                <text x={x} y={14}>
                  {column.label}
                </text>
                {column.subLabel ? (
                  <text x={x} y={28} fontSize={10}>
                    {column.subLabel}
                  </text>
                ) : null}
              </g>
            )
          })}
        </g>
        {rows.map((row, rowIndex) => {
          const y = HEADER + rowIndex * (CELL + GAP)
          return (
            <g key={row.key}>
              <text x={0} y={y + CELL / 2 + 4} fontSize={12} fill="#0f172a">
                {truncate(row.label)}
              </text>
              {row.values.map((value, index) => {
                const colours = value > 0 ? shade(max ? 0.15 + 0.85 * (value / max) : 0) : { fill: '#f8fafc', text: '#334155' }
                const x = LABEL_WIDTH + index * (CELL + GAP)
                return (
                  <g key={columns[index]?.key ?? index}>
                    <rect x={x} y={y} width={CELL} height={CELL} rx={3} fill={colours.fill} stroke="#cbd5e1" strokeWidth={value > 0 ? 0 : 1} />
                    <text x={x + CELL / 2} y={y + CELL / 2 + 4} fontSize={12} textAnchor="middle" fill={colours.text}>
                      {formatValue(value)}
                    </text>
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
    </div>
  )
}
