// Hostile uploads through the real upload route (POST /api/case-studies/:id/attachments, with
// the author's session cookie): wrong types judged by content, polyglots, SVG, oversized files,
// pixel bombs, and path tricks in names. Refused files: 4xx, no row and no byte on disk.
// Accepted names: stored only as a sanitised label, never as a path.
import './next-runtime'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST as attachmentsPOST } from '@/app/api/case-studies/[id]/attachments/route'
import { db } from '@/lib/db'
import { addCaseStudyAttachment } from '@/lib/uploads'
import { MAX_IMAGE_BYTES, MAX_PDF_BYTES } from '@/lib/uploads/inspect'
import { consumeUploadQuota, UPLOADS_PER_USER_PER_HOUR } from '@/lib/uploads/quota'
import { sendMessage, startConversation } from '@/lib/messaging'
import { createOfficial } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'
import { filesUnder, gifImage, jpegWithMetadata, minimalPdf, minimalZip, pixelBombPng, webpImage } from '../../factories/files'
import { callRoute, expectHttpRefused, expectRefused, makeRequest, runCases, sessionFor, snapshotDatabase, type HostileCase } from '../../factories/hostile'

vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl')
  const { loadMessages } = await import('@/lib/i18n/messages')
  const messages = await loadMessages('en')
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'en', messages, namespace } as never),
    getLocale: async () => 'en',
  }
})

let uploadsDir: string
const previousUploadsDir = process.env.UPLOADS_DIR
beforeAll(() => {
  uploadsDir = mkdtempSync(path.join(tmpdir(), 'circulars-hostile-uploads-'))
  process.env.UPLOADS_DIR = uploadsDir
})
afterAll(() => {
  if (previousUploadsDir === undefined) delete process.env.UPLOADS_DIR
  else process.env.UPLOADS_DIR = previousUploadsDir
  rmSync(uploadsDir, { recursive: true, force: true })
})

let network: CaseStudyNetwork
let caseStudyId: string
let session: string
beforeEach(async () => {
  rmSync(uploadsDir, { recursive: true, force: true })
  network = await createCaseStudyNetwork()
  caseStudyId = (await createCaseStudyInState(network, 'DRAFT')).id
  session = await sessionFor(network.author.user.id)
})

type Upload = { bytes?: Uint8Array; name?: string; type?: string; kind?: string; altText?: string; headers?: Record<string, string>; body?: BodyInit }

/** The upload form's request: multipart with file, kind and altText, same origin, signed in. */
function uploadRequest({ bytes, name = 'photo.png', type = 'image/png', kind, altText = 'Compost heaps at the market', headers = {}, body }: Upload) {
  let contentType = headers['content-type']
  let payload = body
  if (payload === undefined) {
    const form = new FormData()
    if (bytes) form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }))
    if (kind) form.set('kind', kind)
    if (altText) form.set('altText', altText)
    const encoded = new Response(form)
    contentType = encoded.headers.get('content-type')!
    payload = encoded.body!
  }
  return makeRequest(`/api/case-studies/${caseStudyId}/attachments`, {
    method: 'POST',
    session,
    headers: { ...headers, 'content-type': contentType ?? 'application/octet-stream' },
    body: payload,
  })
}

const upload = (input: Upload) => callRoute(attachmentsPOST, uploadRequest(input), { id: caseStudyId })

const pngImage = (width = 32, height = 24) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 40 } } }).png().toBuffer()

describe('refused uploads: a clear 4xx, no row, no file on disk', () => {
  it('named cases', async () => {
    const png = await pngImage()
    const jpeg = await jpegWithMetadata()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.domain)</script></svg>')
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    const cases: [string, Upload, number, string, string?][] = [
      ['plain text named photo.png', { bytes: Buffer.from('just some text, not an image'), name: 'photo.png' }, 422, 'INVALID', 'fileType'],
      ['an HTML page named report.pdf', { bytes: html, name: 'report.pdf', type: 'application/pdf' }, 422, 'INVALID', 'fileType'],
      ['an SVG with a script (image/svg+xml)', { bytes: svg, name: 'logo.svg', type: 'image/svg+xml' }, 422, 'INVALID', 'fileType'],
      ['an SVG named logo.png', { bytes: svg, name: 'logo.png' }, 422, 'INVALID', 'fileType'],
      ['a PNG/ZIP polyglot (an archive after IEND)', { bytes: Buffer.concat([png, minimalZip()]) }, 422, 'INVALID', 'fileType'],
      ['a JPEG with PHP after its end', { bytes: Buffer.concat([jpeg, Buffer.from('<?php system($_GET["c"]); ?>')]), name: 'a.jpg', type: 'image/jpeg' }, 422, 'INVALID', 'fileType'],
      ['a PDF/HTML polyglot (a page after %%EOF)', { bytes: Buffer.concat([minimalPdf(), html]), name: 'a.pdf', type: 'application/pdf' }, 422, 'INVALID', 'fileType'],
      ['a PDF carrying HTML inside', { bytes: minimalPdf(' /Note (<html><script>alert(1)</script></html>)'), name: 'a.pdf', type: 'application/pdf' }, 422, 'INVALID', 'fileType'],
      [
        'a PDF with a JavaScript open action',
        { bytes: minimalPdf(' /AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>'), name: 'a.pdf', type: 'application/pdf' },
        422,
        'INVALID',
        'fileType',
      ],
      ['a ZIP archive named tender.pdf', { bytes: minimalZip(), name: 'tender.pdf', type: 'application/pdf' }, 422, 'INVALID', 'fileType'],
      ['a GIF image', { bytes: await gifImage(), name: 'anim.gif', type: 'image/gif' }, 422, 'INVALID', 'fileType'],
      ['a PNG declared as kind PDF', { bytes: png, kind: 'PDF', name: 'a.pdf' }, 422, 'INVALID', 'fileType'],
      ['a truncated PNG', { bytes: png.subarray(0, Math.floor(png.length / 2)) }, 422, 'INVALID', 'fileType'],
      ['a pixel bomb (50,000 × 50,000 pixels in a few bytes)', { bytes: pixelBombPng(), name: 'bomb.png' }, 422, 'INVALID', 'imageTooLarge'],
      ['an empty file', { bytes: new Uint8Array(0) }, 422, 'INVALID'],
      ['an image without a text alternative', { bytes: png, altText: '' }, 422, 'INVALID'],
      ['a JSON body instead of a form', { body: JSON.stringify({ file: 'aGVsbG8=' }), headers: { 'content-type': 'application/json' } }, 422, 'INVALID'],
      ['a multipart body that does not parse', { body: 'garbage', headers: { 'content-type': 'multipart/form-data; boundary=x' } }, 422, 'INVALID'],
      [
        'a declared Content-Length over the limit (refused before reading)',
        { bytes: png, headers: { 'content-length': String(MAX_PDF_BYTES + 10 * 1024 * 1024) } },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      ['a 5,000-character name', { bytes: png, name: `${'n'.repeat(5000)}.png` }, 422, 'INVALID'],
      ['an upload from another site (Origin header)', { bytes: png, headers: { origin: 'https://evil.example' } }, 403, 'FORBIDDEN'],
    ]
    await runCases(
      cases.map(([name, input, status, code, key]): HostileCase => ({
        name,
        run: async () => {
          const body = await expectHttpRefused(() => upload(input), { status, code }, name)
          if (key) {
            // The message is the catalogue's for this problem, not a generic one.
            const { loadMessages } = await import('@/lib/i18n/messages')
            const problems = (await loadMessages('en')).AuthoringErrors.problems as Record<string, string>
            expect(body.error?.message, name).toBe(problems[key])
          }
          expect(filesUnder(uploadsDir), name).toEqual([])
        },
      })),
    )
  })

  it('an image over 10 MB is refused for its size (service), nothing stored', async () => {
    const big = Buffer.concat([await pngImage(), Buffer.alloc(MAX_IMAGE_BYTES)])
    await expectRefused(
      () => addCaseStudyAttachment(network.author.actor, { caseStudyId, kind: 'IMAGE', fileName: 'huge.png', bytes: big, altText: 'Huge' }),
      { code: 'INVALID', key: 'fileTooLarge' },
    )
    expect(filesUnder(uploadsDir)).toEqual([])
  })
})

describe('path tricks in names: accepted, stored only as a sanitised label', () => {
  it('named cases', async () => {
    const png = await pngImage()
    const names: [string, string, Uint8Array, string, string][] = [
      ['a parent-directory path', '../../etc/passwd', png, 'image/png', 'passwd.png'],
      ['an absolute Windows path', 'C:\\Windows\\System32\\evil.png', png, 'image/png', 'evil.png'],
      ['a right-to-left override hiding .exe', `invoice\u202egnp.exe`, png, 'image/png', 'invoicegnp.png'],
      ['HTML in the name', '<img src=x onerror=alert(1)>.png', png, 'image/png', '_img src=x onerror=alert(1)_.png'],
      ['a header-splitting name', 'a";\r\nX-Injected: 1.png', png, 'image/png', ''],
      ['a 900-character name (cut to 200)', `${'n'.repeat(900)}.png`, png, 'image/png', `${'n'.repeat(196)}.png`],
      ['a name of dots only', '....', minimalPdf(), 'application/pdf', 'file.pdf'],
    ]
    await runCases(
      names.map(([name, fileName, bytes, type, expected]): HostileCase => ({
        name,
        run: async () => {
          const response = await upload({ bytes, name: fileName, type })
          const body = (await response.json()) as { attachment?: { id: string; fileName: string } }
          expect(response.status, `${name}: ${JSON.stringify(body)}`).toBe(201)
          const row = await db.attachment.findUniqueOrThrow({ where: { id: body.attachment!.id } })
          if (expected) expect(row.fileName, name).toBe(expected)
          expect(row.fileName, name).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e\u2066-\u2069<>"]/)
          expect(row.fileName.length, name).toBeLessThanOrEqual(200)
          expect(row.fileName, name).toMatch(type === 'application/pdf' ? /\.pdf$/ : /\.png$/)
          expect(row.storageKey, name).toMatch(/^[0-9a-f]{32}$/)
          // Nothing was written outside the uploads folder, and only under the random key.
          for (const file of filesUnder(uploadsDir)) expect(path.basename(file), name).toMatch(/^[0-9a-f]{32}(\.type)?$/)
        },
      })),
    )
  })

  it('a NUL byte in the name, through the service: stored without it', async () => {
    const added = await addCaseStudyAttachment(network.author.actor, { caseStudyId, kind: 'PDF', fileName: 'a\u0000.pdf', bytes: minimalPdf() })
    expect(added.fileName).toBe('a.pdf')
  })

  it('control: a WebP upload with a plain name goes through the same route', async () => {
    const response = await upload({ bytes: await webpImage(), name: 'chart.webp', type: 'image/webp' })
    expect(response.status).toBe(201)
  })
})

// Issue 13: uploads had no per-user or per-city limit (only 20 files per case study); both of
// these were accepted on the old code.
describe('upload quotas', () => {
  it(`the ${UPLOADS_PER_USER_PER_HOUR + 1}th file within an hour: 429 with Retry-After, no row, no file on disk`, async () => {
    await consumeUploadQuota(network.author.user.id, UPLOADS_PER_USER_PER_HOUR)
    const before = await snapshotDatabase()
    const response = await upload({ bytes: await pngImage() })
    expect(response.status).toBe(429)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED')
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await snapshotDatabase()).toEqual(before)
    expect(filesUnder(uploadsDir)).toEqual([])
    // Another official of the same city still uploads.
    const colleague = await createOfficial(network.cityA.id)
    await expect(
      addCaseStudyAttachment(colleague.actor, { caseStudyId, kind: 'IMAGE', fileName: 'ok.png', bytes: new Uint8Array(await pngImage()), altText: 'A heap' }),
    ).resolves.toMatchObject({ kind: 'IMAGE' })
  })

  it("a file that does not fit in the city's storage: CONFLICT (cityStorageFull), no row, no file left on disk; messages too", async () => {
    const previous = process.env.UPLOAD_CITY_QUOTA_MB
    try {
      const first = await addCaseStudyAttachment(network.author.actor, { caseStudyId, kind: 'IMAGE', fileName: 'a.png', bytes: new Uint8Array(await pngImage()), altText: 'A heap' })
      // Room for just what is stored now.
      process.env.UPLOAD_CITY_QUOTA_MB = String((first.byteSize + 10) / 1024 / 1024)
      const stored = filesUnder(uploadsDir)
      await expectHttpRefused(async () => upload({ bytes: await pngImage(64, 48) }), { status: 409, code: 'CONFLICT' }, 'city storage')
      expect(filesUnder(uploadsDir)).toEqual(stored)
      const { id: conversationId } = await startConversation(network.author.actor, { hubSlug: network.hubX.slug, subject: 'Files', body: 'Hello.' })
      await expectRefused(
        async () => sendMessage(network.author.actor, { conversationId, body: 'See attached.', files: [{ fileName: 'b.png', bytes: new Uint8Array(await pngImage(64, 48)) }] }),
        { code: 'CONFLICT', key: 'cityStorageFull' },
      )
      expect(filesUnder(uploadsDir)).toEqual(stored)
    } finally {
      if (previous === undefined) delete process.env.UPLOAD_CITY_QUOTA_MB
      else process.env.UPLOAD_CITY_QUOTA_MB = previous
    }
  })
})
