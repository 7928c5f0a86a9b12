// Where uploaded bytes live, behind one small interface: the local disk by default, or an
// S3-compatible object store (AWS S3, MinIO, ...) when S3_* is configured (s3-file-store.ts).
// getFileStore() is the one place that chooses, from the environment.
//
// Decisions: keys are 128 random bits in hex, never derived from anything the uploader sent, and
// every store refuses any other key shape before touching the disk or the network (no path can
// be smuggled in). Writes go to a temporary file renamed into place, so a reader never sees half a
// file. The content type is kept beside the bytes (the S3 store keeps it as object metadata).
// S3 is all or nothing: with some S3_* variables set but a required one missing the app refuses to
// start (instrumentation.ts) and the store refuses to be built, naming what is missing, rather
// than quietly writing uploads to one instance's disk.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { S3FileStore, type S3FileStoreOptions } from './s3-file-store'

export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  /** null when nothing is stored under the key. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>
}

const KEY_PATTERN = /^[a-f0-9]{32}$/

export function newStorageKey(): string {
  return randomBytes(16).toString('hex')
}

/** Throws unless the key has the shape newStorageKey() makes. */
export function assertStorageKey(key: string): void {
  if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw new Error('invalid storage key')
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'

export class LocalDiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathFor(key: string): string {
    assertStorageKey(key)
    return path.join(this.root, key.slice(0, 2), key)
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const file = this.pathFor(key)
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
    try {
      await writeFile(`${file}.type`, contentType, { mode: 0o600 })
      await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' })
      await rename(temporary, file)
    } catch (error) {
      await rm(temporary, { force: true })
      await rm(`${file}.type`, { force: true })
      throw error
    }
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    const file = this.pathFor(key)
    try {
      const [bytes, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, 'utf8')])
      return { bytes, contentType }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key)
    await rm(file, { force: true })
    await rm(`${file}.type`, { force: true })
  }
}

export type FileStoreConfig = { kind: 'local'; root: string } | ({ kind: 's3' } & S3FileStoreOptions)

/** A half-configured store: the message names the missing or malformed variables. */
export class FileStoreConfigError extends Error {
  override name = 'FileStoreConfigError'
}

const S3_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const
const S3_REQUIRED = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

const listed = (names: readonly string[]) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/**
 * The store the environment asks for: S3 when any S3_* variable is set (all required ones must
 * be), else the local disk under UPLOADS_DIR, by default `.data/uploads`.
 */
export function fileStoreConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): FileStoreConfig {
  const value = (name: string) => {
    const raw = env[name]?.trim()
    return raw ? raw : undefined
  }
  if (!S3_VARIABLES.some((name) => value(name) !== undefined)) {
    // Runtime data, not code: the build must not trace the folder into its output.
    const root = path.resolve(/*turbopackIgnore: true*/ value('UPLOADS_DIR') ?? path.join(process.cwd(), '.data', 'uploads'))
    return { kind: 'local', root }
  }

  const missing = S3_REQUIRED.filter((name) => value(name) === undefined)
  if (missing.length) {
    throw new FileStoreConfigError(
      `S3 storage is only partly configured: ${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        `Set ${listed(S3_REQUIRED)} (S3_ENDPOINT and S3_FORCE_PATH_STYLE are optional), ` +
        'or none of the S3_* variables to keep uploads on the local disk.',
    )
  }
  const endpoint = value('S3_ENDPOINT')
  if (endpoint !== undefined && !/^https?:\/\/[^/\s]+/i.test(endpoint)) {
    throw new FileStoreConfigError(`S3_ENDPOINT must be an http:// or https:// URL (got "${endpoint}").`)
  }
  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle !== undefined && !['true', 'false', '1', '0'].includes(pathStyle)) {
    throw new FileStoreConfigError(`S3_FORCE_PATH_STYLE must be true or false (got "${value('S3_FORCE_PATH_STYLE')}").`)
  }
  return {
    kind: 's3',
    bucket: value('S3_BUCKET')!,
    region: value('S3_REGION')!,
    endpoint,
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
    forcePathStyle: pathStyle === 'true' || pathStyle === '1',
  }
}

/**
 * For server start (instrumentation.ts): a half-configured store stops the process with the
 * message. Throwing is not enough there, as Next.js logs an error of the start hook and serves on.
 */
export function exitUnlessFileStoreConfigured(): void {
  try {
    fileStoreConfigFromEnv()
  } catch (error) {
    if (!(error instanceof FileStoreConfigError)) throw error
    console.error(`refusing to start: ${error.message}`)
    process.exit(1)
  }
}

export function createFileStore(config: FileStoreConfig): FileStore {
  if (config.kind === 'local') return new LocalDiskFileStore(config.root)
  const { kind: _kind, ...options } = config
  return new S3FileStore(options)
}

// One store per configuration: the environment is read on every call (tests and scripts change
// it), while the S3 client and its connection pool are kept.
const stores = new Map<string, FileStore>()

/** The configured store (see fileStoreConfigFromEnv); throws FileStoreConfigError when half-configured. */
export function getFileStore(): FileStore {
  const config = fileStoreConfigFromEnv()
  const signature = JSON.stringify(config)
  let store = stores.get(signature)
  if (!store) {
    store = createFileStore(config)
    stores.set(signature, store)
  }
  return store
}
