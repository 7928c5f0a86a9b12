// Names that keep two checkouts of the project (say, a developer's and a CI clone), or two runs
// in one checkout, from trampling each other's test databases and ports on one machine.
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
export const workspaceId = createHash('sha1').update(root).digest('hex').slice(0, 6)
export const testDatabasePrefix = `circulars_test_${workspaceId}_${process.pid}`
export const e2eDatabaseName = `circulars_e2e_${workspaceId}_${process.pid}`
export const e2ePort = 3100 + (parseInt(workspaceId, 16) % 800)
/** Where the e2e server leaves the first-admin setup token for its spec (it prints nothing). */
export const e2eSetupTokenFile = path.join(tmpdir(), `circulars-e2e-setup-${workspaceId}-${e2ePort}.txt`)
