// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { migrate, MigrationError } from '../lib/db/migrate'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('DATABASE_URL is not set. (`npm start` runs migrations on the embedded database by itself.)')
  process.exit(1)
}
try {
  const result = await migrate(url, { log: (line) => console.log(line) })
  console.log(
    result.applied.length
      ? `applied ${result.applied.length} migration(s)`
      : `database is up to date (${result.alreadyApplied.length} migration(s) applied)`,
  )
} catch (error) {
  console.error(error instanceof MigrationError ? `migration refused: ${error.message}` : error)
  process.exit(1)
}
