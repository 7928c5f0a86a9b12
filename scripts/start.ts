// npm start — the portal with demo data in one command.
//
// 1. Database: DATABASE_URL if set, else the embedded PGlite database under .data/pglite.
// 2. Applies pending migrations.
// 3. Seeds when the database is empty: the network's reference data always; the fictional demo
//    accounts and sample case studies only on a demo database (embedded or loopback), or when
//    SEED_DEMO=true. SEED_DEMO=false never seeds them.
// 4. Builds the production bundle when the sources changed, then serves it on PORT (3000).
import path from 'node:path'
import { createPrismaClient } from '../lib/db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded'
import { migrate } from '../lib/db/migrate'
import { demoAccounts, DEMO_PASSWORD, seed } from '../prisma/seed'
import { ensureBuild, isLocalDatabase, requireNode24, root, startNext, waitForHttp } from './lib/app-server'
import { localSecret } from './lib/secret'

requireNode24()
const port = Number(process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number between 1 and 65535 (got "${process.env.PORT}")`)
  process.exit(1)
}

let embedded: EmbeddedDatabase | undefined
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  embedded = await startEmbeddedDatabase({ dataDir: path.join(root, '.data/pglite') })
  databaseUrl = embedded.url
  console.log('database: embedded PGlite (data in .data/pglite)')
} else {
  console.log(`database: ${redact(databaseUrl)}`)
}

async function shutdown(code: number) {
  // Never hang on the way out: the embedded database gets a few seconds to close cleanly.
  setTimeout(() => process.exit(code), 5_000).unref()
  await embedded?.stop().catch(() => {})
  process.exit(code)
}

try {
  const migrated = await migrate(databaseUrl, { log: (line) => console.log(`migrate: ${line}`) })
  console.log(`migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied.length} already there`)

  const demoDatabase = embedded !== undefined || isLocalDatabase(databaseUrl)
  const prisma = createPrismaClient(databaseUrl)
  let showDemoAccounts = false
  try {
    const empty = (await prisma.hub.count()) === 0
    const demoWanted = process.env.SEED_DEMO === 'true'
      || (process.env.SEED_DEMO !== 'false' && demoDatabase)
    if (empty) {
      console.log(demoWanted ? 'empty database: seeding the network and demo data' : 'empty database: seeding the network (no demo accounts on a non-local database; SEED_DEMO=true to add them)')
      await seed(prisma, { demo: demoWanted, log: (line) => console.log(`seed: ${line}`) })
    }
    showDemoAccounts = (await prisma.user.count({ where: { isDemo: true } })) > 0
  } finally {
    await prisma.$disconnect()
  }

  // The public origin goes into every e-mailed and published link: a demo on this machine may
  // use localhost, a real deployment must say where it is reached (lib/site-url.ts).
  const publicUrl = process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? (demoDatabase ? `http://localhost:${port}` : undefined)
  if (!publicUrl) {
    throw new Error('PUBLIC_URL is not set. Set it to the address people reach the portal at (for example https://portal.example.org).')
  }

  ensureBuild()

  const child = startNext(port, {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    // PGlite serves every connection from one session, which does not isolate concurrent
    // statements and transactions: on the embedded database the app uses one connection.
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (embedded ? '1' : '10'),
    EMBEDDED_DATABASE: embedded ? 'true' : 'false',
    PUBLIC_URL: publicUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? publicUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    // Without SMTP, mail lands in the development mailbox, which only a demo database exposes.
    DEV_MAILBOX: process.env.DEV_MAILBOX ?? (demoDatabase ? 'true' : 'false'),
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code) => void shutdown(code ?? 0))

  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000)
  console.log('')
  console.log(`Circulars Portal is running at http://localhost:${port}`)
  if (showDemoAccounts) {
    console.log(`Demo sign-in accounts (password "${DEMO_PASSWORD}"):`)
    for (const account of demoAccounts) console.log(`  ${account.email.padEnd(32)} ${account.role}`)
  }
  if (!process.env.SMTP_URL && (process.env.DEV_MAILBOX ?? (demoDatabase ? 'true' : 'false')) === 'true') {
    console.log(`Mail (magic links, password resets) lands in http://localhost:${port}/dev/mailbox`)
  }
  console.log('Press Ctrl+C to stop.')
} catch (error) {
  console.error('start failed:', error instanceof Error ? error.message : error)
  await shutdown(1)
}

function redact(url: string) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}
