// The small world map of the case-study page, drawn on the server with d3-geo from Natural
// Earth's 1:110m countries (world-atlas). The base map is the same for every city, so it is
// one cacheable SVG file; the page draws only the city's marker over it, in the same
// projection. Coordinates are rounded: at this size a tenth of a pixel is invisible.
import { geoEqualEarth, geoPath } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries110m from 'world-atlas/countries-110m.json'

export const MAP_WIDTH = 360
export const MAP_HEIGHT = 175

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>

function projection() {
  const land = feature(topology, topology.objects.land) as unknown as FeatureCollection
  return geoEqualEarth().fitExtent(
    [
      [2, 2],
      [MAP_WIDTH - 2, MAP_HEIGHT - 2],
    ],
    land,
  )
}

let cachedProjection: ReturnType<typeof projection> | undefined
const getProjection = () => (cachedProjection ??= projection())

/** Where a city sits on the map, in the map's pixel coordinates. */
export function projectCity(longitude: number, latitude: number): { x: number; y: number } | null {
  const point = getProjection()([longitude, latitude])
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null
  return { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }
}

let cachedSvg: string | undefined

/** The base map as a standalone SVG document: countries, their borders and the globe's outline. */
export function worldMapSvg(): string {
  if (cachedSvg) return cachedSvg
  const path = geoPath(getProjection()).digits(1)
  const land = path(feature(topology, topology.objects.land) as unknown as FeatureCollection) ?? ''
  const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? ''
  const outline = path({ type: 'Sphere' }) ?? ''
  cachedSvg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">` +
    `<path d="${outline}" fill="#eef6fb" stroke="#94a3b8" stroke-width="0.5"/>` +
    `<path d="${land}" fill="#cbd5c0"/>` +
    `<path d="${borders}" fill="none" stroke="#ffffff" stroke-width="0.4"/>` +
    `</svg>`
  return cachedSvg
}
