// The embedded database for people who have no PostgreSQL: PGlite (PostgreSQL compiled to
// WebAssembly) served over the Postgres wire protocol, so the app talks to it through the same
// `pg` driver and Prisma adapter as to a real server. Data lives in a folder (`.data/pglite` by
// default) so restarts keep it; `memory://` gives a throwaway database for tests.
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedDatabase = {
  url: string
  port: number
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export async function startEmbeddedDatabase(
  options: { dataDir?: string; port?: number; maxConnections?: number } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ?? '.data/pglite'
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true })
  const db = await PGlite.create(dataDir)
  const port = options.port ?? (await freePort())
  const server = new PGLiteSocketServer({
    db,
    port,
    host: '127.0.0.1',
    maxConnections: options.maxConnections ?? 16,
  })
  await server.start()
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    port,
    stop: async () => {
      await server.stop()
      await db.close()
    },
  }
}
