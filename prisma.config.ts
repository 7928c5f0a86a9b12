// Prisma 7 reads its connection settings here, not from schema.prisma.
// The URL is only needed by migrate/introspect commands; `prisma generate` works without it.
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/circulars',
  },
})
