// Uploads in an S3-compatible object store (AWS S3, MinIO, Ceph, ...), so that any number of
// stateless app instances share them. Chosen by getFileStore() (file-store.ts) when S3_* is set.
//
// Decisions:
// - Keys are checked with the local store's rule before any request: only the random hex keys
//   newStorageKey() makes reach the bucket, never a path or anything the uploader chose.
// - The content type is kept as the object's Content-Type metadata and read back from it.
// - A missing key is null on read, and deleting one is not an error (S3 answers 204 anyway; some
//   compatible services answer 404, which is swallowed too). Every other failure is thrown: a
//   wrong bucket or bad credentials must not look like a missing file. (Without s3:ListBucket,
//   AWS answers a missing key with 403, which is thrown: grant it.)
// - With a custom endpoint, checksums are sent and checked only where the S3 API requires them:
//   the SDK's default CRC checksums are not understood by every S3-compatible service.
// - Timeouts are bounded so that a stuck store fails an upload instead of holding it for ever.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3'
import { assertStorageKey, type FileStore } from './file-store'

export type S3FileStoreOptions = {
  bucket: string
  region: string
  /** For MinIO and other S3-compatible services; unset for AWS S3. */
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  /** Address the bucket in the path (`endpoint/bucket/key`) rather than as a host name. */
  forcePathStyle: boolean
}

// A missing bucket is a 404 as well, but a configuration error, never "no such file".
const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  error.name !== 'NoSuchBucket' &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)

export class S3FileStore implements FileStore {
  readonly bucket: string
  private readonly client: S3Client

  constructor(options: S3FileStoreOptions) {
    this.bucket = options.bucket
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      ...(options.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
    })
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertStorageKey(key)
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength, ContentType: contentType }),
    )
  }

  async get(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
    assertStorageKey(key)
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))
      const bytes = object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0)
      return { bytes, contentType: object.ContentType ?? 'application/octet-stream' }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key)
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }))
    } catch (error) {
      if (!isMissing(error)) throw error
    }
  }

  /** Closes the client's connections (tests, shutdown). */
  destroy(): void {
    this.client.destroy()
  }
}
