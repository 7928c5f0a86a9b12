// npm start — the portal with demo data in one command.
//
// 1. Database: DATABASE_URL if set, else the embedded PGlite database under .data/pglite.
// 2. Applies pending migrations.
// 3. Seeds when the database is empty: the network's reference data always; the fictional demo
//    accounts and sample case studies only on a demo install: the embedded database, or
//    SEED_DEMO=true (lib/server/install-mode.ts). SEED_DEMO=false never seeds them.
// 4. Development mailbox: on for a demo install without SMTP, refused when the database holds
//    accounts besides the demo ones (lib/mail/dev-mailbox.ts).
// 5. A real install without a network admin: prints a one-time setup link (lib/admin/first-admin.ts).
// 6. Builds the production bundle when the sources changed, then serves it on PORT (3000), on
//    loopback unless HOSTNAME says otherwise.
import path from 'node:path'
import { hasNetworkAdmin, issueAdminSetupToken, ADMIN_SETUP_HOURS } from '../lib/admin/first-admin'
import { createPrismaClient } from '../lib/db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded'
import { migrate } from '../lib/db/migrate'
import { countOtherAccounts, decideDevMailbox } from '../lib/mail/dev-mailbox'
import { isDemoInstall } from '../lib/server/install-mode'
import { demoAccounts, DEMO_PASSWORD, seed } from '../prisma/seed'
import { ensureBuild, requireNode24, root, startNext, waitForHttp } from './lib/app-server'
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
  await embedded?.stop().catch((error) => console.error('stopping the embedded database failed', error))
  process.exit(code)
}

try {
  const migrated = await migrate(databaseUrl, { log: (line) => console.log(`migrate: ${line}`) })
  console.log(`migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied.length} already there`)

  const demo = isDemoInstall(process.env, embedded !== undefined)
  // The public origin goes into every e-mailed and published link: a demo on this machine may
  // use localhost, a real deployment must say where it is reached (lib/site-url.ts).
  const publicUrl = (process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? (demo ? `http://localhost:${port}` : undefined))?.replace(/\/$/, '')
  if (!publicUrl) {
    throw new Error('PUBLIC_URL is not set. Set it to the address people reach the portal at (for example https://portal.example.org).')
  }
  const origin = publicUrl
  const prisma = createPrismaClient(databaseUrl)
  let showDemoAccounts = false
  let setupLink: string | undefined
  let mailbox: ReturnType<typeof decideDevMailbox>
  try {
    const empty = (await prisma.hub.count()) === 0
    if (empty) {
      console.log(demo ? 'empty database: seeding the network and demo data' : 'empty database: seeding the network (no demo accounts: a real install; demo data belongs to the embedded database or SEED_DEMO=true)')
      await seed(prisma, { demo, log: (line) => console.log(`seed: ${line}`) })
    }
    const demoAccountCount = await prisma.user.count({ where: { isDemo: true } })
    showDemoAccounts = demo && demoAccountCount > 0
    if (!demo && demoAccountCount > 0) {
      console.warn(`warning: this database holds ${demoAccountCount} demo account(s) whose password is published. ` +
        'Suspend or delete them (admin, Users), or start with SEED_DEMO=true if this is a demo.')
    }
    mailbox = decideDevMailbox({
      requested: process.env.DEV_MAILBOX,
      smtpConfigured: !!process.env.SMTP_URL,
      demoMode: demo,
      otherAccounts: await countOtherAccounts(prisma),
    })
    if (!mailbox.enabled && process.env.DEV_MAILBOX === 'true') console.warn(`development mailbox stays off: ${mailbox.reason}`)
    if (!demo && !(await hasNetworkAdmin(prisma))) {
      const { token } = await issueAdminSetupToken(prisma)
      setupLink = `${origin}/setup?token=${token}`
    }
  } finally {
    await prisma.$disconnect()
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
    DEV_MAILBOX: mailbox.enabled ? 'true' : 'false',
    DEV_MAILBOX_DEMO: demo ? 'true' : 'false',
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code) => void shutdown(code ?? 0))

  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000)
  console.log('')
  const host = process.env.HOSTNAME || '127.0.0.1'
  console.log(`Circulars Portal is running at http://localhost:${port}` + (host === '127.0.0.1' ? ' (this machine only; HOSTNAME=0.0.0.0 to listen on every interface)' : ` (listening on ${host})`))
  if (showDemoAccounts) {
    console.log(`Demo sign-in accounts (password "${DEMO_PASSWORD}"):`)
    for (const account of demoAccounts) console.log(`  ${account.email.padEnd(32)} ${account.role}`)
  }
  if (mailbox.enabled) {
    console.log(`Mail (magic links, password resets) lands in http://localhost:${port}/dev/mailbox (visitors on this machine and admins only)`)
  }
  if (setupLink) {
    console.log('No network admin yet. Create the first one with this one-time link')
    console.log(`(valid ${ADMIN_SETUP_HOURS} hours, works once; a restart prints a new one and voids this one):`)
    console.log(`  ${setupLink}`)
    console.log('or on this machine: npm run admin:create -- --email you@your-city.example --name "Your Name"')
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
