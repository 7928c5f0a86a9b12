// Smaller copies of a stored image for srcset (widths in lib/library/images.ts), made on demand
// from the stored bytes (already re-encoded and bounded in pixels by process-upload.ts) and
// kept in a small in-process cache keyed by the image's hash: files never change in place, so a
// copy is valid for as long as the image exists. Copies are WebP, which every supported browser
// shows and which is the smallest of the three formats; an image is never enlarged.
import 'server-only'
import sharp from 'sharp'
import { z } from 'zod'
import { AppError } from '@/lib/errors'
import { IMAGE_WIDTHS, type ImageWidth } from '@/lib/library/images'
import { MAX_IMAGE_PIXELS } from './inspect'
import type { AttachmentFile } from './read-attachment'

export const ImageWidthSchema = z.coerce
  .number()
  .refine((value): value is ImageWidth => (IMAGE_WIDTHS as readonly number[]).includes(value))

/** The width asked for in `?w=`, or undefined for the original; anything else is INVALID. */
export function parseImageWidth(raw: string | null): ImageWidth | undefined {
  if (raw === null) return undefined
  const parsed = ImageWidthSchema.safeParse(raw)
  if (!parsed.success) {
    throw new AppError('INVALID', `The width "w" must be one of ${IMAGE_WIDTHS.join(', ')} (pixels).`)
  }
  return parsed.data as ImageWidth
}

const CACHE_ENTRIES = 200
const cache = new Map<string, Buffer>()

export async function resizedImage(file: AttachmentFile, width: ImageWidth): Promise<AttachmentFile> {
  if (!file.contentType.startsWith('image/')) throw new AppError('INVALID', 'Only images can be resized.')
  const key = `${file.sha256}:${width}`
  let bytes = cache.get(key)
  if (bytes) {
    cache.delete(key)
  } else {
    bytes = await sharp(file.bytes, { limitInputPixels: MAX_IMAGE_PIXELS, animated: false })
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer()
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
  }
  cache.set(key, bytes)
  return {
    ...file,
    bytes,
    byteSize: bytes.length,
    contentType: 'image/webp',
    fileName: `${file.fileName.replace(/\.[^.]+$/, '')}-${width}.webp`,
    sha256: `${file.sha256}-w${width}`,
  }
}
