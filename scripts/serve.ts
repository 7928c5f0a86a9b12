// The production server (`npm start`, the e2e suite, the benchmarks): Next.js in this process,
// behind the public pages' cache (lib/http/page-cache.ts).
// - Listens on PORT (3000) and HOSTNAME (127.0.0.1: loopback unless told otherwise).
// - Public pages for anonymous visitors come from the cache; a publish anywhere clears it: this
//   instance hears it in-process, other instances through PostgreSQL LISTEN/NOTIFY.
// - SIGTERM / SIGINT: stops accepting connections, lets in-flight requests finish (up to
//   SHUTDOWN_DRAIN_SECONDS, 15 s), stops the job workers, then exits 0.
// - A failing request or a lost database connection is logged; it never stops the process. While
//   the database is down, what needs it is answered 503 at once (see watchDatabase).
// - Forwarding headers are rewritten before Next sees them (lib/http/client-ip.ts): the client
//   address comes from the socket unless TRUST_PROXY_HOPS proxies are trusted. Unknown methods,
//   foreign origins and oversized form bodies are refused here (lib/http/request-guard.ts).
// - An uncaught exception or unhandled rejection is logged and the process exits 1: its state is
//   unknown, so the supervisor (npm start, systemd, the orchestrator) starts a clean one.
// - Each request is marked with its direct peer (lib/http/direct-peer.ts) before Next.js sees it.
// - INSTANCE_NAME, when set, is sent back in an X-Instance header (to see a load balancer at work).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import next from 'next'
import pg from 'pg'
import { onPublicContentChange, PUBLIC_CONTENT_CHANNEL, publicContentChanged } from '../lib/cache/public-content'
import { normaliseForwardingHeaders } from '../lib/http/client-ip'
import { markDirectPeer } from '../lib/http/direct-peer'
import { cacheSecondsFromEnv, createPageCache } from '../lib/http/page-cache'
import { refuseRequest } from '../lib/http/request-guard'
import { INSERT_REFUSAL_SQL, insertRefusalValues, RefusalSampler, refusalLogLine } from '../lib/security/refusal-store'
import { runShutdownHooks } from '../lib/server/lifecycle'
import { exitOnUncaughtErrors } from '../lib/server/process-guards'

const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME || '127.0.0.1'
const drainMs = Number(process.env.SHUTDOWN_DRAIN_SECONDS ?? 15) * 1_000

exitOnUncaughtErrors()

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

// The database as this instance sees it: a LISTEN connection (other instances' publishes) that,
// when lost and not at once re-established, marks the database down. While down, requests that
// need it are answered 503 with Retry-After at once instead of each waiting on the pool; stored
// public pages are still served; a probe every 500 ms notices the return. Not on the embedded
// database, which is single-instance and serves every connection from one session.
let databaseDown = false
let listener: pg.Client | undefined
let stopping = false
const watched = !!process.env.DATABASE_URL && process.env.EMBEDDED_DATABASE !== 'true'

async function watchDatabase(): Promise<void> {
  let connectedBefore = false
  let failures = 0
  while (!stopping) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2_000 })
    let lost!: () => void
    const closed = new Promise<void>((resolve) => (lost = resolve))
    client.on('error', () => lost())
    client.on('end', () => lost())
    try {
      await client.connect()
      client.on('notification', () => publicContentChanged())
      await client.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`)
      // Publishes elsewhere may have gone unheard while disconnected.
      if (connectedBefore) publicContentChanged()
      if (databaseDown) console.log('database: available again')
      databaseDown = false
      connectedBefore = true
      failures = 0
      listener = client
      await closed
      listener = undefined
    } catch (error) {
      // counted below
      if (!databaseDown) console.warn('database: LISTEN connection failed:', error instanceof Error ? error.message : error)
    }
    client.end().catch((error) => console.warn('database: closing the LISTEN connection failed:', error instanceof Error ? error.message : error))
    if (stopping) return
    failures++
    if (failures >= 2 && !databaseDown) {
      databaseDown = true
      console.warn('database: unavailable; answering 503 until it is back')
    }
    await new Promise((resolve) => setTimeout(resolve, failures === 1 ? 0 : 500))
  }
}
if (watched) void watchDatabase()

const cache = createPageCache({ port, host: '127.0.0.1', ...cacheSecondsFromEnv(), degraded: () => databaseDown })
onPublicContentChange(() => cache.clear())

/** What needs no database: the build's static files and the health check (which reports it). */
const WITHOUT_DATABASE = /^\/(?:_next\/|favicon\.ico|api\/health(?:$|\?))|\.(?:svg|png|ico|webmanifest|txt)(?:$|\?)/

const UNAVAILABLE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Circulars Portal: back in a moment</title></head><body><main>
<h1>Back in a moment</h1><p>The portal is briefly unavailable. Please try again in a few seconds.</p>
<p lang="es">El portal no está disponible por un momento. Vuelva a intentarlo en unos segundos.</p>
<p lang="pt">O portal está indisponível por um momento. Tente novamente em alguns segundos.</p>
<p lang="fr">Le portail est momentanément indisponible. Réessayez dans quelques secondes.</p>
<p lang="zh">门户暂时无法使用，请几秒钟后重试。</p>
<p lang="ar" dir="rtl">البوابة غير متاحة للحظات. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.</p></main></body></html>`

function unavailable(request: IncomingMessage, response: ServerResponse) {
  const html = /text\/html/.test(request.headers.accept ?? '')
  response.writeHead(503, {
    'content-type': html ? 'text/html; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    'retry-after': '5',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  })
  response.end(html ? UNAVAILABLE_HTML : JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'The service is briefly unavailable. Please try again in a few seconds.' } }))
}

/**
 * A page that could not be made (its data failed: a pool timeout, a lost connection) answers 503
 * with Retry-After, never a 200 carrying an error message, and is never stored by any cache:
 * public pages have no loading boundary, so nothing is sent before their data is in.
 */
function failedPagesAre503(request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return
  if (/^\/(?:api|_next)\//.test(request.url ?? '')) return
  const writeHead = response.writeHead
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status >= 500) {
      status = 503
      this.setHeader('retry-after', '5')
      this.setHeader('cache-control', 'no-store')
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest)
  } as typeof response.writeHead
}

// The refusal log (lib/security/refusals.ts) for what is refused before Next: same line, same
// table and bounds, through a connection of its own (not on the embedded database).
const frontRefusals = new RefusalSampler()
let refusalPool: pg.Pool | undefined
function recordFrontRefusal(entry: Parameters<typeof insertRefusalValues>[0]) {
  const stored = frontRefusals.admit(entry) && !!process.env.DATABASE_URL && process.env.EMBEDDED_DATABASE !== 'true'
  console.warn(refusalLogLine(entry, stored))
  if (!stored) return
  refusalPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
  refusalPool.query(INSERT_REFUSAL_SQL, insertRefusalValues(entry)).catch((error: Error) => console.error('refusal not recorded', error.message))
}

function refuse(request: IncomingMessage, response: ServerResponse, refusal: NonNullable<ReturnType<typeof refuseRequest>>, ip: string | null) {
  const path = (request.url ?? '/').split('?')[0]
  recordFrontRefusal({ actorId: null, action: `request.${request.method ?? 'unknown'}`, code: refusal.code, targetType: 'Path', targetId: path, ip })
  response.writeHead(refusal.status, {
    ...refusal.headers,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    connection: 'close',
  })
  response.end(request.method === 'HEAD' ? undefined : JSON.stringify({ error: { code: refusal.code, message: refusal.message } }))
  // The body is not read: the connection closes after the answer.
  request.resume()
}

const instance = process.env.INSTANCE_NAME
const server = createServer((request, response) => {
  // Before the forwarding headers are rewritten: a direct visitor is one that sent none.
  markDirectPeer(request)
  const ip = normaliseForwardingHeaders(request.headers, request.socket.remoteAddress)
  if (instance) response.setHeader('x-instance', instance)
  failedPagesAre503(request, response)
  const refusal = refuseRequest(request)
  if (refusal) return refuse(request, response, refusal, ip)
  const next = databaseDown && !WITHOUT_DATABASE.test(request.url ?? '')
    ? () => unavailable(request, response)
    : () => handle(request, response)
  cache.handle(request, response, next).catch((error) => {
    console.error('request failed', request.method, request.url, error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('Internal Server Error')
  })
})
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

server.listen(port, hostname, () => {
  console.log(`circulars portal listening on http://${hostname === '0.0.0.0' || hostname === '127.0.0.1' ? 'localhost' : hostname}:${port}`)
})

async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal}: draining in-flight requests (up to ${drainMs / 1000} s)...`)
  const force = setTimeout(() => server.closeAllConnections(), drainMs)
  force.unref()
  const idle = setInterval(() => server.closeIdleConnections(), 250)
  await new Promise<void>((resolve) => server.close(() => resolve()))
  clearInterval(idle)
  clearTimeout(force)
  const client = listener
  listener = undefined
  await client?.end().catch((error) => console.warn('shutdown: closing the LISTEN connection failed', error))
  cache.close()
  await refusalPool?.end().catch((error: unknown) => console.warn('shutdown: closing the refusal pool failed', error))
  await runShutdownHooks()
  await app.close().catch((error) => console.warn('shutdown: closing Next.js failed', error))
  console.log('stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
