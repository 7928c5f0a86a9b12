// Real files built in the test: images from sharp (with EXIF and GPS where asked), hand-made
// PNG chunks, a minimal PDF, a minimal ZIP, and the hostile variants the upload checks refuse.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import sharp from 'sharp'

const solid = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 140, b: 60 } } })

/** Personal data a camera or phone writes, which must never reach the public. */
export const SECRET_OWNER = 'Secret Owner 4711'
const exif = {
  IFD0: { Copyright: SECRET_OWNER, Make: 'PhoneCo', Model: 'Model X', Orientation: '1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2600/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 3900/100' },
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG carrying EXIF (owner, GPS position) and a tEXt chunk with a GPS note, before IEND. */
export async function pngWithMetadata(): Promise<Buffer> {
  const png = await solid().png().withExif(exif).toBuffer()
  const iend = png.length - 12
  const text = pngChunk('tEXt', Buffer.from(`Comment\0GPSLatitude=51.5074 ${SECRET_OWNER}`, 'latin1'))
  return Buffer.concat([png.subarray(0, iend), text, png.subarray(iend)])
}

export const jpegWithMetadata = () => solid().jpeg({ quality: 90 }).withExif(exif).toBuffer()
export const webpImage = () => solid(80, 60).webp().toBuffer()
export const gifImage = () => solid().gif().toBuffer()

/** A PNG whose header claims 50000 × 50000 pixels (2.5 gigapixels) in a few dozen bytes. */
export function pixelBombPng(): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(50_000, 0)
  ihdr.writeUInt32BE(50_000, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(64))), pngChunk('IEND', Buffer.alloc(0))])
}

/** A small, valid one-page PDF. */
export function minimalPdf(extra = ''): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    `3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]${extra} >>\nendobj\n`,
  ]
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  for (const object of objects) {
    offsets.push(Buffer.byteLength(text, 'latin1'))
    text += object
  }
  const xref = Buffer.byteLength(text, 'latin1')
  text += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  text += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

/** A ZIP archive with one stored file. */
export function minimalZip(name = 'payload.html', content = '<script>alert(1)</script>'): Buffer {
  const data = Buffer.from(content)
  const fileName = Buffer.from(name)
  const crc = zlib.crc32(data)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(data.length, 24)
  central.writeUInt16LE(fileName.length, 28)
  const localPart = Buffer.concat([local, fileName, data])
  const centralPart = Buffer.concat([central, fileName])
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(centralPart.length, 12)
  end.writeUInt32LE(localPart.length, 16)
  return Buffer.concat([localPart, centralPart, end])
}

/** Every file under `dir` (for "nothing was written to disk"). */
export function filesUnder(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}
