// Builds a Prisma client on the pg driver adapter. The app's one shared client is in lib/db.ts;
// scripts (seed, benchmarks) and tests build their own from here.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'

export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set')
  }
  const max = Number(process.env.DATABASE_POOL_MAX ?? 10)
  const adapter = new PrismaPg({
    connectionString,
    max: Number.isFinite(max) && max > 0 ? max : 10,
    // Fail fast when the database is unreachable instead of hanging requests.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  })
  return new PrismaClient({
    adapter,
    // Secrets never leave the database unless a query asks for them by name.
    omit: { user: { passwordHash: true, twoStepSecret: true } },
  })
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>
