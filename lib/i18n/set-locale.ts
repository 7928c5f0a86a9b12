// Language switch: the choice is kept in a cookie for a year. The header's form posts to
// app/api/locale/route.ts, which answers 303 back to the page it came from, so the page is
// loaded again in the chosen language, with or without JavaScript. A public page carries its
// language in its path: the switch goes to the same page under the chosen language's prefix
// (the cookie is still set, so private pages follow). (A server action re-rendered
// the page in place, and React's reset of the submitted form then put the previous language back
// into the selector; a second press switched back.)
import { z } from 'zod'
import { LOCALE_COOKIE, locales, type Locale } from './config'
import { switchLocalePath } from './paths'

export const SetLocaleSchema = z.object({ locale: z.enum(locales) })

export function localeCookie(locale: Locale) {
  return {
    name: LOCALE_COOKIE,
    value: locale,
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax' as const,
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL?.startsWith('https://') === true,
  }
}

/** The page to go back to: the Referer's path when it is this site, else the home page. */
export function returnPath(referer: string | null, requestUrl: string, host: string | null): string {
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    const expectedHost = host ?? new URL(requestUrl).host
    if (from.host !== expectedHost || (from.protocol !== 'http:' && from.protocol !== 'https:')) return '/'
    const path = `${from.pathname}${from.search}`
    return path.startsWith('/') && !path.startsWith('//') ? path : '/'
  } catch {
    return '/'
  }
}

/** Where the switch sends the browser: the page it came from, in the chosen language. */
export function switchedPath(referer: string | null, requestUrl: string, host: string | null, locale: Locale): string {
  return switchLocalePath(returnPath(referer, requestUrl, host), locale)
}
