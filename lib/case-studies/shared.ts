// Building blocks of the case-study services; not a service itself.
//
// Decisions:
// - Visibility before permission: a case study that is not published and that the actor may not
//   view as a draft answers NOT_FOUND, so its existence is not revealed; one they can see but
//   may not act on answers FORBIDDEN (CONVENTIONS: "something the user may not see is notFound").
// - Every write locks the case study row first (SELECT ... FOR UPDATE) and re-reads its state
//   under the lock, so concurrent edits, submissions and decisions are serialised and the loser
//   of a race is judged on the winner's result (CONFLICT, nothing written).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission, type Permission, type PermissionContext } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CaseStudyStatus, RevisionStatus } from '@/lib/generated/prisma/enums'
import { queueMail } from '@/lib/mail/outbox'
import { notify, type NotificationType } from '@/lib/notifications/notify'
import { illegalTransition, type WorkflowState } from './workflow'
import { noteRefusal } from '@/lib/security/refusals'

type Tx = Prisma.TransactionClient

export const caseStudyForAction = {
  id: true,
  slug: true,
  title: true,
  status: true,
  cityId: true,
  createdById: true,
  publishedAt: true,
  city: {
    select: {
      name: true,
      slug: true,
      hubMemberships: { where: { leftAt: null }, orderBy: { joinedAt: 'asc' }, select: { hubId: true } },
    },
  },
  authors: { select: { userId: true } },
} satisfies Prisma.CaseStudySelect

export type CaseStudyForAction = Prisma.CaseStudyGetPayload<{ select: typeof caseStudyForAction }>

export async function findCaseStudyForAction(caseStudyId: string): Promise<CaseStudyForAction> {
  const caseStudy = await db.caseStudy.findUnique({ where: { id: caseStudyId }, select: caseStudyForAction })
  if (!caseStudy) throw new AppError('NOT_FOUND', 'Case study not found.')
  return caseStudy
}

export function permissionContextOf(caseStudy: CaseStudyForAction): PermissionContext {
  return {
    cityId: caseStudy.cityId,
    cityHubIds: caseStudy.city.hubMemberships.map((membership) => membership.hubId),
    authorIds: caseStudy.authors.map((author) => author.userId),
    createdById: caseStudy.createdById,
  }
}

/** NOT_FOUND unless the case study is published or the actor may view its drafts. */
export function assertVisible(actor: Actor | null, caseStudy: CaseStudyForAction, context = permissionContextOf(caseStudy)) {
  if (caseStudy.status !== 'PUBLISHED' && !can(actor, 'caseStudy.viewDraft', context)) {
    noteRefusal({ actorId: actor?.id ?? null, action: 'caseStudy.viewDraft', code: 'NOT_FOUND', targetType: 'CaseStudy', targetId: caseStudy.id })
    throw new AppError('NOT_FOUND', 'Case study not found.')
  }
}

export type OpenRevision = { id: string; number: number; status: RevisionStatus; authorId: string | null }

export type LockedState = WorkflowState & { openRevisionRow: OpenRevision | null; publishedAt: Date | null }

/** Locks the case study row for the rest of the transaction and reads its workflow state. */
export async function lockCaseStudy(tx: Tx, caseStudyId: string): Promise<LockedState> {
  const rows = await tx.$queryRaw<{ status: CaseStudyStatus; publishedAt: Date | null }[]>`
    SELECT status, "publishedAt" FROM "CaseStudy" WHERE id = ${caseStudyId} FOR UPDATE`
  const row = rows[0]
  if (!row) throw new AppError('NOT_FOUND', 'Case study not found.')
  const open = await tx.caseStudyRevision.findFirst({
    where: { caseStudyId, status: { in: ['DRAFT', 'SUBMITTED'] } },
    select: { id: true, number: true, status: true, authorId: true },
  })
  return {
    status: row.status,
    publishedAt: row.publishedAt,
    openRevision: open ? (open.status as 'DRAFT' | 'SUBMITTED') : null,
    openRevisionRow: open,
  }
}

export async function nextRevisionNumber(tx: Tx, caseStudyId: string): Promise<number> {
  const latest = await tx.caseStudyRevision.aggregate({ where: { caseStudyId }, _max: { number: true } })
  return (latest._max.number ?? 0) + 1
}

/** The most recent revision in one of the given states (the one a decision applies to). */
export async function latestRevisionIn(tx: Tx, caseStudyId: string, statuses: RevisionStatus[]) {
  return tx.caseStudyRevision.findFirst({
    where: { caseStudyId, status: { in: statuses } },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, status: true, content: true, authorId: true },
  })
}

/** Authors, co-authors and the creator, as they are now (read under the lock). */
export async function currentAuthorIds(tx: Tx, caseStudyId: string): Promise<string[]> {
  const row = await tx.caseStudy.findUnique({
    where: { id: caseStudyId },
    select: { createdById: true, authors: { select: { userId: true } } },
  })
  if (!row) return []
  return [...new Set([...(row.createdById ? [row.createdById] : []), ...row.authors.map((author) => author.userId)])]
}

/** Whoever edits becomes a co-author (and so may never approve it). */
export async function addCoAuthor(tx: Tx, caseStudyId: string, userId: string) {
  await tx.caseStudyAuthor.createMany({ data: [{ caseStudyId, userId }], skipDuplicates: true })
}

/** The hub a reviewer acts for: the first of the city's current hubs where they hold a role. */
export function reviewerHubId(actor: Actor, cityHubIds: string[], roles: ('OFFICER' | 'MANAGER')[] = ['OFFICER', 'MANAGER']) {
  return cityHubIds.find((hubId) => actor.hubRoles.some((role) => role.hubId === hubId && roles.includes(role.role))) ?? null
}

/**
 * How every review decision (publish, reject, request changes, unpublish) begins: the case study,
 * 404 when the actor may not see it, the permission, and the hub deciding in the actor's name.
 */
export async function loadForDecision(
  actor: Actor,
  caseStudyId: string,
  permission: Permission,
  roles?: ('OFFICER' | 'MANAGER')[],
) {
  const caseStudy = await findCaseStudyForAction(caseStudyId)
  const context = permissionContextOf(caseStudy)
  assertVisible(actor, caseStudy, context)
  if (permission === 'caseStudy.review' || permission === 'caseStudy.publish') assertNotOwnCaseStudy(actor, context, permission)
  requirePermission(actor, permission, context)
  return { caseStudy, context, hubId: reviewerHubId(actor, context.cityHubIds ?? [], roles) }
}

/** A reviewer refused only because they wrote it is told so (ownCaseStudy), not a bare FORBIDDEN. */
function assertNotOwnCaseStudy(actor: Actor, context: PermissionContext, permission: 'caseStudy.review' | 'caseStudy.publish') {
  const isAuthor = context.createdById === actor.id || (context.authorIds ?? []).includes(actor.id)
  if (isAuthor && can(actor, permission, { ...context, authorIds: [], createdById: null })) {
    throw new AppError('FORBIDDEN', 'You cannot decide on a case study you wrote or co-wrote.', { key: 'ownCaseStudy' })
  }
}

/**
 * Separation of duties, under the row lock so a co-authorship added concurrently counts: whoever
 * wrote, co-wrote or submitted the open revision makes no review decision on it (publish, reject,
 * request changes).
 */
export async function assertIndependentReviewer(tx: Tx, actor: Actor, caseStudyId: string, state: LockedState, context: PermissionContext, permission: 'caseStudy.review' | 'caseStudy.publish') {
  const authorIds = [...(await currentAuthorIds(tx, caseStudyId)), ...(state.openRevisionRow?.authorId ? [state.openRevisionRow.authorId] : [])]
  if (!can(actor, permission, { ...context, authorIds })) {
    throw new AppError('FORBIDDEN', 'You cannot decide on a case study you wrote or co-wrote.', { key: 'ownCaseStudy' })
  }
}

/** Officers and managers of the given hubs, not suspended, except `exceptIds`. */
export async function reviewerIds(tx: Tx, hubIds: string[], exceptIds: string[] = []): Promise<string[]> {
  if (!hubIds.length) return []
  const roles = await tx.hubRole.findMany({
    where: { hubId: { in: hubIds }, user: { status: 'ACTIVE' } },
    select: { userId: true },
  })
  return [...new Set(roles.map((role) => role.userId))].filter((id) => !exceptIds.includes(id))
}

export type AuthorMessage = {
  type: NotificationType
  data: Prisma.InputJsonObject
  mail?: (name: string) => { subject: string; text: string }
}

/**
 * Tells the authors (not the actor, not suspended users) in-app, and by e-mail unless they
 * turned e-mail off. Runs inside the transaction: the outbox row commits with the decision.
 */
export async function tellAuthors(tx: Tx, caseStudyId: string, actorId: string, message: AuthorMessage) {
  const ids = (await currentAuthorIds(tx, caseStudyId)).filter((id) => id !== actorId)
  if (!ids.length) return
  const users = await tx.user.findMany({
    where: { id: { in: ids }, status: 'ACTIVE' },
    select: { id: true, email: true, name: true, emailPreference: true },
    orderBy: { id: 'asc' },
  })
  await notify(
    tx,
    users.map((user) => user.id),
    message.type,
    message.data,
  )
  if (!message.mail) return
  for (const user of users) {
    if (user.emailPreference === 'NONE') continue
    await queueMail(tx, { to: user.email, ...message.mail(user.name) })
  }
}

/**
 * A reviewer's "not yet" or "no" on a submission: the case study (unless a published one is being
 * revised) and its open revision leave SUBMITTED together, or nothing changes (illegalTransition).
 */
export async function closeSubmission(
  tx: Tx,
  args: {
    caseStudyId: string
    revision: OpenRevision | null
    isRevisionOfPublished: boolean
    caseStudyData: Prisma.CaseStudyUpdateManyMutationInput
    revisionStatus: 'REJECTED' | 'CHANGES_REQUESTED'
    reviewerId: string
    note: string
    now: Date
  },
) {
  if (!args.isRevisionOfPublished) {
    const flipped = await tx.caseStudy.updateMany({ where: { id: args.caseStudyId, status: 'SUBMITTED' }, data: args.caseStudyData })
    if (flipped.count !== 1) throw illegalTransition()
  }
  if (args.revision) {
    const decided = await tx.caseStudyRevision.updateMany({
      where: { id: args.revision.id, status: 'SUBMITTED' },
      data: { status: args.revisionStatus, reviewerId: args.reviewerId, reviewNote: args.note, reviewedAt: args.now },
    })
    if (decided.count !== 1) throw illegalTransition()
  }
}
