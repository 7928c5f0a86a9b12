// A real S3-compatible server for the S3 store's tests: moto's server (Python; `moto_server`, or
// `python3 -m moto.server`), started on a free loopback port and stopped after the tests.
// MOTO_SERVER may name the executable. When none is found the S3 tests are skipped with the
// reason in their title; .ci/run installs moto where it is missing so that CI runs them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'

type Command = { file: string; args: string[] }

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

function findMoto(): Command | null {
  if (process.env.MOTO_SERVER) return { file: process.env.MOTO_SERVER, args: [] }
  const executable = onPath('moto_server')
  // A pyenv shim exists for every installed version's scripts; ask it whether it really runs.
  if (executable && spawnSync(executable, ['--help'], { stdio: 'ignore', timeout: 30_000 }).status === 0) {
    return { file: executable, args: [] }
  }
  // Debian's python3-moto is installed for the system Python, which may not be first on PATH.
  for (const python of new Set([onPath('python3'), '/usr/bin/python3'])) {
    if (python && spawnSync(python, ['-c', 'import moto.server, flask'], { stdio: 'ignore', timeout: 30_000 }).status === 0) {
      return { file: python, args: ['-m', 'moto.server'] }
    }
  }
  return null
}

export const motoCommand = findMoto()

/**
 * Run, skip (saying why) or fail. In CI (CI set to anything but "false" or "0") a missing S3
 * server fails the run instead of skipping: a green CI must mean the S3 store was tested.
 */
export function s3SuiteMode(env: Record<string, string | undefined>, motoFound: boolean): 'run' | 'skip' | 'fail' {
  if (motoFound) return 'run'
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0'
  return ci ? 'fail' : 'skip'
}
export const s3Mode = s3SuiteMode(process.env, motoCommand !== null)
/** Suites are skipped only outside CI; in CI their beforeAll fails with the reason. */
export const skipS3 = s3Mode === 'skip'
const missing = 'no S3-compatible test server: moto_server was not found on PATH and python3 cannot import moto.server; ' +
  'install moto (Debian: apt-get install python3-moto) or set MOTO_SERVER'
export const s3SkipReason = s3Mode === 'run' ? '' : s3Mode === 'skip' ? ` (SKIPPED: ${missing})` : ` (FAILS IN CI: ${missing})`

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export type S3TestServer = {
  endpoint: string
  /** S3_* variables for a store on this server and a fresh bucket. */
  env: Record<string, string>
  bucket: string
  client: S3Client
  stop(): Promise<void>
}

export const TEST_REGION = 'us-east-1'
export const TEST_CREDENTIALS = { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' }

export async function startS3Server(bucket: string): Promise<S3TestServer> {
  if (!motoCommand) throw new Error(`cannot start an S3 server${s3SkipReason}`)
  const port = await freePort()
  const child: ChildProcess = spawn(motoCommand.file, [...motoCommand.args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      const killer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000)
      await exited
      clearTimeout(killer)
    }
  }

  const endpoint = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto server exited (${child.exitCode}): ${log}`)
    try {
      await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(1_000) })
      break
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`moto server did not answer on ${endpoint} within 30 s: ${log}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  const client = new S3Client({ region: TEST_REGION, endpoint, forcePathStyle: true, credentials: TEST_CREDENTIALS })
  await client.send(new CreateBucketCommand({ Bucket: bucket }))
  return {
    endpoint,
    bucket,
    client,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: TEST_REGION,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      client.destroy()
      await stop()
    },
  }
}

/** Sets the variables for the duration of a test file; returns a function that restores them. */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]))
  const apply = (entries: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(values)
  return () => apply(previous)
}
