// Turns accepted bytes into what is stored. Images are decoded and re-encoded by sharp in their
// own format: this drops every byte the uploader chose except the pixels (EXIF with GPS
// position and camera serial, XMP, comments, trailing payloads), after turning the picture the
// way its EXIF orientation says. Decoding is bounded by limitInputPixels, in case a header lied
// about its size. PDFs are stored exactly as sent, after lib/uploads/inspect.ts accepted them.
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { AppError } from '@/lib/errors'
import { fileTooLarge, fileTypeRefused, imageTooLarge, inspectFile, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_BYTES } from './inspect'

export type ProcessedUpload = {
  kind: 'IMAGE' | 'PDF'
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf'
  extension: 'png' | 'jpg' | 'webp' | 'pdf'
  bytes: Buffer
  byteSize: number
  sha256: string
  width: number | null
  height: number | null
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export async function processUpload(kind: 'IMAGE' | 'PDF', bytes: Uint8Array): Promise<ProcessedUpload> {
  // Size first: an oversized upload is refused for its size, whatever it claims to be.
  if (bytes.length > (kind === 'IMAGE' ? MAX_IMAGE_BYTES : MAX_PDF_BYTES)) throw fileTooLarge()
  const inspected = await inspectFile(bytes)
  if (inspected.kind !== kind) throw fileTypeRefused()

  if (inspected.kind === 'PDF') {
    const stored = Buffer.from(bytes)
    return { kind: 'PDF', mimeType: 'application/pdf', extension: 'pdf', bytes: stored, byteSize: stored.length, sha256: sha256(stored), width: null, height: null }
  }

  try {
    const pipeline = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, animated: false }).autoOrient()
    const encoded =
      inspected.format === 'png'
        ? pipeline.png({ compressionLevel: 9 })
        : inspected.format === 'jpeg'
          ? pipeline.jpeg({ quality: 85, mozjpeg: true })
          : pipeline.webp({ quality: 85 })
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true })
    return {
      kind: 'IMAGE',
      mimeType: inspected.mimeType,
      extension: inspected.format === 'jpeg' ? 'jpg' : inspected.format,
      bytes: data,
      byteSize: data.length,
      sha256: sha256(data),
      width: info.width,
      height: info.height,
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw imageTooLarge()
    throw fileTypeRefused()
  }
}
