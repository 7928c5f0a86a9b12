// The language of a render. A public page's language is its URL's first segment, which proxy.ts
// hands to next-intl as its locale header (and nothing else may set): such a page renders the
// same for every visitor, whatever cookie or Accept-Language they send. Pages without a language
// in their path (sign-in, dashboard, manage, admin) follow the language cookie, else
// Accept-Language.
import { cookies, headers } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './config'
import { loadMessages } from './messages'

export async function resolveLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value
  if (isLocale(fromCookie)) return fromCookie
  return negotiateLocale((await headers()).get('accept-language'))
}

export default getRequestConfig(async ({ requestLocale }) => {
  const fromUrl = await requestLocale
  const locale = isLocale(fromUrl) ? fromUrl : await resolveLocale()
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' }
})
