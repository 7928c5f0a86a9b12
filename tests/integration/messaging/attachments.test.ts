// Files on messages, with real bytes: judged by content and re-encoded like case-study files,
// refused types change nothing (no row, no message, no bytes on disk), listed under their
// message, and readable only by those who may see the message: 404 for everyone else, including
// internal-note files for officials and the files of hidden messages. (The download route's
// answers are covered by tests/e2e/conversations.spec.ts.)
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { getConversation, hideMessage, listMessagesAfter, readMessageAttachment, sendMessage, startConversation, startOutreach } from '@/lib/messaging'
import { MAX_MESSAGE_ATTACHMENTS } from '@/lib/validation/messaging'
import { actorOfKind, createAdmin, createUnattachedUser } from '../../factories/actors'
import { filesUnder, gifImage, minimalPdf, minimalZip, pngWithMetadata, SECRET_OWNER } from '../../factories/files'
import { expectIntroductionRefused } from '../../factories/introductions'
import { createMessagingWorld, uniqueKey, type MessagingWorld } from '../../factories/messaging'

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789'

let uploadsDir: string
const previousUploadsDir = process.env.UPLOADS_DIR
beforeAll(() => {
  uploadsDir = mkdtempSync(path.join(tmpdir(), 'circulars-message-files-'))
  process.env.UPLOADS_DIR = uploadsDir
})
afterAll(() => {
  if (previousUploadsDir === undefined) delete process.env.UPLOADS_DIR
  else process.env.UPLOADS_DIR = previousUploadsDir
  rmSync(uploadsDir, { recursive: true, force: true })
})

let world: MessagingWorld
beforeEach(async () => {
  rmSync(uploadsDir, { recursive: true, force: true })
  world = await createMessagingWorld()
})

const pdf = () => ({ fileName: 'minutes.pdf', bytes: minimalPdf() })

async function reply(actor: Actor, files: { fileName: string; bytes: Uint8Array }[], extra: Record<string, unknown> = {}) {
  return sendMessage(actor, { conversationId: world.conversationId, body: 'See the attached file.', files, ...extra })
}

async function attachmentsOf(messageId: string) {
  return db.attachment.findMany({ where: { messageId }, orderBy: { createdAt: 'asc' } })
}

describe('sending files', () => {
  it('stores a PDF as sent and re-encodes an image without its metadata, listed under the reply', async () => {
    const png = await pngWithMetadata()
    const sent = await reply(world.official.actor, [pdf(), { fileName: 'C:\\photos\\site visit.png', bytes: png }])
    const rows = await attachmentsOf(sent.id)
    expect(rows.map((row) => [row.kind, row.fileName, row.mimeType, row.uploadedById])).toEqual([
      ['PDF', 'minutes.pdf', 'application/pdf', world.official.user.id],
      ['IMAGE', 'site visit.png', 'image/png', world.official.user.id],
    ])
    expect(filesUnder(uploadsDir).filter((file) => !file.endsWith('.type'))).toHaveLength(2)

    const file = await readMessageAttachment(world.officer.actor, rows[1]!.id)
    expect(file.bytes.includes(Buffer.from(SECRET_OWNER))).toBe(false)
    expect((await sharp(file.bytes).metadata()).exif).toBeUndefined()
    const document = await readMessageAttachment(world.officer.actor, rows[0]!.id)
    expect(document).toMatchObject({ contentType: 'application/pdf', disposition: 'attachment', isPublic: false, fileName: 'minutes.pdf' })
    expect(Buffer.compare(document.bytes, minimalPdf())).toBe(0)

    const thread = await getConversation(world.officer.actor, { conversationId: world.conversationId })
    expect(thread.messages.at(-1)!.attachments).toEqual([
      { id: rows[0]!.id, kind: 'PDF', fileName: 'minutes.pdf', byteSize: rows[0]!.byteSize },
      { id: rows[1]!.id, kind: 'IMAGE', fileName: 'site visit.png', byteSize: rows[1]!.byteSize },
    ])
    const polled = await listMessagesAfter(world.colleague.actor, { conversationId: world.conversationId })
    expect(polled.at(-1)!.attachments.map((a) => a.fileName)).toEqual(['minutes.pdf', 'site visit.png'])
  })

  it('attaches files to the first message of a new conversation', async () => {
    const { id } = await startConversation(world.official.actor, {
      hubSlug: world.network.hubX.slug,
      subject: 'Tender documents',
      body: 'Our tender, attached.',
      files: [pdf()],
    })
    const first = await db.message.findFirstOrThrow({ where: { conversationId: id }, include: { attachments: true } })
    expect(first.attachments.map((a) => a.fileName)).toEqual(['minutes.pdf'])
    expect(await readMessageAttachment(world.manager.actor, first.attachments[0]!.id)).toMatchObject({ contentType: 'application/pdf' })
  })

  it('attaches files to an officer’s first message to a city', async () => {
    const { id } = await startOutreach(world.officer.actor, {
      hubSlug: world.network.hubX.slug,
      citySlug: world.network.cityA.slug,
      subject: 'Webinar slides',
      body: 'Slides attached.',
      files: [pdf()],
    })
    const first = await db.message.findFirstOrThrow({ where: { conversationId: id }, include: { attachments: true } })
    expect(first.attachments.map((a) => a.fileName)).toEqual(['minutes.pdf'])
    expect(await readMessageAttachment(world.colleague.actor, first.attachments[0]!.id)).toMatchObject({ contentType: 'application/pdf' })
    await expectIntroductionRefused(
      () =>
        startOutreach(world.officer.actor, {
          hubSlug: world.network.hubX.slug,
          citySlug: world.network.cityA.slug,
          subject: 'Bad',
          body: 'Bad file',
          files: [{ fileName: 'x.pdf', bytes: minimalZip() }],
        }),
      'INVALID',
      'fileType',
    )
  })

  it.each([
    ['a GIF', async () => ({ fileName: 'anim.gif', bytes: await gifImage() })],
    ['a ZIP named .pdf', async () => ({ fileName: 'report.pdf', bytes: minimalZip() })],
    ['an HTML page named .png', async () => ({ fileName: 'x.png', bytes: Buffer.from('<html><script>alert(1)</script></html>') })],
    ['an empty file', async () => ({ fileName: 'empty.pdf', bytes: new Uint8Array(0) })],
  ])('refuses %s with a clear error and changes nothing, even next to a good file', async (_label, make) => {
    const bad = await make()
    await expectIntroductionRefused(() => reply(world.official.actor, [pdf(), bad]), 'INVALID', 'fileType')
    await expectIntroductionRefused(
      () => startConversation(world.official.actor, { hubSlug: world.network.hubX.slug, subject: 'Bad', body: 'Bad file', files: [bad] }),
      'INVALID',
      'fileType',
    )
    expect(filesUnder(uploadsDir)).toEqual([])
  })

  it('refuses a file over the size limit and too many files', async () => {
    const huge = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024)])
    await expectIntroductionRefused(() => reply(world.official.actor, [{ fileName: 'big.pdf', bytes: huge }]), 'INVALID', 'fileTooLarge')
    const many = Array.from({ length: MAX_MESSAGE_ATTACHMENTS + 1 }, pdf)
    await expectIntroductionRefused(() => reply(world.official.actor, many), 'INVALID')
    expect(filesUnder(uploadsDir)).toEqual([])
  })

  it('stores the files of a double-submitted reply once (the loser’s bytes are deleted again)', async () => {
    const clientKey = uniqueKey()
    const [a, b] = await Promise.all([reply(world.official.actor, [pdf()], { clientKey }), reply(world.official.actor, [pdf()], { clientKey })])
    expect(a.id).toBe(b.id)
    expect(await db.attachment.count()).toBe(1)
    expect(filesUnder(uploadsDir).filter((file) => !file.endsWith('.type'))).toHaveLength(1)
    // A retry after success stores nothing new.
    await reply(world.official.actor, [pdf()], { clientKey })
    expect(filesUnder(uploadsDir).filter((file) => !file.endsWith('.type'))).toHaveLength(1)
  })

  it('refuses files from someone who may not write in the conversation', async () => {
    const outsider = await actorOfKind('focalPointB', world.network)
    await expectIntroductionRefused(() => reply(outsider!, [pdf()]), 'NOT_FOUND')
    const admin = await createAdmin()
    await expectIntroductionRefused(() => reply(admin.actor, [pdf()]), 'FORBIDDEN')
    expect(filesUnder(uploadsDir)).toEqual([])
  })
})

describe('who may download', () => {
  it('serves a reply’s file to both sides and admins; 404 to everyone else', async () => {
    const sent = await reply(world.official.actor, [pdf()])
    const [row] = await attachmentsOf(sent.id)
    for (const actor of [world.official.actor, world.colleague.actor, world.officer.actor, world.manager.actor, (await createAdmin()).actor]) {
      await expect(readMessageAttachment(actor, row!.id)).resolves.toMatchObject({ fileName: 'minutes.pdf' })
    }
    const network = world.network
    const outsiders = [
      null,
      (await createUnattachedUser()).actor,
      await actorOfKind('pendingOfficialA', network),
      await actorOfKind('focalPointB', network),
      await actorOfKind('managerY', network),
      await actorOfKind('suspendedFocalPointA', network),
    ]
    for (const actor of outsiders) {
      await expect(readMessageAttachment(actor, row!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    await expect(readMessageAttachment(world.official.actor, 'no-such-file')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(readMessageAttachment(world.official.actor, '../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('hides internal-note files from officials and admins, and a hidden message’s files from everyone', async () => {
    const note = await reply(world.officer.actor, [pdf()], { internal: true })
    const [noteFile] = await attachmentsOf(note.id)
    await expect(readMessageAttachment(world.manager.actor, noteFile!.id)).resolves.toMatchObject({ fileName: 'minutes.pdf' })
    for (const actor of [world.official.actor, world.colleague.actor, (await createAdmin()).actor]) {
      await expect(readMessageAttachment(actor, noteFile!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const officialView = await getConversation(world.official.actor, { conversationId: world.conversationId })
    expect(JSON.stringify(officialView)).not.toContain(noteFile!.id)

    const sent = await reply(world.official.actor, [pdf()])
    const [file] = await attachmentsOf(sent.id)
    await hideMessage(world.manager.actor, { messageId: sent.id, reason: 'Personal data' })
    for (const actor of [world.official.actor, world.officer.actor, world.manager.actor]) {
      await expect(readMessageAttachment(actor, file!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const thread = await getConversation(world.manager.actor, { conversationId: world.conversationId })
    expect(thread.messages.find((m) => m.id === sent.id)!.attachments).toEqual([])
  })

  it('does not serve case-study files through the message route', async () => {
    const caseStudy = await db.caseStudy.create({
      data: { slug: `case-${uniqueKey()}`, cityId: world.network.cityA.id, title: 'T', summary: 'S', body: 'B', status: 'PUBLISHED', publishedAt: new Date() },
    })
    const file = await db.attachment.create({
      data: { kind: 'PDF', storageKey: 'a'.repeat(32), fileName: 'x.pdf', mimeType: 'application/pdf', byteSize: 1, sha256: 'b'.repeat(64), caseStudyId: caseStudy.id },
    })
    await expect(readMessageAttachment(world.official.actor, file.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
