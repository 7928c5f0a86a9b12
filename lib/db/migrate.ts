// Applies prisma/migrations/*/migration.sql in order, keeping Prisma's `_prisma_migrations`
// table exactly as `prisma migrate deploy` does (same columns, sha256 checksum of the file),
// so the two can take turns on one database. Prisma's CLI cannot run on machines without
// access to Prisma's servers, which is why the project carries this runner.
//
// Each migration runs in its own transaction together with its bookkeeping row; a session
// advisory lock keeps two starting instances from migrating at once. An applied migration
// whose file has changed, or that is missing, or that failed half-way, stops the run.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export class MigrationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

export type MigrationFile = { name: string; sql: string; checksum: string }

export type MigrateResult = { applied: string[]; alreadyApplied: string[] }

const LOCK_KEY = 7_264_101_337

export const defaultMigrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations')

export function checksum(contents: string | Buffer): string {
  return createHash('sha256').update(contents).digest('hex')
}

export function readMigrations(dir: string = defaultMigrationsDir): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`migrations folder not found: ${dir}`)
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql')
      if (!existsSync(file)) throw new MigrationError(`${name} has no migration.sql`)
      const bytes = readFileSync(file)
      return { name, sql: bytes.toString('utf8'), checksum: checksum(bytes) }
    })
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

type AppliedRow = {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
}

export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {})
  const files = readMigrations(options.dir)
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    try {
      await client.query(CREATE_TABLE)
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at
           FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
      )
      const byName = new Map(files.map((file) => [file.name, file]))
      const applied = new Set<string>()
      for (const row of rows) {
        const file = byName.get(row.migration_name)
        if (!row.finished_at) {
          throw new MigrationError(
            `migration ${row.migration_name} started but did not finish; resolve it before migrating again`,
          )
        }
        if (!file) {
          throw new MigrationError(
            `migration ${row.migration_name} is applied to the database but missing from prisma/migrations`,
          )
        }
        if (file.checksum !== row.checksum) {
          throw new MigrationError(
            `migration ${row.migration_name} was changed after it was applied (checksum differs); ` +
              'add a new migration instead of editing an applied one',
          )
        }
        applied.add(row.migration_name)
      }

      const result: MigrateResult = { applied: [], alreadyApplied: [...applied] }
      for (const file of files) {
        if (applied.has(file.name)) continue
        log(`applying ${file.name}`)
        await client.query('BEGIN')
        try {
          const id = randomUUID()
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at)
             VALUES ($1, $2, $3, now())`,
            [id, file.checksum, file.name],
          )
          await client.query(file.sql)
          await client.query(
            `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
            [id],
          )
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          const reason = error instanceof Error ? error.message : String(error)
          throw new MigrationError(`migration ${file.name} failed and was rolled back: ${reason}`)
        }
        result.applied.push(file.name)
      }
      return result
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY])
        .catch((error) => console.warn('migrate: releasing the advisory lock failed (it ends with the connection):', error))
    }
  } finally {
    await client.end()
  }
}
