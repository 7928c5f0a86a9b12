// Building blocks of the translation services; not a service itself.
//
// A subject is read with what its permissions need (for a case study: its city, the city's hubs,
// its authors) and its source fields. Visibility comes first, as for case studies: a case study
// the actor may not see answers NOT_FOUND; one they see but may not translate, FORBIDDEN.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { PermissionContext } from '@/lib/auth/permissions'
import { assertVisible, caseStudyForAction, permissionContextOf, reviewerHubId } from '@/lib/case-studies/shared'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { sourceHash, type SourceFields } from './subjects'

type Tx = Prisma.TransactionClient

export type Subject = {
  type: TranslationSubject
  id: string
  /** The source's language. */
  language: string
  source: SourceFields
  hash: string
  /** Title or name, in the source language. */
  label: string
  isPublic: boolean
  /** Where readers find it. */
  publicPath: string
  context: PermissionContext
  /** Hubs whose officers and managers review its translations. */
  reviewHubIds: string[]
}

const caseStudySubject = {
  ...caseStudyForAction,
  language: true,
  summary: true,
  body: true,
  tenderClauses: true,
} satisfies Prisma.CaseStudySelect

function notFound(type: TranslationSubject): AppError {
  return new AppError('NOT_FOUND', type === 'CASE_STUDY' ? 'Case study not found.' : type === 'HUB' ? 'Hub not found.' : 'Coalition not found.')
}

/**
 * The subject as it is now; NOT_FOUND when missing or (case studies) not visible to the actor.
 * `system` (the machine-translation jobs, which check `isPublic` themselves) skips visibility.
 */
export async function loadSubject(actor: Actor | null, type: TranslationSubject, id: string, options: { system?: boolean } = {}): Promise<Subject> {
  if (type === 'CASE_STUDY') {
    const row = await db.caseStudy.findUnique({ where: { id }, select: caseStudySubject })
    if (!row) throw notFound(type)
    const context = permissionContextOf(row)
    if (!options.system) assertVisible(actor, row, context)
    const source = { title: row.title, summary: row.summary, body: row.body, tenderClauses: row.tenderClauses }
    return {
      type,
      id,
      language: row.language,
      source,
      hash: sourceHash(type, source),
      label: row.title,
      isPublic: row.status === 'PUBLISHED',
      publicPath: `/case-studies/${row.slug}`,
      context,
      reviewHubIds: context.cityHubIds ?? [],
    }
  }
  if (type === 'HUB') {
    const row = await db.hub.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true, language: true } })
    if (!row) throw notFound(type)
    const source = { description: row.description }
    return { type, id, language: row.language, source, hash: sourceHash(type, source), label: row.name, isPublic: true, publicPath: `/hubs/${row.slug}`, context: { hubId: row.id }, reviewHubIds: [row.id] }
  }
  const row = await db.coalition.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, description: true, language: true, coordinatingHubId: true },
  })
  if (!row) throw notFound(type)
  const source = { description: row.description }
  return {
    type,
    id,
    language: row.language,
    source,
    hash: sourceHash(type, source),
    label: row.name,
    isPublic: true,
    publicPath: `/coalitions/${row.slug}`,
    context: { hubId: row.coordinatingHubId },
    reviewHubIds: row.coordinatingHubId ? [row.coordinatingHubId] : [],
  }
}

/**
 * The source read again inside a transaction, its row share-locked until commit, so a
 * translation is judged against (and stamped with) the source as it is when it is written.
 */
export async function lockedSourceHash(tx: Tx, type: TranslationSubject, id: string): Promise<{ hash: string; language: string }> {
  if (type === 'CASE_STUDY') {
    const [row] = await tx.$queryRaw<{ title: string; summary: string; body: string; tenderClauses: string | null; language: string }[]>`
      SELECT "title", "summary", "body", "tenderClauses", "language" FROM "CaseStudy" WHERE "id" = ${id} FOR SHARE`
    if (!row) throw notFound(type)
    return { hash: sourceHash(type, row), language: row.language }
  }
  const [row] =
    type === 'HUB'
      ? await tx.$queryRaw<{ description: string; language: string }[]>`SELECT "description", "language" FROM "Hub" WHERE "id" = ${id} FOR SHARE`
      : await tx.$queryRaw<{ description: string; language: string }[]>`SELECT "description", "language" FROM "Coalition" WHERE "id" = ${id} FOR SHARE`
  if (!row) throw notFound(type)
  return { hash: sourceHash(type, row), language: row.language }
}

/** The hub a reviewer acts for on this subject (audit rows, "translated by <hub>"). */
export function actingHubId(actor: Actor, subject: Subject): string | null {
  if (subject.type === 'CASE_STUDY') return reviewerHubId(actor, subject.reviewHubIds)
  return subject.reviewHubIds[0] ?? null
}

/** The audit target type of a subject. */
export const auditTargetType: Record<TranslationSubject, string> = { CASE_STUDY: 'CaseStudy', HUB: 'Hub', COALITION: 'Coalition' }
