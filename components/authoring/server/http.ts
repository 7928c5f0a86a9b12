// HTTP pieces of the upload and download routes (app/api/case-studies/[id]/attachments,
// app/api/files/[id]), kept here so they can be tested without a running server.
//
// Decisions:
// - Uploads are read with a hard cap while streaming, after a Content-Length check, so an
//   oversized or endless body is refused before it is held in memory whole. A body shorter than
//   its declared Content-Length is treated as too large as well: the request proxy buffers
//   bodies up to its own limit (Next's proxyClientMaxBodySize, 10 MB by default) and cuts the
//   rest, so a short body means a file above that limit.
// - Downloads name the file with an ASCII fallback and the RFC 6266 / 5987 UTF-8 form, are never
//   sniffed, run no content (CSP default-src 'none' and sandbox), and are cached publicly only
//   when the case study is published.
import type { AttachmentFile } from '@/lib/uploads'

export type CappedBody = { status: 'ok'; bytes: Uint8Array } | { status: 'tooLarge' } | { status: 'truncated' }

/** Reads a request body up to `limit` bytes; more is refused without reading it all. */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, limit: number, declaredLength?: number): Promise<CappedBody> {
  if (!body) return declaredLength ? { status: 'truncated' } : { status: 'ok', bytes: new Uint8Array(0) }
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => {})
      return { status: 'tooLarge' }
    }
    chunks.push(value)
  }
  if (declaredLength !== undefined && total < declaredLength) return { status: 'truncated' }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { status: 'ok', bytes }
}

/** A Content-Length header as a number, or undefined when absent or malformed. */
export function declaredContentLength(header: string | null): number | undefined {
  if (header === null || !/^\s*\d{1,15}\s*$/.test(header)) return undefined
  return Number(header)
}

/** `inline; filename="photo.png"; filename*=UTF-8''photo.png`, safe for any stored name. */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;%]/g, '_').trim() || 'file'
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

export const FILE_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"

export function fileHeaders(file: Pick<AttachmentFile, 'bytes' | 'contentType' | 'fileName' | 'sha256' | 'disposition' | 'isPublic'>): Record<string, string> {
  return {
    'Content-Type': file.contentType,
    'Content-Length': String(file.bytes.length),
    'Content-Disposition': contentDisposition(file.disposition, file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': FILE_CSP,
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': file.isPublic ? 'public, max-age=300' : 'private, no-store',
    ...(file.isPublic ? { ETag: `"${file.sha256}"` } : {}),
  }
}
