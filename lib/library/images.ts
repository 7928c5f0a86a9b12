// Addresses of a published case study's images at the widths the file route resizes to
// (app/api/files/[id], lib/uploads/image-variant.ts). A card asks for a small width and the
// browser picks from the srcset, so a phone never downloads a 4,000-pixel photograph.
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const
export type ImageWidth = (typeof IMAGE_WIDTHS)[number]

export function imagePath(id: string, width?: ImageWidth): string {
  const base = `/api/files/${encodeURIComponent(id)}`
  return width ? `${base}?w=${width}` : base
}

/** `srcset` of an image up to its natural width (the original when it is narrower than all). */
export function imageSrcSet(id: string, naturalWidth: number | null, upTo: ImageWidth = 1280): string {
  const widths = IMAGE_WIDTHS.filter((width) => width <= upTo && (naturalWidth === null || width <= naturalWidth))
  if (!widths.length) return `${imagePath(id)} ${naturalWidth ?? IMAGE_WIDTHS[0]}w`
  return widths.map((width) => `${imagePath(id, width)} ${width}w`).join(', ')
}

/** The size an image is shown at when resized to `width` (never enlarged). */
export function scaledSize(width: number | null, height: number | null, target: number): { width?: number; height?: number } {
  if (!width || !height) return {}
  const shown = Math.min(width, target)
  return { width: shown, height: Math.round((height * shown) / width) }
}
