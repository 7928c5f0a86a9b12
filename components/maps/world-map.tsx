// A city on a small world map. The base map is one cached SVG file drawn on the server
// (/case-studies/world-map.svg); this component adds the city's marker in the same projection,
// so the page carries a few hundred bytes instead of the world's coastlines.
import { MAP_HEIGHT, MAP_WIDTH, projectCity } from '@/lib/library/world-map'

export function WorldMap({ longitude, latitude, label }: { longitude: number; latitude: number; label: string }) {
  const point = projectCity(longitude, latitude)
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className="h-auto w-full max-w-xl rounded border border-slate-200 bg-white"
    >
      <image href="/case-studies/world-map.svg" width={MAP_WIDTH} height={MAP_HEIGHT} />
      {point ? (
        <g>
          <circle cx={point.x} cy={point.y} r={7} fill="#b45309" fillOpacity={0.25} />
          <circle cx={point.x} cy={point.y} r={3.2} fill="#b45309" stroke="#ffffff" strokeWidth={1} />
        </g>
      ) : null}
    </svg>
  )
}
