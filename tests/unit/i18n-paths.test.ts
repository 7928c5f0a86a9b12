// The language in the path of public pages (lib/i18n/paths.ts): building localised paths, the
// hreflang alternates, and the redirects of `/` and of the old unprefixed addresses.
import { describe, expect, it } from 'vitest'
import {
  isUnprefixedPublicPath,
  localeAlternates,
  localePath,
  localeRedirect,
  preferredLocale,
  splitLocalePath,
  switchLocalePath,
} from '@/lib/i18n/paths'
import { switchedPath } from '@/lib/i18n/set-locale'

describe('localePath', () => {
  it.each([
    ['es', '/', '/es'],
    ['zh', '/hubs/china', '/zh/hubs/china'],
    ['en', '/case-studies?q=compost&page=2', '/en/case-studies?q=compost&page=2'],
    ['fr', '/case-studies?q=x#facet-topic', '/fr/case-studies?q=x#facet-topic'],
    ['pt', '/?coalition=cityfood', '/pt?coalition=cityfood'],
  ] as const)('%s %s -> %s', (locale, path, expected) => {
    expect(localePath(locale, path)).toBe(expected)
  })

  it('refuses what is not a site-relative path', () => {
    expect(() => localePath('en', 'hubs')).toThrow(/site-relative/)
    expect(() => localePath('en', '//evil.example.net/x')).toThrow(/site-relative/)
  })
})

describe('splitLocalePath and switchLocalePath', () => {
  it.each([
    ['/es/hubs/africa', 'es', '/hubs/africa'],
    ['/zh', 'zh', '/'],
    ['/fr?coalition=x', 'fr', '/?coalition=x'],
    ['/hubs', null, '/hubs'],
    ['/xx/hubs', null, '/xx/hubs'],
    ['/english/hubs', null, '/english/hubs'],
    ['/dashboard', null, '/dashboard'],
  ])('%s', (path, locale, rest) => {
    expect(splitLocalePath(path)).toEqual({ locale, path: rest })
  })

  it('switches a prefixed page to the same page in another language and leaves others alone', () => {
    expect(switchLocalePath('/en/case-studies/accra-compost?x=1', 'zh')).toBe('/zh/case-studies/accra-compost?x=1')
    expect(switchLocalePath('/es', 'fr')).toBe('/fr')
    expect(switchLocalePath('/dashboard', 'fr')).toBe('/dashboard')
  })

  it('sends the language switch back to the same public page in the chosen language', () => {
    const request = 'http://localhost:3000/api/locale'
    expect(switchedPath('http://localhost:3000/en/hubs/africa?tab=1', request, 'localhost:3000', 'pt')).toBe('/pt/hubs/africa?tab=1')
    expect(switchedPath('http://localhost:3000/dashboard', request, 'localhost:3000', 'pt')).toBe('/dashboard')
    expect(switchedPath('https://evil.example.net/en/hubs', request, 'localhost:3000', 'pt')).toBe('/')
    expect(switchedPath(null, request, 'localhost:3000', 'pt')).toBe('/')
  })
})

describe('localeAlternates', () => {
  it('names the canonical URL and every language plus x-default, as absolute URLs', () => {
    const alternates = localeAlternates('https://portal.example.org', 'es', '/hubs/africa')
    expect(alternates.canonical).toBe('https://portal.example.org/es/hubs/africa')
    expect(alternates.languages).toEqual({
      en: 'https://portal.example.org/en/hubs/africa',
      es: 'https://portal.example.org/es/hubs/africa',
      pt: 'https://portal.example.org/pt/hubs/africa',
      fr: 'https://portal.example.org/fr/hubs/africa',
      zh: 'https://portal.example.org/zh/hubs/africa',
      ar: 'https://portal.example.org/ar/hubs/africa',
      'x-default': 'https://portal.example.org/en/hubs/africa',
    })
    expect(localeAlternates('https://portal.example.org', 'zh', '/').canonical).toBe('https://portal.example.org/zh')
  })
})

describe('the language redirects', () => {
  it('prefers the cookie, then Accept-Language, then English', () => {
    expect(preferredLocale('a=1; NEXT_LOCALE=pt; b=2', 'fr')).toBe('pt')
    expect(preferredLocale('NEXT_LOCALE=xx', 'fr-CA,fr;q=0.9')).toBe('fr')
    expect(preferredLocale(undefined, 'de, zh;q=0.5')).toBe('zh')
    expect(preferredLocale(null, null)).toBe('en')
    expect(preferredLocale('NEXT_LOCALE=', 'de')).toBe('en')
  })

  it('sends / to the visitor language with a temporary, private redirect that says what it varies on', () => {
    expect(localeRedirect('/', '', 'NEXT_LOCALE=zh', 'es')).toEqual({
      status: 307,
      location: '/zh',
      headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie, Accept-Language' },
    })
    expect(localeRedirect('/', '?coalition=cityfood', null, 'es-MX')?.location).toBe('/es?coalition=cityfood')
  })

  it('sends the old unprefixed public addresses to the prefixed ones for good, keeping the query', () => {
    const redirect = localeRedirect('/case-studies/accra-compost', '?from=mail&x=1', null, 'fr')
    expect(redirect).toEqual({
      status: 308,
      location: '/fr/case-studies/accra-compost?from=mail&x=1',
      headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie, Accept-Language' },
    })
    for (const path of ['/hubs', '/hubs/china', '/coalitions', '/cities/accra', '/network-in-figures', '/unsubscribe', '/case-studies/feed.xml', '/case-studies/compare']) {
      expect(localeRedirect(path, '', null, null)?.location, path).toBe(`/en${path}`)
    }
  })

  it('leaves prefixed pages, private pages, files and unknown prefixes alone', () => {
    for (const path of ['/en', '/es/hubs', '/dashboard', '/sign-in', '/api/v1/hubs', '/case-studies/world-map.svg', '/xx/hubs', '/sitemap.xml', '/hubsx']) {
      expect(localeRedirect(path, '', 'NEXT_LOCALE=fr', 'fr'), path).toBeNull()
      expect(isUnprefixedPublicPath(path), path).toBe(false)
    }
  })
})
