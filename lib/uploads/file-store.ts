// Where uploaded bytes live, behind one small interface so that an S3 (or other) store can
// replace the local disk without touching the services.
//
// Decisions: keys are 128 random bits in hex, never derived from anything the uploader sent, and
// the local store refuses any other key shape before touching the disk (no path can be smuggled
// in). Writes go to a temporary file renamed into place, so a reader never sees half a file.
// The content type is kept beside the bytes (an S3 store keeps it as object metadata).
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

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

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'

export class LocalDiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathFor(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error('invalid storage key')
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

const stores = new Map<string, FileStore>()

/** The configured store: the local disk under UPLOADS_DIR, by default `.data/uploads`. */
export function getFileStore(): FileStore {
  const root = path.resolve(process.env.UPLOADS_DIR ?? path.join(process.cwd(), '.data', 'uploads'))
  let store = stores.get(root)
  if (!store) {
    store = new LocalDiskFileStore(root)
    stores.set(root, store)
  }
  return store
}
