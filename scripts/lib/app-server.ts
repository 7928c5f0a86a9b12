// Shared by `npm start`, the e2e test server and the benchmarks: build the production bundle when
// the sources changed since the last build, then run the production server (scripts/serve.ts:
// Next.js behind the public pages' cache) as a child process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(root, 'node_modules/next/dist/bin/next')
const stampFile = path.join(root, '.next/circulars-build-stamp')

const SOURCES = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'prisma/schema.prisma', 'next.config.js',
  'postcss.config.mjs', 'package-lock.json', 'tsconfig.json']

function walk(entry: string, hash: ReturnType<typeof createHash>) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return
  const stat = statSync(full)
  if (stat.isDirectory()) {
    for (const child of readdirSync(full).sort()) walk(path.join(entry, child), hash)
  } else {
    hash.update(entry).update('\0').update(readFileSync(full)).update('\0')
  }
}

export function sourceStamp(): string {
  const hash = createHash('sha256')
  for (const entry of SOURCES) walk(entry, hash)
  return hash.digest('hex')
}

export function ensureBuild(log: (line: string) => void = console.log) {
  const stamp = sourceStamp()
  const built = existsSync(path.join(root, '.next/BUILD_ID')) && existsSync(stampFile)
    && readFileSync(stampFile, 'utf8') === stamp
  if (built) {
    log('production build is up to date')
    return
  }
  log('building the production bundle (first start or sources changed)...')
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: process.env })
  if (result.status !== 0) throw new Error('next build failed')
  writeFileSync(stampFile, stamp)
}

export function startNext(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, PORT: String(port), HOSTNAME: env.HOSTNAME || '127.0.0.1', NODE_ENV: 'production' },
  })
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
      last = `HTTP ${response.status}`
    } catch (error) {
      // Not up yet: said once it gives up, not every 250 ms.
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (last: ${last})`)
}

export function requireNode24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.warn(`warning: running on Node ${process.versions.node}; the project targets Node 24 LTS ` +
      '(npm scripts use the Node 24 installed in node_modules; run through npm).')
  }
}

/** Loopback hosts count as development databases; anything else is treated as production. */
export function isLocalDatabase(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
    return host === '' || host === 'localhost' || host === '127.0.0.1' || host === '::1'
  } catch {
    return false
  }
}
