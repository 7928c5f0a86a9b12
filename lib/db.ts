// The one Prisma client of the app. Created lazily so that `next build` never needs a
// database, and cached on globalThis outside production so hot reloads do not leak pools.
import 'server-only'
import { createPrismaClient, type AppPrismaClient } from '@/lib/db/client'

const globalForPrisma = globalThis as unknown as { circularsPrisma?: AppPrismaClient }

function getClient(): AppPrismaClient {
  if (!globalForPrisma.circularsPrisma) {
    globalForPrisma.circularsPrisma = createPrismaClient()
  }
  return globalForPrisma.circularsPrisma
}

export const db: AppPrismaClient = new Proxy({} as AppPrismaClient, {
  get(_target, property) {
    const client = getClient()
    const value = Reflect.get(client, property, client)
    return typeof value === 'function' ? value.bind(client) : value
  },
})
