// GET /case-studies/world-map.svg — the base world map of case-study pages, drawn once at
// build time with d3-geo and served as a static, long-cached file.
import { worldMapSvg } from '@/lib/library/world-map'

export const dynamic = 'force-static'

export function GET() {
  return new Response(worldMapSvg(), {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
