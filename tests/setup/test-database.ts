// Test databases. Refuses anything but a loopback server: tests drop and create databases.
import pg from 'pg'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/db/embedded'

export function assertLocal(url: string) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  if (!['localhost', '127.0.0.1', '::1', ''].includes(host)) {
    throw new Error(`refusing to run tests against a non-local database (${host})`)
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
  return withDatabase(serverUrl, name)
}

/** A fresh, empty database for one test: a scratch database on the server, or a new in-memory PGlite. */
export async function withScratchDatabase<T>(name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const server = process.env.TEST_DATABASE_SERVER
  if (server) {
    const url = await recreateDatabase(server, name)
    try {
      return await fn(url)
    } finally {
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    }
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: 'memory://', maxConnections: 4 })
  try {
    return await fn(embedded.url)
  } finally {
    await embedded.stop()
  }
}
