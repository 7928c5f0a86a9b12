// In-app notifications, written in the same transaction as the event they announce.
import type { Prisma } from '@/lib/generated/prisma/client'

export type NotificationType =
  | 'joinRequest.approved'
  | 'joinRequest.declined'
  | 'joinRequest.received'
  | 'cityTeam.approved'
  | 'cityTeam.declined'
  | 'cityTeam.removed'
  | 'cityTeam.requested'
  | 'hubRole.appointed'
  | 'hubRole.removed'
  | 'membership.left'
  | 'caseStudy.submitted'
  | 'caseStudy.revisionSubmitted'
  | 'caseStudy.changesRequested'
  | 'caseStudy.published'
  | 'caseStudy.revisionPublished'
  | 'caseStudy.rejected'
  | 'caseStudy.revisionRejected'
  | 'caseStudy.unpublished'
  | 'caseStudy.commented'
  | 'conversation.started'
  | 'conversation.message'
  | 'conversation.assigned'
  | 'message.reported'
  | 'message.hidden'
  | 'introduction.requested'
  | 'conversation.introduced'
  | 'messaging.suspended'
  | 'messaging.restored'

export async function notify(
  tx: Prisma.TransactionClient,
  userIds: string[],
  type: NotificationType,
  data: Prisma.InputJsonObject,
) {
  const unique = [...new Set(userIds)]
  if (!unique.length) return
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, type, data })) })
}
