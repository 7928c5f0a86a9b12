// Which file store the environment asks for: the local disk without S3_*, S3 with all of its
// required variables, and a clear error naming what is missing when S3 is half configured.
// Both stores refuse the same keys, the S3 one before any request (its endpoint here is a closed
// port: a connection error instead of "invalid storage key" would mean a request was tried).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  createFileStore,
  exitUnlessFileStoreConfigured,
  fileStoreConfigFromEnv,
  FileStoreConfigError,
  LocalDiskFileStore,
  newStorageKey,
} from '@/lib/uploads/file-store'
import { S3FileStore } from '@/lib/uploads/s3-file-store'

const full = {
  S3_BUCKET: 'circulars-uploads',
  S3_REGION: 'eu-west-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'example-secret',
}
const required = Object.keys(full) as (keyof typeof full)[]

const configError = (env: Record<string, string | undefined>) => {
  try {
    fileStoreConfigFromEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(FileStoreConfigError)
    return (error as Error).message
  }
  throw new Error(`no error for ${JSON.stringify(env)}`)
}

describe('fileStoreConfigFromEnv', () => {
  it('uses the local disk without any S3_* variable: UPLOADS_DIR, else .data/uploads', () => {
    expect(fileStoreConfigFromEnv({ UPLOADS_DIR: '/srv/uploads' })).toEqual({ kind: 'local', root: '/srv/uploads' })
    expect(fileStoreConfigFromEnv({})).toEqual({ kind: 'local', root: path.join(process.cwd(), '.data', 'uploads') })
    expect(fileStoreConfigFromEnv({ S3_BUCKET: '', S3_REGION: '  ' })).toMatchObject({ kind: 'local' })
  })

  it('uses S3 when the required variables are set; endpoint and path style are optional', () => {
    expect(fileStoreConfigFromEnv({ ...full, UPLOADS_DIR: '/srv/uploads' })).toEqual({
      kind: 's3',
      bucket: 'circulars-uploads',
      region: 'eu-west-1',
      endpoint: undefined,
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'example-secret',
      forcePathStyle: false,
    })
    expect(fileStoreConfigFromEnv({ ...full, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    })
    for (const [raw, expected] of [['1', true], ['TRUE', true], ['false', false], ['0', false]] as const) {
      expect(fileStoreConfigFromEnv({ ...full, S3_FORCE_PATH_STYLE: raw })).toMatchObject({ forcePathStyle: expected })
    }
  })

  it.each(required)('refuses S3 without %s, naming it and only it as missing', (name) => {
    const message = configError({ ...full, [name]: undefined })
    expect(message.split('. ')[0]).toBe(`S3 storage is only partly configured: ${name} is not set`)
  })

  it('names every missing variable, also when only an optional one is set or a value is blank', () => {
    expect(configError({ S3_BUCKET: 'b', S3_REGION: 'r' })).toContain('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set')
    expect(configError({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toContain(
      'S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set',
    )
    expect(configError({ S3_FORCE_PATH_STYLE: 'true' })).toContain('S3_BUCKET, S3_REGION')
    expect(configError({ ...full, S3_SECRET_ACCESS_KEY: '   ' })).toContain('S3_SECRET_ACCESS_KEY is not set')
  })

  it('refuses a malformed endpoint or path-style flag, naming the variable', () => {
    expect(configError({ ...full, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT must be an http:// or https:// URL')
    expect(configError({ ...full, S3_ENDPOINT: 'ftp://example.org' })).toContain('S3_ENDPOINT')
    expect(configError({ ...full, S3_FORCE_PATH_STYLE: 'yes please' })).toContain('S3_FORCE_PATH_STYLE must be true or false')
  })
})

describe('exitUnlessFileStoreConfigured (server start)', () => {
  it('stops the process with the message when S3 is half configured, and lets a complete or absent configuration start', () => {
    const saved = { ...process.env }
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never)
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      for (const name of ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE']) delete process.env[name]
      exitUnlessFileStoreConfigured()
      Object.assign(process.env, full)
      exitUnlessFileStoreConfigured()
      expect(exit).not.toHaveBeenCalled()

      delete process.env.S3_REGION
      exitUnlessFileStoreConfigured()
      expect(exit).toHaveBeenCalledWith(1)
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^refusing to start: S3 storage is only partly configured: S3_REGION is not set/))
    } finally {
      exit.mockRestore()
      log.mockRestore()
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
      Object.assign(process.env, saved)
    }
  })
})

describe('createFileStore and key validation', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'circulars-file-store-unit-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const local = createFileStore({ kind: 'local', root })
  const s3 = createFileStore({ kind: 's3', bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', accessKeyId: 'a', secretAccessKey: 's', forcePathStyle: true })

  it('builds the store the configuration names', () => {
    expect(local).toBeInstanceOf(LocalDiskFileStore)
    expect(s3).toBeInstanceOf(S3FileStore)
  })

  const hostile = ['../../etc/passwd', '..', 'a'.repeat(31), 'a'.repeat(33), 'A'.repeat(32), `${'a'.repeat(30)}/x`, `${'a'.repeat(31)}\n`, '', '%2e%2e%2f'.padEnd(32, 'a')]

  it.each([
    ['local disk', local],
    ['S3', s3],
  ] as const)('the %s store refuses every key newStorageKey() does not make, before any I/O', async (_name, store) => {
    for (const key of hostile) {
      await expect(store.put(key, Buffer.from('x'), 'image/png'), JSON.stringify(key)).rejects.toThrow('invalid storage key')
      await expect(store.get(key), JSON.stringify(key)).rejects.toThrow('invalid storage key')
      await expect(store.delete(key), JSON.stringify(key)).rejects.toThrow('invalid storage key')
    }
    expect(readdirSync(root)).toEqual([])
    expect(newStorageKey()).toMatch(/^[a-f0-9]{32}$/)
  })
})
