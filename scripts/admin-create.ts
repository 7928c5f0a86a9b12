// `npm run admin:create -- --email someone@example.org --name "Some One"`: creates a network admin
// on DATABASE_URL (or the embedded database) without a password, and prints a one-time link to
// choose one (lib/admin/first-admin.ts). The alternative to the setup link `npm start` prints.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createAdminAccount, ADMIN_PASSWORD_LINK_HOURS } from '../lib/admin/first-admin'
import { createPrismaClient } from '../lib/db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded'
import { migrate } from '../lib/db/migrate'
import { root } from './lib/app-server'

let options: { email?: string; name?: string }
try {
  options = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } }).values
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  console.error('usage: npm run admin:create -- --email someone@example.org --name "Some One"')
  process.exit(2)
}

let embedded: EmbeddedDatabase | undefined
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  embedded = await startEmbeddedDatabase({ dataDir: path.join(root, '.data/pglite') })
  databaseUrl = embedded.url
}
const prisma = createPrismaClient(databaseUrl)
try {
  await migrate(databaseUrl)
  const { user, token } = await createAdminAccount(prisma, { email: options.email, name: options.name })
  const origin = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')
  console.log(`created network admin ${user.email}`)
  console.log(`choose its password within ${ADMIN_PASSWORD_LINK_HOURS} hours (the link works once):`)
  console.log(`  ${origin}/reset-password?token=${token}`)
} catch (error) {
  console.error('admin:create failed:', error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await prisma.$disconnect()
  await embedded?.stop().catch((error) => console.error('stopping the embedded database failed', error))
}
