// The server the browser tests drive: a fresh database (on DATABASE_URL's server, or an
// in-memory embedded one), migrated and seeded with demo data, behind the production build.
import { createPrismaClient } from '../lib/db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded'
import { migrate } from '../lib/db/migrate'
import { seed } from '../prisma/seed'
import pg from 'pg'
import { writeFileSync } from 'node:fs'
import { issueAdminSetupToken } from '../lib/admin/first-admin'
import { e2eDatabaseName, e2ePort, e2eSetupTokenFile } from '../tests/setup/workspace'
import { ensureBuild, isLocalDatabase, startNext } from './lib/app-server'
import { startFakeEngine } from '../tests/integration/translations/fake-engines'

const port = Number(process.env.E2E_PORT ?? e2ePort)
let embedded: EmbeddedDatabase | undefined
let databaseUrl: string

if (process.env.DATABASE_URL) {
  if (!isLocalDatabase(process.env.DATABASE_URL)) throw new Error('refusing to run e2e tests against a non-local database')
  const server = new URL(process.env.DATABASE_URL)
  server.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: server.toString() })
  await admin.connect()
  // Databases of earlier runs whose server was killed before it could drop them.
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE $1`,
    [`${e2eDatabaseName.replace(/_\d+$/, '')}_%`],
  )
  for (const { datname } of rows) {
    const pid = Number(/_(\d+)$/.exec(datname)?.[1])
    if (pid && pid !== process.pid && !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  }
  await admin.query(`DROP DATABASE IF EXISTS "${e2eDatabaseName}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${e2eDatabaseName}"`)
  await admin.end()
  server.pathname = `/${e2eDatabaseName}`
  databaseUrl = server.toString()
} else {
  embedded = await startEmbeddedDatabase({ dataDir: 'memory://' })
  databaseUrl = embedded.url
}

await migrate(databaseUrl)
const prisma = createPrismaClient(databaseUrl)
await seed(prisma, { demo: true })
// The first-admin setup link, for tests/e2e/install-defaults.spec.ts (demo admins do not count as admins).
writeFileSync(e2eSetupTokenFile, (await issueAdminSetupToken(prisma)).token, { mode: 0o600 })
await prisma.$disconnect()
ensureBuild()
// Machine translation into Chinese through a local server that speaks LibreTranslate's API
// (tests/e2e/translations.spec.ts): no spec reads other case studies' pages in Chinese.
const engine = await startFakeEngine('libretranslate')

const child = startNext(port, {
  ...process.env,
  NODE_ENV: 'production',
  HOSTNAME: '127.0.0.1',
  DATABASE_URL: databaseUrl,
  // One connection on PGlite, which serves every connection from one session (see start.ts).
  DATABASE_POOL_MAX: embedded ? '1' : '10',
  EMBEDDED_DATABASE: embedded ? 'true' : 'false',
  // The public origin is configured, not taken from requests: the browser reaches the server at
  // localhost, links in e-mails and feeds name 127.0.0.1 (tests/e2e/public-origin.spec.ts).
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production-use-0123456789',
  // The demo's staff have no authenticator (lib/auth/two-step-policy.ts); tests/e2e/two-step.spec.ts enrols its own.
  TWO_STEP_FOR_STAFF: process.env.TWO_STEP_FOR_STAFF ?? 'optional',
  DEV_MAILBOX: 'true',
  // The suite registers people and reads their links there, as in a demo install.
  DEV_MAILBOX_DEMO: 'true',
  // The suite signs the same demo people in dozens of times within minutes.
  RATE_LIMIT_SCALE: '20',
  // The fixtures give each sign-in its own address in X-Forwarded-For, as one proxy would.
  TRUST_PROXY_HOPS: '1',
  SMTP_URL: '',
  MT_PROVIDER: 'libretranslate',
  MT_URL: engine.url,
  MT_LANGUAGES: 'zh',
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', async (code) => {
  await embedded?.stop().catch((error) => console.error('stopping the embedded database failed', error))
  await dropServerDatabase().catch((error) => console.error('dropping the e2e database failed', error))
  await engine.close()
  process.exit(code ?? 0)
})

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The run's database on a PostgreSQL server is dropped when the server stops. */
async function dropServerDatabase() {
  if (!process.env.DATABASE_URL) return
  const server = new URL(process.env.DATABASE_URL)
  server.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: server.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${e2eDatabaseName}" WITH (FORCE)`)
  await admin.end()
}
