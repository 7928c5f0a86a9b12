// Adding and removing case-study files with real bytes: types judged by content, metadata
// stripped by re-encoding, hostile files refused with a key and nothing stored (no row, no file
// on disk), limits, covers, names, and who may do it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addCaseStudyAttachment, readAttachment, removeCaseStudyAttachment } from '@/lib/uploads'
import { MAX_ATTACHMENTS_PER_CASE_STUDY } from '@/lib/uploads/add-case-study-attachment'
import { sanitiseFileName } from '@/lib/uploads/file-name'
import { createOfficial } from '../../factories/actors'
import {
  caseStudyActorKinds,
  caseStudyActorOfKind,
  caseStudySnapshot,
  createCaseStudyInState,
  createCaseStudyNetwork,
  type CaseStudyActorKind,
  type CaseStudyNetwork,
} from '../../factories/case-studies'
import {
  filesUnder,
  gifImage,
  jpegWithMetadata,
  minimalPdf,
  minimalZip,
  pixelBombPng,
  pngChunk,
  pngWithMetadata,
  SECRET_OWNER,
  webpImage,
} from '../../factories/files'

const webpToPng = async () => sharp(await webpImage()).png().toBuffer()

let uploadsDir: string
const previousUploadsDir = process.env.UPLOADS_DIR
beforeAll(() => {
  uploadsDir = mkdtempSync(path.join(tmpdir(), 'circulars-uploads-'))
  process.env.UPLOADS_DIR = uploadsDir
})
afterAll(() => {
  if (previousUploadsDir === undefined) delete process.env.UPLOADS_DIR
  else process.env.UPLOADS_DIR = previousUploadsDir
  rmSync(uploadsDir, { recursive: true, force: true })
})

let network: CaseStudyNetwork
let caseStudyId: string
beforeEach(async () => {
  rmSync(uploadsDir, { recursive: true, force: true })
  network = await createCaseStudyNetwork()
  caseStudyId = (await createCaseStudyInState(network, 'DRAFT')).id
})

const add = (input: Record<string, unknown>, actor = network.author.actor) =>
  addCaseStudyAttachment(actor, { caseStudyId, kind: 'IMAGE', fileName: 'photo.png', ...input })

/** Refused with `key`, and nothing stored: no row, no bytes on disk, no audit row. */
async function expectRefusedNothingStored(input: Record<string, unknown>, code: string, key: string | undefined, label: string) {
  const before = await caseStudySnapshot()
  const error = await add(input).then(
    () => null,
    (e: unknown) => e as { code?: string; key?: string },
  )
  expect(error, label).toMatchObject(key ? { code, key } : { code })
  expect(await caseStudySnapshot(), label).toEqual(before)
  expect(filesUnder(uploadsDir), label).toEqual([])
}

describe('accepted files', () => {
  it('re-encodes a PNG without its EXIF, GPS position and text chunks', async () => {
    const original = await pngWithMetadata()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    expect(original.includes(Buffer.from(SECRET_OWNER))).toBe(true)

    const added = await add({ bytes: original, altText: 'Compost heaps at the market', asCover: true })
    expect(added).toMatchObject({ kind: 'IMAGE', fileName: 'photo.png', mimeType: 'image/png', width: 64, height: 48, isCover: true })

    const row = await db.attachment.findUniqueOrThrow({ where: { id: added.id } })
    expect(row).toMatchObject({ caseStudyId, uploadedById: network.author.user.id, altText: 'Compost heaps at the market', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/)
    expect(row.storageKey).not.toContain('photo')
    expect(filesUnder(uploadsDir).map((file) => path.basename(file)).sort()).toEqual([row.storageKey, `${row.storageKey}.type`].sort())

    const stored = await readAttachment(network.author.actor, added.id)
    expect(stored.bytes.length).toBe(row.byteSize)
    expect(stored.bytes.includes(Buffer.from(SECRET_OWNER))).toBe(false)
    expect(stored.bytes.includes(Buffer.from('GPSLatitude'))).toBe(false)
    expect(stored.bytes.includes(Buffer.from('Exif'))).toBe(false)
    for (const chunk of ['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']) expect(stored.bytes.includes(Buffer.from(chunk)), chunk).toBe(false)
    const metadata = await sharp(stored.bytes).metadata()
    expect(metadata).toMatchObject({ format: 'png', width: 64, height: 48 })
    expect(metadata.exif).toBeUndefined()
    expect(metadata.comments ?? []).toEqual([])
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId } })).toMatchObject({ coverImageId: added.id })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'caseStudy.addAttachment', actorId: network.author.user.id, targetId: caseStudyId }])
  })

  it('judges by content: a JPEG named .png is a JPEG, stripped of its EXIF and named .jpg', async () => {
    const jpeg = await jpegWithMetadata()
    expect(jpeg.includes(Buffer.from(SECRET_OWNER))).toBe(true)
    const added = await add({ bytes: jpeg, fileName: 'holiday.png' })
    expect(added).toMatchObject({ mimeType: 'image/jpeg', fileName: 'holiday.jpg' })
    const stored = await readAttachment(network.author.actor, added.id)
    expect(stored.contentType).toBe('image/jpeg')
    expect(stored.bytes.includes(Buffer.from(SECRET_OWNER))).toBe(false)
    expect((await sharp(stored.bytes).metadata()).exif).toBeUndefined()
  })

  it('accepts WebP images and stores PDFs byte for byte', async () => {
    const webp = await add({ bytes: await webpImage(), fileName: 'chart' })
    expect(webp).toMatchObject({ mimeType: 'image/webp', fileName: 'chart.webp', width: 80, height: 60 })
    const pdf = minimalPdf()
    const added = await add({ kind: 'PDF', bytes: pdf, fileName: 'Tender clauses (final).PDF' })
    expect(added).toMatchObject({ kind: 'PDF', mimeType: 'application/pdf', fileName: 'Tender clauses (final).pdf', width: null, height: null })
    const stored = await readAttachment(network.author.actor, added.id)
    expect(stored).toMatchObject({ contentType: 'application/pdf', disposition: 'attachment', isPublic: false })
    expect(Buffer.compare(stored.bytes, pdf)).toBe(0)
  })

  it('makes the uploader a co-author', async () => {
    const colleague = await createOfficial(network.cityA.id)
    await add({ bytes: await webpImage() }, colleague.actor)
    expect(await db.caseStudyAuthor.count({ where: { caseStudyId, userId: colleague.user.id } })).toBe(1)
  })
})

describe('refused files', () => {
  it('refuses SVG, HTML, GIF, ZIP and polyglots by content, whatever their name', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
    const jpeg = await jpegWithMetadata()
    const png = await pngWithMetadata()
    const cases: [string, Record<string, unknown>][] = [
      ['SVG', { bytes: svg, fileName: 'logo.svg' }],
      ['SVG named .png', { bytes: svg, fileName: 'logo.png' }],
      ['HTML named .png', { bytes: html, fileName: 'photo.png' }],
      ['HTML as a PDF', { kind: 'PDF', bytes: html, fileName: 'report.pdf' }],
      ['GIF', { bytes: await gifImage(), fileName: 'anim.gif' }],
      ['ZIP', { kind: 'PDF', bytes: minimalZip(), fileName: 'report.pdf' }],
      ['PDF with a ZIP appended', { kind: 'PDF', bytes: Buffer.concat([minimalPdf(), minimalZip()]) }],
      ['PDF with HTML after %%EOF', { kind: 'PDF', bytes: Buffer.concat([minimalPdf(), Buffer.from('<html><script>alert(1)</script>')]) }],
      ['PDF with JavaScript', { kind: 'PDF', bytes: minimalPdf(' /AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>') }],
      ['PDF with an obfuscated /JavaScript name', { kind: 'PDF', bytes: minimalPdf(' /AA << /O << /S /J#61vaScript >> >>') }],
      ['PDF not at offset 0', { kind: 'PDF', bytes: Buffer.concat([Buffer.from('junk'), minimalPdf()]) }],
      ['JPEG with a script appended', { bytes: Buffer.concat([jpeg, Buffer.from('<script>alert(1)</script>')]) }],
      ['PNG with a ZIP appended', { bytes: Buffer.concat([png, minimalZip()]) }],
      ['truncated PNG', { bytes: png.subarray(0, png.length - 20) }],
      ['truncated JPEG', { bytes: jpeg.subarray(0, Math.floor(jpeg.length / 2)) }],
      ['WebP with bytes appended', { bytes: Buffer.concat([await webpImage(), Buffer.from('<?php system($_GET[1]); ?>')]) }],
      ['an image declared as a PDF', { kind: 'PDF', bytes: jpeg, fileName: 'scan.pdf' }],
      ['a PDF declared as an image', { kind: 'IMAGE', bytes: minimalPdf(), fileName: 'scan.png' }],
      ['zero bytes', { bytes: Buffer.alloc(0) }],
      ['plain text', { bytes: Buffer.from('just some text') }],
    ]
    for (const [label, input] of cases) await expectRefusedNothingStored(input, 'INVALID', 'fileType', label)
  })

  it('refuses files over the size limits before decoding them', async () => {
    const tenMegabytes = 10 * 1024 * 1024
    // A real PNG padded with a private ancillary chunk to exactly 10 MB + 1 byte.
    const png = await webpToPng()
    const iend = png.length - 12
    const padding = pngChunk('prVt', Buffer.alloc(tenMegabytes + 1 - png.length - 12))
    const bigPng = Buffer.concat([png.subarray(0, iend), padding, png.subarray(iend)])
    expect(bigPng.length).toBe(tenMegabytes + 1)
    await expectRefusedNothingStored({ bytes: bigPng }, 'INVALID', 'fileTooLarge', '10 MB + 1 image')
    const bigPdf = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024 + 1)])
    await expectRefusedNothingStored({ kind: 'PDF', bytes: bigPdf }, 'INVALID', 'fileTooLarge', '20 MB + 1 PDF')
  })

  it('refuses a pixel bomb from its header, before decoding', async () => {
    const bomb = pixelBombPng()
    expect(bomb.length).toBeLessThan(200)
    const started = Date.now()
    await expectRefusedNothingStored({ bytes: bomb }, 'INVALID', 'imageTooLarge', 'pixel bomb')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses a non-image value for bytes and a cover that is not an image', async () => {
    await expectRefusedNothingStored({ bytes: 'iVBORw0KGgo=' }, 'INVALID', undefined, 'base64 string')
    await expectRefusedNothingStored({ kind: 'PDF', bytes: minimalPdf(), asCover: true }, 'INVALID', undefined, 'PDF cover')
    await expectRefusedNothingStored({ kind: 'VIDEO', bytes: minimalPdf() }, 'INVALID', undefined, 'unknown kind')
  })

  it('refuses files on a case study under review or published (files would skip review)', async () => {
    for (const state of ['SUBMITTED', 'PUBLISHED', 'PUBLISHED_WITH_DRAFT_REVISION', 'REJECTED'] as const) {
      caseStudyId = (await createCaseStudyInState(network, state)).id
      await expectRefusedNothingStored({ bytes: await webpImage() }, 'CONFLICT', 'illegalTransition', state)
    }
    for (const state of ['CHANGES_REQUESTED', 'UNPUBLISHED'] as const) {
      caseStudyId = (await createCaseStudyInState(network, state)).id
      await add({ bytes: await webpImage() })
    }
  })

  it('allows at most 20 files per case study', async () => {
    await db.attachment.createMany({
      data: Array.from({ length: MAX_ATTACHMENTS_PER_CASE_STUDY }, (_, i) => ({
        kind: 'PDF' as const,
        storageKey: `${String(i).padStart(2, '0')}${'a'.repeat(30)}`,
        fileName: `file-${i}.pdf`,
        mimeType: 'application/pdf',
        byteSize: 100,
        sha256: 'b'.repeat(64),
        caseStudyId,
      })),
    })
    await expectRefusedNothingStored({ bytes: await webpImage() }, 'INVALID', 'tooManyAttachments', 'twenty-first')
  })
})

describe('file names', () => {
  it('keeps a label only: no path, control, bidi or awkward characters, at most 200, the real extension', () => {
    expect(sanitiseFileName('../../etc/passwd.png', 'png')).toBe('passwd.png')
    expect(sanitiseFileName('C:\\Users\\me\\Desktop\\photo.JPG', 'jpg')).toBe('photo.jpg')
    expect(sanitiseFileName('invoice\u202Efdp.exe', 'pdf')).toBe('invoicefdp.pdf')
    expect(sanitiseFileName('tab\tnew\nline\u0000nul.png', 'png')).toBe('tab new linenul.png')
    expect(sanitiseFileName('a "quoted"; name?.png', 'png')).toBe('a _quoted__ name_.png')
    expect(sanitiseFileName('..', 'png')).toBe('file.png')
    expect(sanitiseFileName('', 'pdf')).toBe('file.pdf')
    expect(sanitiseFileName('photo.svg', 'png')).toBe('photo.png')
    const long = sanitiseFileName(`${'ü'.repeat(150)}${'😀'.repeat(100)}.png`, 'png')
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long.endsWith('.png')).toBe(true)
    expect(long).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })

  it('stores the sanitised name', async () => {
    const added = await add({ bytes: await webpImage(), fileName: '../../\u202Eevil/..\\secret\u0007.png' })
    expect(added.fileName).toBe('secret.webp')
    expect((await db.attachment.findUniqueOrThrow({ where: { id: added.id } })).fileName).toBe('secret.webp')
  })
})

describe('who may add and remove files', () => {
  const addOutcome: Record<CaseStudyActorKind, string> = {
    anonymous: 'UNAUTHENTICATED',
    unattached: 'NOT_FOUND',
    pendingOfficialA: 'NOT_FOUND',
    officialA: 'ok',
    focalPointA: 'ok',
    officialB: 'NOT_FOUND',
    officerX: 'FORBIDDEN',
    managerX: 'FORBIDDEN',
    officerY: 'NOT_FOUND',
    managerY: 'NOT_FOUND',
    admin: 'FORBIDDEN',
    suspendedOfficialA: 'FORBIDDEN',
    suspendedOfficerX: 'FORBIDDEN',
    suspendedManagerX: 'FORBIDDEN',
    suspendedAdmin: 'FORBIDDEN',
  }

  it('lets the city’s active officials add files; refuses everyone else, storing nothing', async () => {
    const bytes = await webpImage()
    const mismatches: string[] = []
    for (const kind of caseStudyActorKinds) {
      const actor = await caseStudyActorOfKind(kind, network)
      const filesBefore = filesUnder(uploadsDir).length
      const before = await caseStudySnapshot()
      const outcome = await addCaseStudyAttachment(actor, { caseStudyId, kind: 'IMAGE', fileName: 'x.webp', bytes }).then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? String(error),
      )
      if (outcome !== addOutcome[kind]) mismatches.push(`${kind}: expected ${addOutcome[kind]}, got ${outcome}`)
      if (outcome !== 'ok') {
        if (JSON.stringify(await caseStudySnapshot()) !== JSON.stringify(before)) mismatches.push(`${kind}: database changed`)
        if (filesUnder(uploadsDir).length !== filesBefore) mismatches.push(`${kind}: file written`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('removes a file (row, bytes and cover) in any state; refuses everyone else', async () => {
    const added = await add({ bytes: await webpImage(), asCover: true })
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: added.id } })
    await db.caseStudy.update({ where: { id: caseStudyId }, data: { status: 'PUBLISHED', publishedAt: new Date() } })

    const mismatches: string[] = []
    for (const kind of caseStudyActorKinds) {
      if (addOutcome[kind] === 'ok') continue
      const actor = await caseStudyActorOfKind(kind, network)
      const before = await caseStudySnapshot()
      const outcome = await removeCaseStudyAttachment(actor, { attachmentId: added.id }).then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? String(error),
      )
      // The case study is published now: everyone sees it, so refusals are FORBIDDEN.
      const expected = kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'
      if (outcome !== expected) mismatches.push(`${kind}: expected ${expected}, got ${outcome}`)
      if (JSON.stringify(await caseStudySnapshot()) !== JSON.stringify(before)) mismatches.push(`${kind}: database changed`)
    }
    expect(mismatches).toEqual([])
    expect(filesUnder(uploadsDir).some((file) => file.endsWith(storageKey))).toBe(true)

    const colleague = await createOfficial(network.cityA.id)
    expect(await removeCaseStudyAttachment(colleague.actor, { attachmentId: added.id })).toEqual({ id: added.id, caseStudyId })
    expect(await db.attachment.count()).toBe(0)
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId } })).toMatchObject({ coverImageId: null, status: 'PUBLISHED' })
    expect(filesUnder(uploadsDir)).toEqual([])
    expect((await db.auditLog.findMany({ orderBy: { id: 'asc' } })).map((a) => a.action)).toEqual([
      'caseStudy.addAttachment',
      'caseStudy.removeAttachment',
    ])
    await expect(removeCaseStudyAttachment(colleague.actor, { attachmentId: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(readAttachment(null, added.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('hides a draft’s files from people who cannot see the draft (NOT_FOUND on removal)', async () => {
    const added = await add({ bytes: await webpImage() })
    const outsider = await createOfficial(network.cityB.id)
    await expect(removeCaseStudyAttachment(outsider.actor, { attachmentId: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.attachment.count()).toBe(1)
  })
})
