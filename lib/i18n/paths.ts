// The language is the first segment of every public page's path (/es/case-studies/x, /zh/hubs,
// /en for the home), so a public URL names one page in one language: shared caches and CDNs key
// on the URL alone, and search engines see each language as its own page (hreflang).
// Private pages (sign-in, dashboard, manage, admin) keep unprefixed paths and follow the language
// cookie; they are never served from a shared cache.
//
// Every link to a public page is built here (`localePath`, `localeUrl`), never by concatenation.
// Pure functions: used by the proxy, the server components, the client navigation link and mail.
import { defaultLocale, isLocale, locales, negotiateLocale, LOCALE_COOKIE, type Locale } from './config'

/** First path segments of the public pages (app/[locale]/(public)/...). */
export const publicSections = ['case-studies', 'hubs', 'coalitions', 'cities', 'network-in-figures', 'unsubscribe', 'privacy', 'terms', 'accessibility', 'contact'] as const

/** Unprefixed paths under a public section that are language-independent files, not pages. */
const LANGUAGE_FREE_PATHS = new Set(['/case-studies/world-map.svg'])

function splitQuery(path: string): [string, string] {
  const at = path.search(/[?#]/)
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)]
}

/**
 * The path of a public page in one language: `localePath('es', '/hubs/africa?x=1')` is
 * `/es/hubs/africa?x=1`; the home page `/` is `/es`. The path must be site-relative.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`localePath needs a site-relative path, got "${path}"`)
  const [pathname, rest] = splitQuery(path)
  return `/${locale}${pathname === '/' ? '' : pathname}${rest}`
}

/** The absolute URL of a public page in one language (origin: lib/site-url.ts's siteUrl()). */
export function localeUrl(origin: string, locale: Locale, path: string): string {
  return `${origin}${localePath(locale, path)}`
}

/** Splits a path into its language prefix (null when it has none) and the path without it. */
export function splitLocalePath(path: string): { locale: Locale | null; path: string } {
  const match = /^\/([^/?#]+)(.*)$/.exec(path)
  if (!match || !isLocale(match[1])) return { locale: null, path }
  const rest = match[2] ?? ''
  return { locale: match[1], path: rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest }
}

/** The same page in another language, for a prefixed path; any other path is left as it is. */
export function switchLocalePath(path: string, locale: Locale): string {
  const split = splitLocalePath(path)
  return split.locale ? localePath(locale, split.path) : path
}

/** Is this an old, unprefixed address of a public page (`/hubs`, `/case-studies/x`)? */
export function isUnprefixedPublicPath(pathname: string): boolean {
  if (LANGUAGE_FREE_PATHS.has(pathname)) return false
  const first = /^\/([^/]+)/.exec(pathname)?.[1]
  return !!first && (publicSections as readonly string[]).includes(first)
}

/**
 * Hreflang alternates of one public page (Next metadata `alternates`): the canonical URL in this
 * language, every language's URL, and x-default (the default language's page).
 */
export function localeAlternates(origin: string, locale: Locale, path: string) {
  const languages: Record<string, string> = {}
  for (const code of locales) languages[code] = localeUrl(origin, code, path)
  languages['x-default'] = localeUrl(origin, defaultLocale, path)
  return { canonical: localeUrl(origin, locale, path), languages }
}

/** The visitor's language for a redirect: the language cookie, else Accept-Language, else en. */
export function preferredLocale(cookieHeader: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookieHeader ?? '')
  const fromCookie = match?.[1]?.trim()
  if (isLocale(fromCookie)) return fromCookie
  return negotiateLocale(acceptLanguage)
}

export type LocaleRedirect = { status: 307 | 308; location: string; headers: Record<string, string> }

/**
 * The redirects that send a visitor to a language: `/` (307, the only negotiating page) and an
 * old unprefixed public address (308, query kept). Both depend on the visitor's cookie and
 * Accept-Language, so they are private to the visitor and say what they vary on. Null: no
 * redirect (a prefixed page, a private page, a file).
 */
export function localeRedirect(
  pathname: string,
  search: string,
  cookieHeader: string | null | undefined,
  acceptLanguage: string | null | undefined,
): LocaleRedirect | null {
  const permanent = isUnprefixedPublicPath(pathname)
  if (pathname !== '/' && !permanent) return null
  const locale = preferredLocale(cookieHeader, acceptLanguage)
  return {
    status: permanent ? 308 : 307,
    location: `${localePath(locale, pathname)}${search}`,
    headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie, Accept-Language' },
  }
}
