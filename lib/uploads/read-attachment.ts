// The bytes of a file, for a download route. Files of PUBLISHED case studies are public; any
// other file only for those who may view the case study's drafts (its city's officials and
// authors, the reviewers of its hubs, network admins), with the actor re-read from the database.
// Everyone else, signed in or not, gets NOT_FOUND, never FORBIDDEN: a draft's files do not
// reveal that it exists. Files of other owners (messages) are not served here.
//
// The route must send: Content-Type from `contentType`, `X-Content-Type-Options: nosniff`,
// Content-Disposition `disposition` with `fileName` encoded per RFC 6266 (filename*=UTF-8''...),
// and `Cache-Control: private, no-store` unless `isPublic`. PDFs are always downloads.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { IdSchema } from '@/lib/validation/case-study'
import { getFileStore } from './file-store'
import { noteRefusal } from '@/lib/security/refusals'

export type AttachmentFile = {
  bytes: Buffer
  contentType: string
  fileName: string
  byteSize: number
  sha256: string
  disposition: 'inline' | 'attachment'
  isPublic: boolean
}

const notFound = () => new AppError('NOT_FOUND', 'File not found.')

export async function readAttachment(heldActor: Actor | null, attachmentId: unknown): Promise<AttachmentFile> {
  const id = IdSchema.safeParse(attachmentId)
  if (!id.success) throw notFound()
  const attachment = await db.attachment.findUnique({
    where: { id: id.data },
    select: {
      kind: true,
      storageKey: true,
      fileName: true,
      mimeType: true,
      byteSize: true,
      sha256: true,
      caseStudy: {
        select: {
          status: true,
          cityId: true,
          createdById: true,
          authors: { select: { userId: true } },
          city: { select: { hubMemberships: { where: { leftAt: null }, select: { hubId: true } } } },
        },
      },
    },
  })
  const caseStudy = attachment?.caseStudy
  if (!attachment || !caseStudy) throw notFound()

  const isPublic = caseStudy.status === 'PUBLISHED'
  if (!isPublic) {
    const actor = heldActor ? await loadActor(db, heldActor.id) : null
    const allowed = can(actor, 'caseStudy.viewDraft', {
      cityId: caseStudy.cityId,
      cityHubIds: caseStudy.city.hubMemberships.map((membership) => membership.hubId),
      authorIds: caseStudy.authors.map((author) => author.userId),
      createdById: caseStudy.createdById,
    })
    if (!allowed) {
      noteRefusal({ actorId: actor?.id ?? null, action: 'file.read', code: 'NOT_FOUND', targetType: 'Attachment', targetId: id.data })
      throw notFound()
    }
  }

  const stored = await getFileStore().get(attachment.storageKey)
  if (!stored) {
    console.error('attachment without stored bytes', attachment.storageKey)
    throw notFound()
  }
  return {
    bytes: stored.bytes,
    contentType: attachment.mimeType,
    fileName: attachment.fileName,
    byteSize: attachment.byteSize,
    sha256: attachment.sha256,
    disposition: attachment.kind === 'IMAGE' ? 'inline' : 'attachment',
    isPublic,
  }
}
