// GET /[locale]/case-studies/feed.xml — Atom feed of the newest published case studies, its
// title and links in the path's language.
import { AppError } from '@/lib/errors'
import { apiRoute, PUBLIC_CACHE } from '@/lib/api/handler'
import { isLocale } from '@/lib/i18n/config'
import { buildAtomFeed } from '@/lib/library/feed'

type Context = { params: Promise<{ locale: string }> }

export const GET = apiRoute<Context>(async (_request, { params }) => {
  const { locale } = await params
  if (!isLocale(locale)) throw new AppError('NOT_FOUND', 'No such language.')
  return new Response(await buildAtomFeed(locale), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': PUBLIC_CACHE,
      'X-Content-Type-Options': 'nosniff',
    },
  })
})
