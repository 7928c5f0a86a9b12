// The public pages' cache, in front of Next.js in the production server (scripts/serve.ts).
//
// Why: every page is rendered per request (the layout reads the session, and each response
// carries a fresh CSP nonce), which costs 30-60 ms of CPU. Anonymous visitors of the public pages
// (home, library, case studies, hubs, coalitions, cities) all see the same page for one URL: the
// language is the path's first segment (/es/hubs, lib/i18n/paths.ts) and nothing else of the
// request changes the page. So their pages are rendered once and served from memory for a few
// seconds, keyed on the URL alone, and marked for shared caches to do the same (Vary only on
// Accept-Encoding).
//
// What stays true:
// - Signed-in people (a next-auth session cookie), client-side navigations (RSC requests), server
//   actions and every non-GET request go straight to Next.js; they are never cached.
// - Every response still gets its own nonce: the nonce the page was rendered with is replaced in
//   the body and in the Content-Security-Policy header by a fresh random one per response.
// - A publish or unpublish clears the cache at once on this instance (`invalidatePublicContent`,
//   called after the transaction commits) and on every other instance (a PostgreSQL NOTIFY in the
//   same transaction, see lib/cache/public-content.ts); anything else shows after PAGE_CACHE_SECONDS
//   (10 s by default). A stale page is served for at most PAGE_CACHE_STALE_SECONDS more while one
//   request renders the new one; a render started before a clear is never stored.
// - Concurrent misses of one page share one render. Size is bounded (entries and bytes, LRU).
//
// Misses are rendered by a loopback request to this same server, marked with a per-process secret
// so that it goes to Next.js: the page is rendered exactly as for a visitor, from its URL alone
// (no cookie, no Accept-Language).
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { Agent, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import { locales } from '../i18n/config'
import { contentSecurityPolicy, SHARED_RENDER_HEADER, SHARED_RENDER_SECRET_ENV } from './csp'

const gzip = promisify(gzipCallback)

export const BYPASS_HEADER = SHARED_RENDER_HEADER

/** The public pages, under their language prefix: the same for every anonymous visitor. */
const CACHEABLE_PATH = new RegExp(
  `^/(?:${locales.join('|')})(?:/(?:(?:case-studies|hubs|coalitions|cities)(?:/[^/]+)?|network-in-figures))?/?$`,
)
/** Files and feeds under those prefixes set their own caching. */
const NOT_A_PAGE = /\.(?:xml|svg|json|csv|txt)$/i
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/
/** Headers of client-side navigations, prefetches and server actions. */
const NEXT_REQUEST_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', 'next-url', 'authorization']
/** Not stored: hop-by-hop, per-response or recomputed headers. */
const DROPPED_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding',
  'date', 'etag', 'set-cookie', 'x-page-cache'])

export type PageCacheOptions = {
  /** Where misses are rendered: this server's own port on loopback. */
  port: number
  host?: string
  ttlMs: number
  staleMs: number
  maxEntries?: number
  maxBytes?: number
  /** While true (the database is down), any stored page is served, however old, and none rendered. */
  degraded?: () => boolean
}

type Entry = {
  status: number
  /** Header values split at the render's nonce (the CSP, preload links). */
  headers: [string, string[]][]
  /** The body split at the render's nonce. */
  parts: Buffer[]
  bytes: number
  freshUntil: number
  staleUntil: number
}

type Rendered = { entry: Entry | null }

export type PageCacheStats = { hits: number; stale: number; misses: number; renders: number; bypassed: number; entries: number; bytes: number }

export function cacheSecondsFromEnv(env: NodeJS.ProcessEnv = process.env): { ttlMs: number; staleMs: number } {
  const seconds = (value: string | undefined, fallback: number) => {
    if (value === undefined || value === '') return fallback
    const number = Number(value)
    return Number.isFinite(number) && number > 0 ? number : 0
  }
  return { ttlMs: seconds(env.PAGE_CACHE_SECONDS, 10) * 1_000, staleMs: seconds(env.PAGE_CACHE_STALE_SECONDS, 20) * 1_000 }
}

/** May this request be answered from the cache? */
export function isCacheableRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const url = request.url ?? ''
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  if (!CACHEABLE_PATH.test(pathname) || NOT_A_PAGE.test(pathname)) return false
  if (queryAt !== -1 && /(?:^|[?&])_rsc=/.test(url.slice(queryAt))) return false
  for (const name of NEXT_REQUEST_HEADERS) if (request.headers[name] !== undefined) return false
  if (SESSION_COOKIE.test(request.headers.cookie ?? '')) return false
  return true
}

const newNonce = () => randomBytes(18).toString('base64')

/** The SHA-256 (base64) of every inline script of an HTML page, as CSP hash sources. */
function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.add(createHash('sha256').update(match[1]!, 'utf8').digest('base64'))
  }
  return [...hashes]
}

function splitBuffer(buffer: Buffer, token: string): Buffer[] {
  if (!token) return [buffer]
  const needle = Buffer.from(token)
  const parts: Buffer[] = []
  let from = 0
  for (let at = buffer.indexOf(needle, from); at !== -1; at = buffer.indexOf(needle, from)) {
    parts.push(buffer.subarray(from, at))
    from = at + needle.length
  }
  parts.push(buffer.subarray(from))
  return parts
}

export function createPageCache(options: PageCacheOptions) {
  const maxEntries = options.maxEntries ?? 2_000
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024
  const secret = randomUUID()
  // proxy.ts renders requests carrying this secret without a nonce (same process).
  process.env[SHARED_RENDER_SECRET_ENV] = secret
  const production = process.env.NODE_ENV === 'production'
  const sharedCacheControl = `public, max-age=0, s-maxage=${Math.round(options.ttlMs / 1000)}, stale-while-revalidate=${Math.round(options.staleMs / 1000)}`
  const agent = new Agent({ keepAlive: true, maxSockets: 16 })
  const entries = new Map<string, Entry>()
  const inFlight = new Map<string, Promise<Rendered>>()
  let generation = 0
  let bytes = 0
  const stats = { hits: 0, stale: 0, misses: 0, renders: 0, bypassed: 0 }

  function remove(key: string) {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.bytes
    entries.delete(key)
  }

  function store(key: string, entry: Entry) {
    remove(key)
    if (entry.bytes > maxBytes / 4) return
    entries.set(key, entry)
    bytes += entry.bytes
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break
      remove(oldest)
    }
  }

  function clear() {
    generation++
    entries.clear()
    inFlight.clear()
    bytes = 0
  }

  /** Renders the page through Next.js (a loopback request to this server). */
  function render(key: string, request: IncomingMessage): Promise<Rendered> {
    const started = generation
    stats.renders++
    return new Promise<Rendered>((resolve, reject) => {
      const upstream = httpRequest({
        host: options.host ?? '127.0.0.1',
        port: options.port,
        method: 'GET',
        path: request.url,
        agent,
        headers: {
          host: `127.0.0.1:${options.port}`,
          accept: 'text/html',
          // Nothing else of the visitor's request: a page stored for everyone must not depend on
          // headers a visitor chooses (forwarded host, user agent...).
          [BYPASS_HEADER]: secret,
        },
        timeout: 30_000,
      }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const status = response.statusCode ?? 500
          const type = String(response.headers['content-type'] ?? '')
          const storable = (status === 200 || status === 404) && type.startsWith('text/html')
            && response.headers['set-cookie'] === undefined && !response.headers['content-encoding']
          if (!storable) {
            resolve({ entry: null })
            return
          }
          const body = Buffer.concat(chunks)
          const policy = String(response.headers['content-security-policy'] ?? '')
          const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? ''
          const headers: [string, string[]][] = []
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined || DROPPED_HEADERS.has(name)) continue
            if (!nonce && (name === 'content-security-policy' || name === 'cache-control' || name === 'vary')) continue
            for (const one of Array.isArray(value) ? value : [value]) headers.push([name, nonce ? one.split(nonce) : [one]])
          }
          if (!nonce) {
            // Rendered without a nonce (proxy.ts): the same bytes for everyone, so a shared cache
            // may keep them, keyed on the URL (its language included) and the encoding.
            const hashes = inlineScriptHashes(body.toString('utf8'))
            headers.push(['content-security-policy', [contentSecurityPolicy({ hashes }, production)]])
            headers.push(['cache-control', [status === 200 ? sharedCacheControl : 'public, max-age=0, s-maxage=10']])
            headers.push(['vary', ['Accept-Encoding']])
          } else {
            const vary = response.headers.vary ?? ''
            if (!/accept-encoding/i.test(vary)) headers.push(['vary', [vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding']])
          }
          const now = Date.now()
          const entry: Entry = {
            status,
            headers,
            parts: splitBuffer(body, nonce),
            bytes: body.length + 512,
            freshUntil: now + options.ttlMs,
            staleUntil: now + options.ttlMs + options.staleMs,
          }
          // A render that began before a clear may hold what was just unpublished.
          if (started === generation) store(key, entry)
          resolve({ entry })
        })
      })
      upstream.on('timeout', () => upstream.destroy(new Error('page render timed out')))
      upstream.on('error', reject)
      upstream.end()
    })
  }

  function renderOnce(key: string, request: IncomingMessage): Promise<Rendered> {
    const running = inFlight.get(key)
    if (running) return running
    const promise = render(key, request).finally(() => {
      if (inFlight.get(key) === promise) inFlight.delete(key)
    })
    inFlight.set(key, promise)
    return promise
  }

  async function serve(request: IncomingMessage, response: ServerResponse, entry: Entry, state: 'HIT' | 'STALE' | 'MISS') {
    const nonce = newNonce()
    const nonceBytes = Buffer.from(nonce)
    const length = entry.parts.reduce((sum, part) => sum + part.length, 0) + nonceBytes.length * (entry.parts.length - 1)
    const acceptEncoding = String(request.headers['accept-encoding'] ?? '')
    const compressed = length > 1024 && /\bgzip\b/.test(acceptEncoding) && request.method !== 'HEAD'
    const gzipped = compressed
      ? await gzip(Buffer.concat(entry.parts.flatMap((part, index) => (index === 0 ? [part] : [nonceBytes, part]))), { level: 4 })
      : undefined
    if (response.destroyed) return
    response.statusCode = entry.status
    for (const [name, value] of entry.headers) response.appendHeader(name, value.join(nonce))
    if (gzipped) response.setHeader('content-encoding', 'gzip')
    response.setHeader('content-length', gzipped ? gzipped.length : length)
    response.setHeader('x-page-cache', state)
    if (request.method === 'HEAD') {
      response.end()
    } else if (gzipped) {
      response.end(gzipped)
    } else {
      // The stored parts and the nonce go out as one vectored write, without copying the page.
      response.cork()
      entry.parts.forEach((part, index) => {
        if (index > 0) response.write(nonceBytes)
        response.write(part)
      })
      response.end()
      response.uncork()
    }
  }

  /** Answers from the cache, or hands the request to `next` (Next.js). */
  async function handle(request: IncomingMessage, response: ServerResponse, next: () => unknown): Promise<void> {
    if (request.headers[BYPASS_HEADER] === secret || options.ttlMs <= 0 || !isCacheableRequest(request)) {
      stats.bypassed++
      await next()
      return
    }
    const key = request.url ?? '/'
    const now = Date.now()
    const entry = entries.get(key)
    if (options.degraded?.()) {
      if (entry) {
        stats.stale++
        return serve(request, response, entry, 'STALE')
      }
      stats.bypassed++
      await next()
      return
    }
    if (entry && now < entry.freshUntil) {
      stats.hits++
      entries.delete(key)
      entries.set(key, entry)
      return serve(request, response, entry, 'HIT')
    }
    if (entry && now < entry.staleUntil) {
      stats.stale++
      renderOnce(key, request).catch(() => remove(key))
      return serve(request, response, entry, 'STALE')
    }
    stats.misses++
    try {
      const rendered = await renderOnce(key, request)
      if (rendered.entry) return serve(request, response, rendered.entry, 'MISS')
    } catch (error) {
      // Rendered directly below; Next.js answers with its own error page if it cannot.
      console.warn('page cache: render failed, answering directly:', request.url, error instanceof Error ? error.message : error)
    }
    await next()
  }

  const cache = {
    handle,
    clear,
    stats: (): PageCacheStats => ({ ...stats, entries: entries.size, bytes }),
    close() {
      agent.destroy()
      clear()
    },
  }
  return cache
}

export type PageCache = ReturnType<typeof createPageCache>
