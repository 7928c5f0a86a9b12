// The public pages' cache in front of Next.js, against a real node:http server whose "Next.js"
// is a small renderer that behaves like ours: a fresh nonce per render in the CSP header and body.
import { once } from 'node:events'
import { createServer, get as httpGet, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { SHARED_RENDER_SECRET_ENV } from '@/lib/http/csp'
import { BYPASS_HEADER, createPageCache, isCacheableRequest, type PageCache } from '@/lib/http/page-cache'

type Renderer = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

let server: Server | undefined
let cache: PageCache | undefined

afterEach(async () => {
  cache?.close()
  server?.closeAllConnections()
  server?.close()
  server = undefined
  cache = undefined
})

const renders: { url: string; cookie: string | undefined }[] = []

/** Renders like Next.js behind proxy.ts: the nonce in the CSP header and on every script tag. */
const nextLike: Renderer = (request, response) => {
  renders.push({ url: request.url ?? '', cookie: request.headers.cookie })
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const locale = /^\/(\w\w)(?:[/?]|$)/.exec(request.url ?? '')?.[1] ?? 'none'
  response.setHeader('content-security-policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)
  response.setHeader('link', `</style.css>; rel=preload; as="style"; nonce="${nonce}"`)
  response.setHeader('content-type', 'text/html; charset=utf-8')
  response.setHeader('vary', 'rsc')
  response.statusCode = request.url?.startsWith('/en/case-studies/missing') ? 404 : 200
  const padding = 'x'.repeat(2_000)
  response.end(`<html lang="${locale}"><script nonce="${nonce}">1</script><p>${request.url} ${padding}</p><script nonce="${nonce}">2</script></html>`)
}

async function start(render: Renderer, options: { ttlMs?: number; staleMs?: number; maxEntries?: number; degraded?: () => boolean } = {}) {
  renders.length = 0
  server = createServer((request, response) => {
    void cache!.handle(request, response, () => render(request, response))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const port = (server.address() as AddressInfo).port
  cache = createPageCache({ port, ttlMs: options.ttlMs ?? 60_000, staleMs: options.staleMs ?? 60_000, maxEntries: options.maxEntries, degraded: options.degraded })
  return `http://127.0.0.1:${port}`
}

async function get(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, headers: { 'accept-encoding': 'identity', ...init.headers } })
  return { status: response.status, headers: response.headers, body: await response.text(), state: response.headers.get('x-page-cache') }
}

function nonces(page: { headers: Headers; body: string }) {
  const header = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1]
  const inBody = [...page.body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1])
  const inLink = /nonce="([^"]+)"/.exec(page.headers.get('link') ?? '')?.[1]
  return { header, inBody, inLink }
}

describe('which requests the page cache may answer', () => {
  const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    ({ url, method, headers }) as unknown as IncomingMessage

  it('takes anonymous GETs of the public pages under a language prefix', () => {
    for (const url of ['/en', '/es/', '/en/case-studies', '/fr/case-studies?q=compost&topic=food-systems', '/pt/case-studies/accra-food', '/zh/hubs',
      '/en/hubs/africa', '/es/coalitions/cityfood', '/fr/cities/accra', '/pt/network-in-figures']) {
      expect(isCacheableRequest(request(url)), url).toBe(true)
    }
    expect(isCacheableRequest(request('/en/case-studies', { cookie: 'NEXT_LOCALE=fr; next-auth.csrf-token=abc' }))).toBe(true)
    expect(isCacheableRequest(request('/en', {}, 'HEAD'))).toBe(true)
  })

  it('leaves signed-in people, navigations, actions, other methods, redirects and other pages to Next.js', () => {
    const refused: [string, Record<string, string>, string?][] = [
      ['/en/case-studies', { cookie: 'next-auth.session-token=abc' }],
      ['/en/case-studies', { cookie: 'NEXT_LOCALE=en; __Secure-next-auth.session-token=abc' }],
      ['/en/case-studies', { cookie: '__Secure-next-auth.session-token.0=abc' }],
      ['/en/case-studies', { rsc: '1' }],
      ['/en/case-studies', { 'next-router-prefetch': '1' }],
      ['/en/case-studies', { 'next-action': 'abc' }],
      ['/en/case-studies', { authorization: 'Bearer x' }],
      ['/en/case-studies?_rsc=abc', {}],
      ['/en/case-studies', {}, 'POST'],
      // The language redirects depend on the visitor's cookie and Accept-Language.
      ['/', {}],
      ['/case-studies', {}],
      ['/hubs/africa', {}],
      ['/xx/hubs', {}],
      ['/en/unsubscribe', {}],
      ['/dashboard', {}],
      ['/inbox', {}],
      ['/my/case-studies', {}],
      ['/reviews/abc', {}],
      ['/sign-in', {}],
      ['/api/v1/case-studies', {}],
      ['/en/case-studies/feed.xml', {}],
      ['/case-studies/world-map.svg', {}],
      ['/en/case-studies/a/b', {}],
    ]
    for (const [url, headers, method] of refused) expect(isCacheableRequest(request(url, headers, method)), `${method ?? 'GET'} ${url} ${JSON.stringify(headers)}`).toBe(false)
  })
})

/** Renders like Next.js behind proxy.ts for the shared cache's own renders: no nonce at all. */
const sharedLike: Renderer = (request, response) => {
  renders.push({ url: request.url ?? '', cookie: request.headers.cookie })
  const shared = request.headers[BYPASS_HEADER] === process.env[SHARED_RENDER_SECRET_ENV]
  const nonce = shared ? '' : 'visitor-nonce'
  response.setHeader('content-security-policy', shared ? "script-src 'self'" : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)
  response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  response.setHeader('content-type', 'text/html; charset=utf-8')
  const attribute = nonce ? ` nonce="${nonce}"` : ''
  response.end(`<html><script${attribute}>self.__next_f.push([1,"a"])</script><p>${'y'.repeat(2_000)}</p><script${attribute} async src="/_next/x.js"></script><script${attribute}>self.__next_f.push([1,"b"])</script></html>`)
}

describe('page cache', () => {
  it('names the inline scripts of a shared render by hash, so the same bytes may be kept by a shared cache', async () => {
    const base = await start(sharedLike, { ttlMs: 10_000, staleMs: 20_000 })
    const first = await get(`${base}/en/case-studies?page=2`)
    const second = await get(`${base}/en/case-studies?page=2`)
    expect([first.state, second.state]).toEqual(['MISS', 'HIT'])
    expect(second.body).toBe(first.body)
    expect(first.body).not.toContain('nonce')
    const policy = second.headers.get('content-security-policy') ?? ''
    const expected = ['self.__next_f.push([1,"a"])', 'self.__next_f.push([1,"b"])'].map(
      (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
    )
    expect(policy).toContain(`script-src 'self' ${expected.join(' ')}`)
    expect(/script-src [^;]*/.exec(policy)![0]).not.toMatch(/nonce|unsafe-inline|strict-dynamic/)
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10, stale-while-revalidate=20')
    // Nothing but the URL (its language included) picks the page.
    expect(second.headers.get('vary')).toBe('Accept-Encoding')
    // What the visitor's own request would have carried never reaches the shared copy.
    expect(renders).toHaveLength(1)
  })

  it('renders a page once and serves it again with a fresh nonce per response', async () => {
    const base = await start(nextLike)
    const first = await get(`${base}/en/case-studies`)
    const second = await get(`${base}/en/case-studies`)
    const third = await get(`${base}/en/case-studies`)
    expect([first.state, second.state, third.state]).toEqual(['MISS', 'HIT', 'HIT'])
    expect(renders).toHaveLength(1)
    const seen = new Set<string>()
    for (const page of [first, second, third]) {
      const { header, inBody, inLink } = nonces(page)
      expect(header).toBeTruthy()
      expect(inBody).toEqual([header, header])
      expect(inLink).toBe(header)
      seen.add(header!)
      expect(page.body.replaceAll(header!, '')).toBe(first.body.replaceAll(nonces(first).header!, ''))
    }
    expect(seen.size).toBe(3)
    expect(second.headers.get('vary')).toMatch(/rsc.*Accept-Encoding/)
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(second.body)))
  })

  it('keys on the URL alone: one entry per language prefix, whatever cookie or Accept-Language the visitor sends', async () => {
    const base = await start(nextLike)
    const fr = await get(`${base}/fr`, { headers: { cookie: 'NEXT_LOCALE=es', 'accept-language': 'zh' } })
    const es = await get(`${base}/es`, { headers: { 'accept-language': 'fr' } })
    const frAgain = await get(`${base}/fr`, { headers: { cookie: 'NEXT_LOCALE=pt' } })
    const frPlain = await get(`${base}/fr`)
    expect([fr.body, es.body].map((body) => /lang="(\w+)"/.exec(body)?.[1])).toEqual(['fr', 'es'])
    expect([frAgain.state, frPlain.state]).toEqual(['HIT', 'HIT'])
    expect(frAgain.body.replaceAll(nonces(frAgain).header!, '')).toBe(fr.body.replaceAll(nonces(fr).header!, ''))
    // The visitor's cookie never reaches the render.
    expect(renders.map((render) => render.cookie)).toEqual([undefined, undefined])
  })

  it('never caches for signed-in people', async () => {
    const base = await start(nextLike)
    for (let i = 0; i < 3; i++) {
      const page = await get(`${base}/en/case-studies`, { headers: { cookie: 'next-auth.session-token=abc' } })
      expect(page.state).toBeNull()
    }
    expect(renders).toHaveLength(3)
    expect(renders[0]!.cookie).toBe('next-auth.session-token=abc')
  })

  it('shares one render among concurrent misses', async () => {
    const base = await start(async (request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 100))
      nextLike(request, response)
    })
    const pages = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/en/hubs`)))
    expect(renders).toHaveLength(1)
    expect(pages.every((page) => page.status === 200 && page.body.includes('/hubs'))).toBe(true)
    expect(new Set(pages.map((page) => nonces(page).header)).size).toBe(20)
  })

  it('does not store a render that began before the cache was cleared', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const base = await start(async (request, response) => {
      if (renders.length === 0) await gate
      nextLike(request, response)
    })
    const pending = get(`${base}/en/case-studies`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    cache!.clear()
    release()
    expect((await pending).status).toBe(200)
    const after = await get(`${base}/en/case-studies`)
    expect(after.state).toBe('MISS')
    expect(renders).toHaveLength(2)
  })

  it('serves a stale page while one request renders the new one, then the new one', async () => {
    const base = await start(nextLike, { ttlMs: 50, staleMs: 5_000 })
    await get(`${base}/en/coalitions`)
    await new Promise((resolve) => setTimeout(resolve, 80))
    const stale = await get(`${base}/en/coalitions`)
    expect(stale.state).toBe('STALE')
    await new Promise((resolve) => setTimeout(resolve, 30))
    const fresh = await get(`${base}/en/coalitions`)
    expect(fresh.state).toBe('HIT')
    expect(renders).toHaveLength(2)
  })

  it('renders again once a page is older than fresh + stale', async () => {
    const base = await start(nextLike, { ttlMs: 20, staleMs: 20 })
    await get(`${base}/en/cities`)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect((await get(`${base}/en/cities`)).state).toBe('MISS')
    expect(renders).toHaveLength(2)
  })

  it('caches a not-found page, but never a response that sets a cookie or is not HTML', async () => {
    const base = await start((request, response) => {
      if (request.url === '/en/cities/cookie') {
        renders.push({ url: request.url, cookie: undefined })
        response.setHeader('set-cookie', 'x=1')
        response.setHeader('content-type', 'text/html')
        response.end('<p>cookie</p>')
        return
      }
      nextLike(request, response)
    })
    const missing = await get(`${base}/en/case-studies/missing`)
    expect(missing.status).toBe(404)
    expect((await get(`${base}/en/case-studies/missing`)).state).toBe('HIT')
    const withCookie = await get(`${base}/en/cities/cookie`)
    expect(withCookie.body).toBe('<p>cookie</p>')
    expect(withCookie.headers.get('set-cookie')).toBe('x=1')
    expect(withCookie.state).toBeNull()
  })

  it('compresses for clients that accept gzip', async () => {
    const base = await start(nextLike)
    await get(`${base}/en/hubs/africa`)
    const { headers, body } = await new Promise<{ headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      httpGet(`${base}/en/hubs/africa`, { headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      }).on('error', reject)
    })
    expect(headers['content-encoding']).toBe('gzip')
    expect(Number(headers['content-length'])).toBe(body.length)
    const html = gunzipSync(body).toString()
    expect(html).toContain('/hubs/africa')
    expect(html).toContain(`nonce="${/'nonce-([^']+)'/.exec(String(headers['content-security-policy']))?.[1]}"`)
  })

  it('answers HEAD without a body', async () => {
    const base = await start(nextLike)
    await get(`${base}/en/hubs`)
    const response = await fetch(`${base}/en/hubs`, { method: 'HEAD' })
    expect(response.headers.get('x-page-cache')).toBe('HIT')
    expect(await response.text()).toBe('')
  })

  it('keeps at most maxEntries pages, dropping the least recently used', async () => {
    const base = await start(nextLike, { maxEntries: 2 })
    await get(`${base}/en/hubs/a`)
    await get(`${base}/en/hubs/b`)
    await get(`${base}/en/hubs/a`)
    await get(`${base}/en/hubs/c`)
    expect(cache!.stats().entries).toBe(2)
    expect((await get(`${base}/en/hubs/a`)).state).toBe('HIT')
    expect((await get(`${base}/en/hubs/b`)).state).toBe('MISS')
  })

  it('while the database is down, serves what it holds however old, and renders nothing', async () => {
    let down = false
    const base = await start((request, response) => {
      if (down) {
        renders.push({ url: request.url ?? '', cookie: undefined })
        response.statusCode = 503
        response.end('unavailable')
        return
      }
      nextLike(request, response)
    }, { ttlMs: 10, staleMs: 10, degraded: () => down })
    await get(`${base}/en/case-studies`)
    await new Promise((resolve) => setTimeout(resolve, 40))
    down = true
    const old = await get(`${base}/en/case-studies`)
    expect(old.status).toBe(200)
    expect(old.state).toBe('STALE')
    expect(old.body).toContain('/case-studies')
    const missing = await get(`${base}/en/hubs`)
    expect(missing.status).toBe(503)
    expect(renders.map((render) => render.url)).toEqual(['/en/case-studies', '/en/hubs'])
  })
})
