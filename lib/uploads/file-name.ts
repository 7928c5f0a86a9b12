// The name an upload is shown and downloaded under. Only ever a label (storage keys are random):
// the last path segment, NFC, without control, bidi or zero-width direction marks, without
// characters that Windows or a Content-Disposition header trip over, at most 200 characters,
// and ending in the extension of what the file really is ("photo.png" that is a JPEG becomes
// "photo.jpg", so the name never lies about the type).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const AWKWARD = /[<>:"|?*;]/g
const KNOWN_EXTENSION = /\.(png|jpe?g|jfif|jpe|webp|pdf|gif|svg|svgz|html?|xhtml|xml|zip|txt|bmp|tiff?|heic|heif|avif|exe|js)$/i

export const MAX_FILE_NAME_LENGTH = 200

export function sanitiseFileName(raw: string, extension: string): string {
  const lastSegment = raw.normalize('NFC').split(/[\\/]/).pop() ?? ''
  let base = lastSegment
    .replace(/[\t\n\r\f\v]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(AWKWARD, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(KNOWN_EXTENSION, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
  const room = MAX_FILE_NAME_LENGTH - extension.length - 1
  if (base.length > room) {
    // Cut by code points so no half surrogate pair is left behind.
    const points = Array.from(base)
    while (points.join('').length > room) points.pop()
    base = points.join('').trim()
  }
  return `${base || 'file'}.${extension}`
}
