// POST /api/locale — the header's language form (lib/i18n/set-locale.ts): sets the language
// cookie and answers 303 to the page the form was on (a public page: the same page in the chosen
// language). Another site's post is refused; an unknown
// language is refused with what is accepted, and sets nothing.
import { cookies } from 'next/headers'
import { isSameOrigin } from '@/lib/http/same-origin'
import { locales } from '@/lib/i18n/config'
import { localeCookie, SetLocaleSchema, switchedPath } from '@/lib/i18n/set-locale'

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) {
    return Response.json({ error: { code: 'FORBIDDEN', message: 'Cross-site requests are refused.' } }, { status: 403 })
  }
  const form = await request.formData().catch(() => null)
  const parsed = SetLocaleSchema.safeParse({ locale: form?.get('locale') })
  if (!parsed.success) {
    return Response.json(
      { error: { code: 'INVALID', message: `The language must be one of ${locales.join(', ')}.`, fields: { locale: ['invalid'] } } },
      { status: 422 },
    )
  }
  ;(await cookies()).set(localeCookie(parsed.data.locale))
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  return new Response(null, {
    status: 303,
    headers: { Location: switchedPath(request.headers.get('referer'), request.url, host, parsed.data.locale), 'Cache-Control': 'no-store' },
  })
}
