// The network at a glance: member cities on a world map, coloured by hub. Drawn on the server
// over the cached base map (no tiles, works offline); every city is a link with a spoken label,
// reachable by keyboard, and the legend names the colours.
import type { Locale } from '@/lib/i18n/config'
import { countryName } from '@/lib/i18n/format'
import { localePath } from '@/lib/i18n/paths'
import { MAP_HEIGHT, MAP_WIDTH, projectCity } from '@/lib/library/world-map'
import type { MapCity } from '@/lib/network/map'

// Hub colours, each with at least 3:1 contrast against the map (WCAG 1.4.11).
const HUB_COLOURS: Record<string, string> = {
  africa: '#b45309',
  china: '#b91c1c',
  usa: '#1d4ed8',
  'south-america': '#6d28d9',
}
const FALLBACK_COLOUR = '#334155'

export function hubColour(slug: string | undefined) {
  return (slug && HUB_COLOURS[slug]) || FALLBACK_COLOUR
}

type Props = {
  cities: MapCity[]
  hubs: { slug: string; name: string }[]
  locale: Locale
  label: string
  legendLabel: string
}

export function NetworkMap({ cities, hubs, locale, label, legendLabel }: Props) {
  return (
    <figure className="space-y-3">
      <svg
        role="group"
        aria-label={label}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="network-map h-auto w-full rounded border border-slate-200 bg-white"
      >
        <image href="/case-studies/world-map.svg" width={MAP_WIDTH} height={MAP_HEIGHT} aria-hidden="true" />
        {cities.map((city) => {
          const point = projectCity(city.longitude, city.latitude)
          if (!point) return null
          const hubNames = city.hubs.map((hub) => hub.name).join(', ')
          return (
            <a key={city.slug} href={localePath(locale, `/cities/${city.slug}`)} aria-label={`${city.name}, ${countryName(city.countryCode, locale)} — ${hubNames}`}>
              <title>{`${city.name} — ${hubNames}`}</title>
              {/* The tap target: at least 24 CSS pixels across at every width (WCAG 2.5.8). The map is
                  360 units wide, so its radius in units grows as the map is drawn smaller. */}
              <circle cx={point.x} cy={point.y} r={16} fill="transparent" className="map-hit [r:16px] sm:[r:8px] lg:[r:5px]" />
              <circle cx={point.x} cy={point.y} r={3} fill={hubColour(city.hubs[0]?.slug)} stroke="#ffffff" strokeWidth={0.8} className="map-dot" />
            </a>
          )
        })}
      </svg>
      <figcaption>
        <span className="sr-only">{legendLabel}</span>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800" aria-label={legendLabel}>
          {hubs.map((hub) => (
            <li key={hub.slug} className="flex items-center gap-2">
              <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                <circle cx="6" cy="6" r="5" fill={hubColour(hub.slug)} />
              </svg>
              {hub.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
