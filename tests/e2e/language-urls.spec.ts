// The language in the URL of public pages (lib/i18n/paths.ts): hreflang links, the redirects of
// `/` and of the old unprefixed addresses, and pages that depend on their URL alone.
import { expect, test, type APIRequestContext } from '@playwright/test'

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'zh', 'ar']
const PAGES = [
  '/', '/hubs', '/hubs/africa', '/coalitions', '/coalitions/cityfood', '/cities', '/cities/accra', '/case-studies',
  '/case-studies/accra-market-organic-waste-composting',
  '/case-studies/compare?ids=accra-market-organic-waste-composting&ids=nairobi-street-lighting-lifecycle-costing',
  '/network-in-figures', '/unsubscribe',
]

function localised(locale: string, path: string) {
  const [pathname, query] = path.split('?')
  return `/${locale}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}`
}

/** A redirect's target as a path (Next.js writes the request's own origin in front). */
function target(location: string | undefined) {
  const url = new URL(location ?? '', 'http://any.invalid')
  return `${url.pathname}${url.search}`
}

function headLinks(html: string) {
  const head = html.slice(0, html.indexOf('</head>'))
  const alternates = new Map<string, string>()
  let canonical: string | undefined
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&')
    if (attribute('rel') === 'canonical') canonical = attribute('href')
    const hreflang = attribute('hreflang')
    if (attribute('rel') === 'alternate' && hreflang) alternates.set(hreflang, attribute('href')!)
  }
  return { canonical, alternates }
}

async function answers200(request: APIRequestContext, url: string, origin: string) {
  expect(url.startsWith(`${origin}/`), url).toBe(true)
  const response = await request.get(url.slice(origin.length), { maxRedirects: 0 })
  return response.status()
}

test('every public page names every language and x-default as absolute hreflang links, each answering 200', async ({ request }, testInfo) => {
  test.slow()
  const origin = `http://127.0.0.1:${new URL(testInfo.project.use.baseURL!).port}`
  const checked = new Map<string, number>()
  for (const path of PAGES) {
    for (const locale of ['en', 'zh']) {
      const own = localised(locale, path)
      const response = await request.get(own, { maxRedirects: 0 })
      expect(response.status(), own).toBe(200)
      const html = await response.text()
      expect(/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1], own).toBe(locale)
      const { canonical, alternates } = headLinks(html)
      const ownPath = own.split('?')[0]!
      expect(canonical, own).toBe(`${origin}${ownPath}`)
      expect([...alternates.keys()].sort(), own).toEqual([...LANGUAGES, 'x-default'].sort())
      for (const code of LANGUAGES) expect(alternates.get(code), `${own} ${code}`).toBe(`${origin}${localised(code, path).split('?')[0]}`)
      expect(alternates.get('x-default'), own).toBe(alternates.get('en'))
      for (const url of alternates.values()) {
        // The compare page without its ids, and the unsubscribe page without a token, are pages too.
        if (!checked.has(url)) checked.set(url, await answers200(request, url, origin))
        expect(checked.get(url), url).toBe(200)
      }
    }
  }
})

test('the sitemap lists each page in every language with its hreflang alternates', async ({ request }, testInfo) => {
  const origin = `http://127.0.0.1:${new URL(testInfo.project.use.baseURL!).port}`
  const xml = await (await request.get('/sitemap.xml')).text()
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!)
  const hub = entries.find((entry) => entry.includes(`<loc>${origin}/es/hubs/africa</loc>`))
  expect(hub).toBeDefined()
  const links = [...hub!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]])
  expect(Object.fromEntries(links)).toEqual({
    ...Object.fromEntries(LANGUAGES.map((code) => [code, `${origin}/${code}/hubs/africa`])),
    'x-default': `${origin}/en/hubs/africa`,
  })
  for (const code of LANGUAGES) expect(xml).toContain(`<loc>${origin}/${code}</loc>`)
})

test('/ sends the visitor to their language: the cookie first, then Accept-Language, then English; never cached publicly', async ({ request }) => {
  const cases: [Record<string, string>, string][] = [
    [{ cookie: 'NEXT_LOCALE=zh', 'accept-language': 'es' }, '/zh'],
    [{ cookie: 'NEXT_LOCALE=xx', 'accept-language': 'pt-BR,pt;q=0.9' }, '/pt'],
    [{ 'accept-language': 'fr-CA' }, '/fr'],
    [{ 'accept-language': 'de' }, '/en'],
  ]
  for (const [headers, location] of cases) {
    const response = await request.get('/', { headers, maxRedirects: 0 })
    expect(response.status(), JSON.stringify(headers)).toBe(307)
    expect(target(response.headers()['location']), JSON.stringify(headers)).toBe(location)
    expect(response.headers()['vary']).toMatch(/Cookie/)
    expect(response.headers()['vary']).toMatch(/Accept-Language/)
    expect(response.headers()['cache-control']).toMatch(/private/)
  }
  const withQuery = await request.get('/?coalition=cityfood', { headers: { 'accept-language': 'es' }, maxRedirects: 0 })
  expect(target(withQuery.headers()['location'])).toBe('/es?coalition=cityfood')
})

test('old unprefixed addresses redirect for good to the visitor language, keeping the query, privately', async ({ request }) => {
  const cases: [string, Record<string, string>, string][] = [
    ['/case-studies/accra-market-organic-waste-composting?from=mail&x=1', { 'accept-language': 'es' }, '/es/case-studies/accra-market-organic-waste-composting?from=mail&x=1'],
    ['/hubs', { cookie: 'NEXT_LOCALE=zh', 'accept-language': 'fr' }, '/zh/hubs'],
    ['/cities?hub=africa', {}, '/en/cities?hub=africa'],
    ['/case-studies/feed.xml', { 'accept-language': 'pt' }, '/pt/case-studies/feed.xml'],
    ['/unsubscribe?token=abc', { cookie: 'NEXT_LOCALE=fr' }, '/fr/unsubscribe?token=abc'],
  ]
  for (const [path, headers, location] of cases) {
    const response = await request.get(path, { headers, maxRedirects: 0 })
    expect(response.status(), path).toBe(308)
    expect(target(response.headers()['location']), path).toBe(location)
    expect(response.headers()['cache-control'], path).toMatch(/^private/)
    expect(response.headers()['x-page-cache'], path).toBeUndefined()
  }
})

test('a public page answers the same bytes to every anonymous visitor, whatever cookie or Accept-Language they send', async ({ request }) => {
  for (const path of ['/es/hubs/africa', '/zh/case-studies', '/fr']) {
    const variants: Record<string, string>[] = [
      {},
      { cookie: 'NEXT_LOCALE=en' },
      { cookie: 'NEXT_LOCALE=zh; other=1', 'accept-language': 'pt-BR' },
      { 'accept-language': 'de, en;q=0.5' },
    ]
    const answers = []
    for (const headers of variants) {
      const response = await request.get(path, { headers: { ...headers, 'accept-encoding': 'identity' } })
      expect(response.status(), path).toBe(200)
      answers.push({ body: await response.text(), vary: response.headers()['vary'], cache: response.headers()['cache-control'] })
    }
    for (const answer of answers) {
      expect(answer.body, path).toBe(answers[0]!.body)
      expect(answer.vary, path).toBe('Accept-Encoding')
      expect(answer.cache, path).toMatch(/^public/)
    }
    expect(/<html[^>]*\slang="([^"]+)"/.exec(answers[0]!.body)?.[1]).toBe(path.split('/')[1])
  }
})

test('an unknown language prefix is a 404, whatever the visitor asks for', async ({ request }) => {
  for (const path of ['/xx/hubs', '/xx', '/EN/hubs', '/de/case-studies/accra-market-organic-waste-composting']) {
    const response = await request.get(path, { headers: { cookie: 'NEXT_LOCALE=es' }, maxRedirects: 0 })
    expect(response.status(), path).toBe(404)
  }
})
