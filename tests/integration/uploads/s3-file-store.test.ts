// The S3 store against a real S3-compatible server (moto, started on a free port for this file):
// bytes and content type round trip, a missing key, deletes, key validation before any request,
// and that a configuration error is never mistaken for a missing file.
import { randomBytes } from 'node:crypto'
import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getFileStore, newStorageKey } from '@/lib/uploads/file-store'
import { S3FileStore } from '@/lib/uploads/s3-file-store'
import { motoCommand, s3SkipReason, s3SuiteMode, skipS3, setEnv, startS3Server, TEST_CREDENTIALS, TEST_REGION, type S3TestServer } from './s3-server'

if (!motoCommand) console.warn(`S3 file store tests${s3SkipReason}`)

describe('the S3 suites without an S3 server', () => {
  it('skip (saying so) on a laptop, fail in CI, run wherever moto is', () => {
    expect(s3SuiteMode({}, false)).toBe('skip')
    expect(s3SuiteMode({ CI: 'false' }, false)).toBe('skip')
    expect(s3SuiteMode({ CI: '1' }, false)).toBe('fail')
    expect(s3SuiteMode({ CI: 'true' }, false)).toBe('fail')
    expect(s3SuiteMode({ CI: '1' }, true)).toBe('run')
    expect(s3SuiteMode({}, true)).toBe('run')
  })
})

describe.skipIf(skipS3)(`S3 file store${s3SkipReason}`, () => {
  let server: S3TestServer
  let store: S3FileStore

  beforeAll(async () => {
    server = await startS3Server(`circulars-test-${randomBytes(4).toString('hex')}`)
    store = new S3FileStore({
      bucket: server.bucket,
      region: TEST_REGION,
      endpoint: server.endpoint,
      ...TEST_CREDENTIALS,
      forcePathStyle: true,
    })
  })
  afterAll(async () => {
    store?.destroy()
    await server?.stop()
  })

  const keysInBucket = async () =>
    ((await server.client.send(new ListObjectsV2Command({ Bucket: server.bucket }))).Contents ?? []).map((object) => object.Key)

  it('stores bytes under the key and gives them back with their content type; delete removes them', async () => {
    const key = newStorageKey()
    const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(1024 * 1024)])
    await store.put(key, bytes, 'image/webp')

    const stored = await store.get(key)
    expect(stored?.contentType).toBe('image/webp')
    expect(stored?.bytes.equals(bytes)).toBe(true)
    expect(await keysInBucket()).toContain(key)

    await store.delete(key)
    expect(await store.get(key)).toBeNull()
    expect(await keysInBucket()).not.toContain(key)
  })

  it('keeps the content type as the object’s metadata, and a second put replaces bytes and type', async () => {
    const key = newStorageKey()
    await store.put(key, Buffer.from('%PDF-1.7 first'), 'application/pdf')
    const head = await server.client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: key }))
    expect(head.ContentType).toBe('application/pdf')
    expect(head.ContentLength).toBe(14)

    await store.put(key, Buffer.from('not a pdf any more'), 'image/png')
    expect(await store.get(key)).toEqual({ bytes: Buffer.from('not a pdf any more'), contentType: 'image/png' })
    expect((await keysInBucket()).filter((k) => k === key)).toHaveLength(1)
  })

  it('answers null for a key with nothing stored, and deleting it is not an error', async () => {
    const key = newStorageKey()
    expect(await store.get(key)).toBeNull()
    await expect(store.delete(key)).resolves.toBeUndefined()
    await store.put(key, Buffer.from('x'), 'image/png')
    await store.delete(key)
    await expect(store.delete(key)).resolves.toBeUndefined()
  })

  it('refuses any key that newStorageKey() does not make, before sending anything', async () => {
    const before = await keysInBucket()
    const hostile = ['../../etc/passwd', 'a'.repeat(31), 'a'.repeat(33), 'A'.repeat(32), `${'a'.repeat(32)}/x`, `x/${'a'.repeat(30)}`, '', ' '.repeat(32), `${'a'.repeat(31)}\n`]
    for (const key of hostile) {
      await expect(store.put(key, Buffer.from('x'), 'image/png'), JSON.stringify(key)).rejects.toThrow('invalid storage key')
      await expect(store.get(key), JSON.stringify(key)).rejects.toThrow('invalid storage key')
      await expect(store.delete(key), JSON.stringify(key)).rejects.toThrow('invalid storage key')
    }
    expect(await keysInBucket()).toEqual(before)
  })

  it('throws for a missing bucket rather than answering "no such file"', async () => {
    const wrongBucket = new S3FileStore({ bucket: 'no-such-bucket-here', region: TEST_REGION, endpoint: server.endpoint, ...TEST_CREDENTIALS, forcePathStyle: true })
    try {
      await expect(wrongBucket.get(newStorageKey())).rejects.toMatchObject({ name: 'NoSuchBucket' })
      await expect(wrongBucket.put(newStorageKey(), Buffer.from('x'), 'image/png')).rejects.toMatchObject({ name: 'NoSuchBucket' })
    } finally {
      wrongBucket.destroy()
    }
  })

  it('is the store getFileStore() gives when S3_* is configured, and the local disk otherwise', async () => {
    const restore = setEnv({ ...server.env, UPLOADS_DIR: undefined })
    try {
      const configured = getFileStore()
      expect(configured).toBeInstanceOf(S3FileStore)
      expect((configured as S3FileStore).bucket).toBe(server.bucket)
      expect(getFileStore()).toBe(configured)
      const key = newStorageKey()
      await configured.put(key, Buffer.from('through the configured store'), 'image/jpeg')
      expect(await store.get(key)).toEqual({ bytes: Buffer.from('through the configured store'), contentType: 'image/jpeg' })
    } finally {
      restore()
    }
    const restoreLocal = setEnv(Object.fromEntries(Object.keys(server.env).map((name) => [name, undefined])))
    try {
      expect(getFileStore()).not.toBeInstanceOf(S3FileStore)
    } finally {
      restoreLocal()
    }
  })
})
