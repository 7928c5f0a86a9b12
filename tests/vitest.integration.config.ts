import { defineConfig } from 'vitest/config'
import { sharedConfig } from './vitest.shared.ts'

// With a PostgreSQL server each worker gets its own database cloned from a migrated template.
// The embedded fallback (PGlite) is one database, so it runs one file at a time.
const workers = process.env.DATABASE_URL ? 2 : 1

export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/setup/integration-global.ts'],
    setupFiles: ['tests/setup/integration-each.ts'],
    maxWorkers: workers,
    fileParallelism: workers > 1,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      // Services are tested with staff actors built from factories, who have no authenticator;
      // tests/integration/auth/two-step.test.ts turns the requirement on where it is the subject.
      TWO_STEP_FOR_STAFF: 'optional',
      NEXTAUTH_SECRET: 'integration-only-secret-not-for-production-0123456789',
    },
  },
})
