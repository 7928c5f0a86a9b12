// The production server (`npm start`, the e2e suite, the benchmarks): Next.js in this process,
// behind the public pages' cache (lib/http/page-cache.ts).
// - Listens on PORT (3000) and HOSTNAME (0.0.0.0).
// - Public pages for anonymous visitors come from the cache; a publish anywhere clears it: this
//   instance hears it in-process, other instances through PostgreSQL LISTEN/NOTIFY.
// - SIGTERM / SIGINT: stops accepting connections, lets in-flight requests finish (up to
//   SHUTDOWN_DRAIN_SECONDS, 15 s), stops the job workers, then exits 0.
// - A failing request or a lost database connection is logged; it never stops the process.
// - INSTANCE_NAME, when set, is sent back in an X-Instance header (to see a load balancer at work).
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import pg from 'pg'
import { onPublicContentChange, PUBLIC_CONTENT_CHANNEL, publicContentChanged } from '../lib/cache/public-content'
import { cacheSecondsFromEnv, createPageCache } from '../lib/http/page-cache'
import { runShutdownHooks } from '../lib/server/lifecycle'

const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const drainMs = Number(process.env.SHUTDOWN_DRAIN_SECONDS ?? 15) * 1_000

process.on('unhandledRejection', (reason) => console.error('unhandled rejection', reason))
process.on('uncaughtException', (error) => console.error('uncaught exception', error))

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const cache = createPageCache({ port, host: '127.0.0.1', ...cacheSecondsFromEnv() })
onPublicContentChange(() => cache.clear())

const instance = process.env.INSTANCE_NAME
const server = createServer((request, response) => {
  if (instance) response.setHeader('x-instance', instance)
  cache.handle(request, response, () => handle(request, response)).catch((error) => {
    console.error('request failed', request.method, request.url, error)
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    response.end('Internal Server Error')
  })
})
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

// Other instances' publishes. Not on the embedded database, which is single-instance and
// serves every connection from one session.
let listener: pg.Client | undefined
let stopping = false
async function listen(attempt = 0): Promise<void> {
  if (stopping || !process.env.DATABASE_URL || process.env.EMBEDDED_DATABASE === 'true') return
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5_000 })
  const retry = () => {
    if (listener !== client || stopping) return
    listener = undefined
    // Changes may have been missed while disconnected.
    publicContentChanged()
    setTimeout(() => void listen(attempt + 1), Math.min(30_000, 1_000 * 2 ** Math.min(attempt, 5))).unref()
  }
  listener = client
  client.on('error', retry)
  client.on('end', retry)
  client.on('notification', () => publicContentChanged())
  try {
    await client.connect()
    await client.query(`LISTEN ${PUBLIC_CONTENT_CHANNEL}`)
    attempt = 0
  } catch {
    client.removeAllListeners('end')
    client.end().catch(() => {})
    retry()
  }
}
void listen()

server.listen(port, hostname, () => {
  console.log(`circulars portal listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
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
  await client?.end().catch(() => {})
  cache.close()
  await runShutdownHooks()
  await app.close().catch(() => {})
  console.log('stopped')
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
