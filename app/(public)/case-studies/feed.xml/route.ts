// GET /case-studies/feed.xml — Atom feed of the newest published case studies.
import { apiRoute, PUBLIC_CACHE } from '@/lib/api/handler'
import { buildAtomFeed } from '@/lib/library/feed'

export const GET = apiRoute(async () =>
  new Response(await buildAtomFeed(), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  }),
)
