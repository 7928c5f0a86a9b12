import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { checksum, defaultMigrationsDir, migrate, readMigrations } from '@/lib/db/migrate'
import { withScratchDatabase } from '../setup/test-database'
import { testDatabasePrefix } from '../setup/workspace'

const scratchName = `${testDatabasePrefix}_migrate_${process.env.VITEST_POOL_ID ?? 1}`
const tempDirs: string[] = []

function copyOfMigrations() {
  const dir = mkdtempSync(path.join(tmpdir(), 'circulars-migrations-'))
  tempDirs.push(dir)
  cpSync(defaultMigrationsDir, dir, { recursive: true })
  return dir
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('migration runner', { timeout: 90_000 }, () => {
  it('applies every migration once and records Prisma-compatible checksums', async () => {
    await withScratchDatabase(scratchName, async (url) => {
      const files = readMigrations()
      const first = await migrate(url)
      expect(first.applied).toEqual(files.map((file) => file.name))

      const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        url,
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
      )
      expect(rows).toHaveLength(files.length)
      for (const [index, file] of files.entries()) {
        const raw = readFileSync(path.join(defaultMigrationsDir, file.name, 'migration.sql'))
        expect(rows[index]).toMatchObject({ migration_name: file.name, checksum: checksum(raw), applied_steps_count: 1 })
        expect(rows[index]?.finished_at).toBeInstanceOf(Date)
      }
      const tables = await query<{ count: string }>(
        url,
        `SELECT count(*)::text AS count FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('User', 'Hub', 'CaseStudy', 'AuditLog')`,
      )
      expect(tables[0]?.count).toBe('4')
    })
  })

  it('is idempotent: a second run applies nothing and changes nothing', async () => {
    await withScratchDatabase(scratchName, async (url) => {
      await migrate(url)
      const before = await query(url, 'SELECT id, checksum, finished_at FROM "_prisma_migrations" ORDER BY id')
      const second = await migrate(url)
      expect(second.applied).toEqual([])
      expect(second.alreadyApplied).toHaveLength(before.length)
      expect(await query(url, 'SELECT id, checksum, finished_at FROM "_prisma_migrations" ORDER BY id')).toEqual(before)
    })
  })

  it('refuses to run when an applied migration file has changed', async () => {
    await withScratchDatabase(scratchName, async (url) => {
      const dir = copyOfMigrations()
      await migrate(url, { dir })
      const [first] = readMigrations(dir)
      const file = path.join(dir, first!.name, 'migration.sql')
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n-- edited after it was applied\n`)
      await expect(migrate(url, { dir })).rejects.toMatchObject({
        name: 'MigrationError',
        message: expect.stringContaining('was changed after it was applied'),
      })
    })
  })

  it('applies a new migration after the applied ones, and rolls back a failing one entirely', async () => {
    await withScratchDatabase(scratchName, async (url) => {
      const dir = copyOfMigrations()
      await migrate(url, { dir })

      mkdirSync(path.join(dir, '29990101000000_add_note'))
      writeFileSync(path.join(dir, '29990101000000_add_note', 'migration.sql'), 'CREATE TABLE "Note" (id int);')
      expect((await migrate(url, { dir })).applied).toEqual(['29990101000000_add_note'])

      mkdirSync(path.join(dir, '29990102000000_broken'))
      writeFileSync(
        path.join(dir, '29990102000000_broken', 'migration.sql'),
        'CREATE TABLE "Half" (id int);\nSELECT * FROM "no_such_table";',
      )
      await expect(migrate(url, { dir })).rejects.toMatchObject({ message: expect.stringContaining('rolled back') })
      const half = await query(url, `SELECT 1 FROM pg_tables WHERE tablename = 'Half'`)
      expect(half).toHaveLength(0)
      const ledger = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990102000000_broken'`)
      expect(ledger).toHaveLength(0)
    })
  })

  it('refuses to run when the database has a migration that the project does not', async () => {
    await withScratchDatabase(scratchName, async (url) => {
      const dir = copyOfMigrations()
      mkdirSync(path.join(dir, '29990101000000_extra'))
      writeFileSync(path.join(dir, '29990101000000_extra', 'migration.sql'), 'SELECT 1;')
      await migrate(url, { dir })
      rmSync(path.join(dir, '29990101000000_extra'), { recursive: true })
      await expect(migrate(url, { dir })).rejects.toMatchObject({
        message: expect.stringContaining('missing from prisma/migrations'),
      })
    })
  })
})
