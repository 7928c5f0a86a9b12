// Runs before each test file: points lib/db at this worker's database and empties every
// table (except the migrations ledger and the reference data migrations write) before each test.
import { afterAll, beforeEach, inject } from 'vitest'

const urls = inject('workerDatabaseUrls')
const poolId = Number(process.env.VITEST_POOL_ID ?? 1)
const url = urls[(poolId - 1) % urls.length]
if (!url) throw new Error('no test database for this worker')
process.env.DATABASE_URL = url
process.env.TEST_DATABASE_SERVER = inject('testDatabaseServer')
// The embedded database serves every connection from one session: use one connection there.
if (!process.env.TEST_DATABASE_SERVER) process.env.DATABASE_POOL_MAX ??= '1'

const { db } = await import('@/lib/db')
// Refusals are recorded after the refused call returns: let the last test's land first.
const { flushRefusals } = await import('@/lib/security/refusals')

let tables: string[] | undefined

beforeEach(async () => {
  await flushRefusals()
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'ConfusablePrototype')`
  ).map((row) => `"${row.tablename}"`)
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`)
})

afterAll(async () => {
  await db.$disconnect()
})
