// Who may read a file: anyone when its case study is published; otherwise only those who may
// view the draft. Everyone else gets NOT_FOUND, never FORBIDDEN, so a draft's existence is not
// revealed; the actor is re-read from the database (a suspension counts at once).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { addCaseStudyAttachment, readAttachment } from '@/lib/uploads'
import { getFileStore } from '@/lib/uploads/file-store'
import { createOfficial, suspendUser } from '../../factories/actors'
import {
  caseStudyActorKinds,
  caseStudyActorOfKind,
  createCaseStudyInState,
  createCaseStudyNetwork,
  type CaseStudyActorKind,
  type CaseStudyNetwork,
} from '../../factories/case-studies'
import { minimalPdf, webpImage } from '../../factories/files'

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
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

async function caseStudyWithFile(status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'UNPUBLISHED' | 'REJECTED') {
  const caseStudy = await createCaseStudyInState(network, 'DRAFT')
  const image = await addCaseStudyAttachment(network.author.actor, { caseStudyId: caseStudy.id, kind: 'IMAGE', fileName: 'a.webp', bytes: await webpImage() })
  const pdf = await addCaseStudyAttachment(network.author.actor, { caseStudyId: caseStudy.id, kind: 'PDF', fileName: 'a.pdf', bytes: minimalPdf() })
  if (status !== 'DRAFT') {
    await db.caseStudy.update({
      where: { id: caseStudy.id },
      data: {
        status,
        publishedAt: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? new Date() : null,
        rejectionReason: status === 'REJECTED' ? 'Out of scope.' : null,
      },
    })
  }
  return { caseStudy, image, pdf }
}

const draftReaders: Record<CaseStudyActorKind, boolean> = {
  anonymous: false,
  unattached: false,
  pendingOfficialA: false,
  officialA: true,
  focalPointA: true,
  officialB: false,
  officerX: true,
  managerX: true,
  officerY: false,
  managerY: false,
  admin: true,
  suspendedOfficialA: false,
  suspendedOfficerX: false,
  suspendedManagerX: false,
  suspendedAdmin: false,
}

describe('readAttachment', () => {
  it.each(['DRAFT', 'SUBMITTED', 'UNPUBLISHED', 'REJECTED'] as const)(
    'serves the files of a %s case study to those who may view drafts, NOT_FOUND to everyone else',
    async (status) => {
      const { image, pdf } = await caseStudyWithFile(status)
      const mismatches: string[] = []
      for (const kind of caseStudyActorKinds) {
        const actor = await caseStudyActorOfKind(kind, network)
        for (const file of [image, pdf]) {
          const outcome = await readAttachment(actor, file.id).then(
            (result) => (result.bytes.length === file.byteSize && !result.isPublic ? 'ok' : 'wrong bytes'),
            (error: { code?: string }) => error.code ?? String(error),
          )
          const expected = draftReaders[kind] ? 'ok' : 'NOT_FOUND'
          if (outcome !== expected) mismatches.push(`${kind} ${file.kind}: expected ${expected}, got ${outcome}`)
        }
      }
      expect(mismatches).toEqual([])
    },
  )

  it('serves the files of a published case study to anyone, marked public', async () => {
    const { image, pdf } = await caseStudyWithFile('PUBLISHED')
    for (const kind of caseStudyActorKinds) {
      const actor = await caseStudyActorOfKind(kind, network)
      await expect(readAttachment(actor, image.id), kind).resolves.toMatchObject({
        contentType: 'image/webp',
        disposition: 'inline',
        isPublic: true,
        fileName: 'a.webp',
      })
      await expect(readAttachment(actor, pdf.id), kind).resolves.toMatchObject({
        contentType: 'application/pdf',
        disposition: 'attachment',
        isPublic: true,
      })
    }
  })

  it('lets an author who left the city still read their draft’s files; not a stranger', async () => {
    const { image } = await caseStudyWithFile('DRAFT')
    await db.cityOfficial.updateMany({ where: { userId: network.author.user.id }, data: { status: 'REMOVED', endedAt: new Date() } })
    await expect(readAttachment(network.author.actor, image.id)).resolves.toMatchObject({ isPublic: false })
    const stranger = await createOfficial(network.cityB.id)
    await expect(readAttachment(stranger.actor, image.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('re-reads the actor: a suspension or a role removed counts at once', async () => {
    const { image } = await caseStudyWithFile('DRAFT')
    const official = await createOfficial(network.cityA.id)
    await expect(readAttachment(official.actor, image.id)).resolves.toBeDefined()
    await suspendUser(official.user.id)
    await expect(readAttachment(official.actor, image.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('answers NOT_FOUND for unknown or malformed ids, files of other owners and missing bytes', async () => {
    const { image } = await caseStudyWithFile('PUBLISHED')
    for (const id of ['no-such-file', '', 'x'.repeat(65), null, 42, { id: image.id }, '../../etc/passwd']) {
      await expect(readAttachment(null, id), JSON.stringify(id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const orphan = await db.attachment.create({
      data: { kind: 'PDF', storageKey: 'f'.repeat(32), fileName: 'x.pdf', mimeType: 'application/pdf', byteSize: 10, sha256: 'a'.repeat(64) },
    })
    await expect(readAttachment(null, orphan.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const row = await db.attachment.findUniqueOrThrow({ where: { id: image.id } })
    await getFileStore().delete(row.storageKey)
    await expect(readAttachment(null, image.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
