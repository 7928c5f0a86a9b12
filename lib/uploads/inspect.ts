// What an uploaded file really is, decided from its bytes alone (never its name or the MIME type
// the browser declared), before anything decodes it.
//
// Decisions:
// - Accepted: PNG, JPEG and WebP images (up to 10 MB and 40 megapixels) and PDFs (up to 20 MB).
//   Everything else is refused, SVG and HTML included (script in an image or a page).
// - The magic bytes come from `file-type`; then each format is walked structurally to its end
//   marker (PNG IEND, JPEG EOI, the RIFF length of WebP, the final %%EOF of a PDF). Bytes after
//   the end are refused: that is where polyglots (an image that is also a ZIP, a script, a page)
//   keep their second life. Images are re-encoded afterwards anyway; PDFs are stored as sent, so
//   they are also refused when they carry a ZIP archive, HTML or active content (JavaScript,
//   launch actions, embedded files). That PDF check reads names as written (after #xx escapes)
//   and cannot see inside compressed object streams: it is a filter, not a proof; PDFs are
//   therefore always served as downloads (see read-attachment.ts).
// - Pixel bombs are refused from the dimensions in the header, before decoding; sharp's
//   limitInputPixels is the second line (lib/uploads/process-upload.ts).
import { fileTypeFromBuffer } from 'file-type'
import { AppError } from '@/lib/errors'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
export const MAX_PDF_BYTES = 20 * 1024 * 1024
export const MAX_IMAGE_PIXELS = 40_000_000

export type ImageFormat = 'png' | 'jpeg' | 'webp'

export type InspectedFile =
  | { kind: 'IMAGE'; format: ImageFormat; mimeType: `image/${ImageFormat}`; width: number; height: number }
  | { kind: 'PDF'; mimeType: 'application/pdf' }

export const fileTypeRefused = () =>
  new AppError('INVALID', 'This file type is not accepted. Upload a PNG, JPEG or WebP image, or a PDF.', { key: 'fileType' })
export const fileTooLarge = () =>
  new AppError('INVALID', 'This file is too large (images up to 10 MB, PDFs up to 20 MB).', { key: 'fileTooLarge' })
export const imageTooLarge = () =>
  new AppError('INVALID', 'This image has too many pixels (at most 40 megapixels).', { key: 'imageTooLarge' })

type Dimensions = { width: number; height: number }

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(length, bytes.length - start))).toString('latin1')

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) >>> 0) + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0))
const u32le = (b: Uint8Array, i: number) => u16le(b, i) + u16le(b, i + 2) * 0x10000

/** PNG: signature, IHDR first, chunks to IEND, nothing after it. */
function walkPng(bytes: Uint8Array): Dimensions {
  let position = 8
  if (bytes.length < 8 + 25 || ascii(bytes, 12, 4) !== 'IHDR' || u32be(bytes, 8) !== 13) throw fileTypeRefused()
  const dimensions = { width: u32be(bytes, 16), height: u32be(bytes, 20) }
  for (;;) {
    if (position + 12 > bytes.length) throw fileTypeRefused()
    const length = u32be(bytes, position)
    const type = ascii(bytes, position + 4, 4)
    const next = position + 12 + length
    if (next > bytes.length || !/^[A-Za-z]{4}$/.test(type)) throw fileTypeRefused()
    position = next
    if (type === 'IEND') break
  }
  if (position !== bytes.length) throw fileTypeRefused()
  return dimensions
}

const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)

/** JPEG: segments to EOI (entropy-coded data skipped by its byte stuffing), nothing after it. */
function walkJpeg(bytes: Uint8Array): Dimensions {
  let position = 2
  let dimensions: Dimensions | null = null
  let end = -1
  while (position < bytes.length) {
    if (bytes[position] !== 0xff) throw fileTypeRefused()
    while (bytes[position + 1] === 0xff) position++ // fill bytes
    const marker = bytes[position + 1]
    if (marker === undefined) throw fileTypeRefused()
    if (marker === 0xd9) {
      end = position + 2
      break
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      position += 2
      continue
    }
    const length = u16be(bytes, position + 2)
    if (length < 2 || position + 2 + length > bytes.length) throw fileTypeRefused()
    if (isStartOfFrame(marker)) dimensions = { height: u16be(bytes, position + 5), width: u16be(bytes, position + 7) }
    position += 2 + length
    if (marker === 0xda) {
      // Entropy-coded data: a real marker is 0xFF followed by neither 0x00 (stuffing) nor a
      // restart marker.
      while (position < bytes.length - 1) {
        const next = bytes[position + 1] ?? 0
        if (bytes[position] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break
        position++
      }
    }
  }
  if (end < 0 || !dimensions) throw fileTypeRefused()
  for (let i = end; i < bytes.length; i++) if (bytes[i] !== 0x00) throw fileTypeRefused() // zero padding only
  return dimensions
}

/** WebP: the RIFF length covers the file exactly; dimensions from VP8X, VP8 or VP8L. */
function walkWebp(bytes: Uint8Array): Dimensions {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') throw fileTypeRefused()
  if (u32le(bytes, 4) + 8 !== bytes.length) throw fileTypeRefused()
  const chunk = ascii(bytes, 12, 4)
  if (chunk === 'VP8X') return { width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 }
  if (chunk === 'VP8 ') {
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) throw fileTypeRefused()
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) throw fileTypeRefused()
    const bits = u32le(bytes, 21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  throw fileTypeRefused()
}

const PDF_TAIL = 1024
const ZIP_TAIL = 65_557 // end-of-central-directory record (22) + the longest ZIP comment
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|EmbeddedFiles|RichMedia|XFA)(?![A-Za-z0-9])/
const MARKUP = /<\s*(script|html|body|iframe|svg|object|embed)\b|javascript:/i

function checkPdf(bytes: Uint8Array) {
  if (ascii(bytes, 0, 5) !== '%PDF-') throw fileTypeRefused()
  const tail = ascii(bytes, Math.max(0, bytes.length - PDF_TAIL), PDF_TAIL)
  if (!/%%EOF\s*$/.test(tail)) throw fileTypeRefused()
  const zipTail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(Math.max(0, bytes.length - ZIP_TAIL))
  if (zipTail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06])) || zipTail.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw fileTypeRefused()
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  if (PDF_ACTIVE.test(text) || MARKUP.test(text)) throw fileTypeRefused()
}

export async function inspectFile(bytes: Uint8Array): Promise<InspectedFile> {
  if (bytes.length === 0) throw fileTypeRefused()
  if (bytes.length > MAX_PDF_BYTES) throw fileTooLarge()
  const detected = await fileTypeFromBuffer(bytes)

  if (detected?.mime === 'application/pdf') {
    checkPdf(bytes)
    return { kind: 'PDF', mimeType: 'application/pdf' }
  }

  // An animated PNG is a PNG; it is re-encoded to its first frame.
  const formats: Record<string, ImageFormat> = { 'image/png': 'png', 'image/apng': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' }
  const format = detected ? (formats[detected.mime] ?? null) : null
  if (!format) throw fileTypeRefused()
  if (bytes.length > MAX_IMAGE_BYTES) throw fileTooLarge()
  const { width, height } = format === 'png' ? walkPng(bytes) : format === 'jpeg' ? walkJpeg(bytes) : walkWebp(bytes)
  if (!width || !height) throw fileTypeRefused()
  if (width * height > MAX_IMAGE_PIXELS) throw imageTooLarge()
  return { kind: 'IMAGE', format, mimeType: `image/${format}`, width, height }
}
