// Hreflang alternates and the canonical URL of the public page being rendered, in its language.
import 'server-only'
import { getLocale } from 'next-intl/server'
import { siteUrl } from '@/lib/site-url'
import { localeAlternates, localePath } from './paths'

/** `alternates` of a public page's metadata, for its path without the language prefix. */
export async function pageAlternates(path: string) {
  return localeAlternates(siteUrl(), await getLocale(), path)
}

/** Builds links to public pages in the language being rendered. */
export async function getLocalePath(): Promise<(path: string) => string> {
  const locale = await getLocale()
  return (path: string) => localePath(locale, path)
}
