// GET /[locale]/case-studies/feed.xml — Atom feed of the newest published case studies, its
// title and links in the path's language. The library's parameters (q, topic, hub, country...)
// make it the feed of that search; a bad parameter is 422 with the field, as in the API.
import { AppError } from '@/lib/errors'
import { requireLibraryQuery } from '@/lib/api/case-studies'
import { apiRoute, PUBLIC_CACHE } from '@/lib/api/handler'
import { isLocale } from '@/lib/i18n/config'
import { buildAtomFeed } from '@/lib/library/feed'

type Context = { params: Promise<{ locale: string }> }

export const GET = apiRoute<Context>(async (request, { params }) => {
  const { locale } = await params
  if (!isLocale(locale)) throw new AppError('NOT_FOUND', 'No such language.')
  const query = requireLibraryQuery(request)
  return new Response(await buildAtomFeed(locale, query), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  })
})
