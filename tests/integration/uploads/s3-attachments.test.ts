// With S3_* configured, a case-study file goes to the bucket (nothing to the local disk), is
// served by GET /api/files/:id from there, and is deleted from the bucket when removed.
// The session is mocked: the route asks next-auth, which needs a request; the rest is real.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { addCaseStudyAttachment, removeCaseStudyAttachment } from '@/lib/uploads'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'
import { filesUnder, minimalPdf, webpImage } from '../../factories/files'
import { motoCommand, s3SkipReason, skipS3, setEnv, startS3Server, type S3TestServer } from './s3-server'

const session = vi.hoisted(() => ({ actor: null as Actor | null }))
vi.mock('@/lib/auth/session', () => ({
  getCurrentUser: async () => session.actor,
  requireUser: async () => session.actor,
  resolveSessionActor: async () => session.actor,
}))

const { GET } = await import('@/app/api/files/[id]/route')

if (!motoCommand) console.warn(`S3 case-study attachment tests${s3SkipReason}`)

describe.skipIf(skipS3)(`case-study files in S3${s3SkipReason}`, () => {
  let server: S3TestServer
  let uploadsDir: string
  let restoreEnv: () => void
  let network: CaseStudyNetwork

  beforeAll(async () => {
    server = await startS3Server(`circulars-files-${randomBytes(4).toString('hex')}`)
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'circulars-s3-uploads-'))
    // UPLOADS_DIR stays set: nothing may land there while S3 is configured.
    restoreEnv = setEnv({ ...server.env, UPLOADS_DIR: uploadsDir })
  })
  afterAll(async () => {
    restoreEnv?.()
    await server?.stop()
    if (uploadsDir) rmSync(uploadsDir, { recursive: true, force: true })
  })
  beforeEach(async () => {
    network = await createCaseStudyNetwork()
    session.actor = null
  })

  const download = (id: string) => GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) })

  it('stores an uploaded file in the bucket with its content type and serves it from there', async () => {
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    const image = await addCaseStudyAttachment(network.author.actor, { caseStudyId: caseStudy.id, kind: 'IMAGE', fileName: 'compost.webp', bytes: await webpImage() })
    const pdf = await addCaseStudyAttachment(network.author.actor, { caseStudyId: caseStudy.id, kind: 'PDF', fileName: 'report.pdf', bytes: minimalPdf() })
    expect(filesUnder(uploadsDir)).toEqual([])

    for (const file of [image, pdf]) {
      const row = await db.attachment.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } })
      const head = await server.client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: row.storageKey }))
      expect(head.ContentType).toBe(file.mimeType)
      expect(head.ContentLength).toBe(file.byteSize)
    }

    // A draft's file: its author gets the bytes from S3.
    session.actor = network.author.actor
    const response = await download(image.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('cache-control')).toContain('private')
    const row = await db.attachment.findUniqueOrThrow({ where: { id: image.id }, select: { storageKey: true } })
    const object = await server.client.send(new GetObjectCommand({ Bucket: server.bucket, Key: row.storageKey }))
    const inBucket = Buffer.from(await object.Body!.transformToByteArray())
    expect(Buffer.from(await response.arrayBuffer()).equals(inBucket)).toBe(true)
    expect(inBucket.length).toBe(image.byteSize)

    // Once published, anyone gets it.
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
    session.actor = null
    const publicPdf = await download(pdf.id)
    expect(publicPdf.status).toBe(200)
    expect(publicPdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await publicPdf.arrayBuffer()).equals(minimalPdf())).toBe(true)
  })

  it('deletes the object from the bucket when the file is removed', async () => {
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    const pdf = await addCaseStudyAttachment(network.author.actor, { caseStudyId: caseStudy.id, kind: 'PDF', fileName: 'plan.pdf', bytes: minimalPdf() })
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: pdf.id }, select: { storageKey: true } })
    await expect(server.client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: storageKey }))).resolves.toBeDefined()

    await removeCaseStudyAttachment(network.author.actor, { attachmentId: pdf.id })
    await expect(server.client.send(new HeadObjectCommand({ Bucket: server.bucket, Key: storageKey }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 404 },
    })
  })
})
