// The case studies of the actor's city in every state, for its officials' "my case studies":
// newest change first, with the state of a revision in progress. Someone who is not an active
// official of a city has none.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { CaseStudyStatus, RevisionStatus } from '@/lib/generated/prisma/enums'
import { requireCurrentActor } from '@/lib/service/kernel'

export type CityCaseStudyItem = {
  id: string
  slug: string
  title: string
  status: CaseStudyStatus
  updatedAt: Date
  publishedAt: Date | null
  openRevision: { number: number; status: RevisionStatus } | null
  isAuthor: boolean
}

export async function listCityCaseStudies(heldActor: Actor | null): Promise<CityCaseStudyItem[]> {
  const actor = await requireCurrentActor(heldActor)
  const cityId = actor.city?.id
  if (!cityId || !can(actor, 'caseStudy.edit', { cityId })) return []
  const rows = await db.caseStudy.findMany({
    where: { cityId },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      createdById: true,
      authors: { where: { userId: actor.id }, select: { userId: true } },
      revisions: { where: { status: { in: ['DRAFT', 'SUBMITTED'] } }, select: { number: true, status: true }, take: 1 },
    },
    take: 500,
  })
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    openRevision: row.status === 'PUBLISHED' ? (row.revisions[0] ?? null) : null,
    isAuthor: row.createdById === actor.id || row.authors.length > 0,
  }))
}
