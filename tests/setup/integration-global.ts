// Migrates a template database once, then gives each test worker its own copy.
import type { TestProject } from 'vitest/node'
import { startEmbeddedDatabase } from '@/lib/db/embedded'
import { migrate } from '@/lib/db/migrate'
import { adminQuery, assertLocal, recreateDatabase } from './test-database'
import { testDatabasePrefix } from './workspace'

declare module 'vitest' {
  export interface ProvidedContext {
    workerDatabaseUrls: string[]
    testDatabaseServer: string
  }
}

const TEMPLATE = `${testDatabasePrefix}_template`
const WORKER_DATABASES = 4

export default async function setup(project: TestProject) {
  const server = process.env.DATABASE_URL
  if (server) {
    assertLocal(server)
    const templateUrl = await recreateDatabase(server, TEMPLATE)
    await migrate(templateUrl)
    const urls: string[] = []
    for (let i = 1; i <= WORKER_DATABASES; i++) {
      urls.push(await recreateDatabase(server, `${testDatabasePrefix}_${i}`, TEMPLATE))
    }
    project.provide('workerDatabaseUrls', urls)
    project.provide('testDatabaseServer', server)
    return async () => {
      for (let i = 1; i <= WORKER_DATABASES; i++) {
        await adminQuery(server, `DROP DATABASE IF EXISTS "${testDatabasePrefix}_${i}" WITH (FORCE)`)
      }
      await adminQuery(server, `DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`)
    }
  }
  const embedded = await startEmbeddedDatabase({ dataDir: 'memory://', maxConnections: 8 })
  await migrate(embedded.url)
  project.provide('workerDatabaseUrls', [embedded.url])
  project.provide('testDatabaseServer', '')
  return async () => {
    await embedded.stop()
  }
}
