// The report as a console item: found only through a hub whose console the actor sees.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'

const reportForDecision = {
  id: true,
  status: true,
  handledAt: true,
  handledBy: { select: { name: true } },
  message: {
    select: {
      id: true,
      authorId: true,
      hiddenAt: true,
      hiddenBy: { select: { name: true } },
      conversation: { select: { id: true, hubId: true, subject: true, hub: { select: { name: true, slug: true } } } },
    },
  },
} satisfies Prisma.MessageReportSelect

export type ReportForDecision = Prisma.MessageReportGetPayload<{ select: typeof reportForDecision }>

export async function getReportForDecision(actor: Actor, reportId: string): Promise<ReportForDecision> {
  const report = await db.messageReport.findUnique({ where: { id: reportId }, select: reportForDecision })
  if (!report || !can(actor, 'console.view', { hubId: report.message.conversation.hubId })) {
    throw new AppError('NOT_FOUND', 'Report not found.')
  }
  return report
}
