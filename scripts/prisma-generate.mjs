// Runs `prisma generate` without downloading Prisma's native schema engine.
// The Rust-free client does not use the schema engine, but the CLI insists on
// locating one; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// satisfies it. We set it for this step only, so that `prisma migrate` on a
// machine with internet access still uses the real engine.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' }
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath
}
const cli = require.resolve('prisma/build/index.js')
if (!existsSync(cli)) {
  console.error('prisma CLI not installed; run npm install')
  process.exit(1)
}
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env })
process.exit(result.status ?? 1)
