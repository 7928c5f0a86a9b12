// Inputs of the manager console (lib/moderation/*). Messages are keys of the "Validation"
// catalogue. Bulk decisions take at most 50 items, so one submit cannot run unbounded work.
import { z } from 'zod'
import { SlugSchema } from './common'
import { DecisionSchema, IdSchema, ReasonSchema } from './membership'

export const BULK_LIMIT = 50

export const ConsoleHubSlugSchema = z.string({ message: 'invalid' }).trim().pipe(SlugSchema)

/** The queues of a hub's console; route segments of /manage/[hub]/[queue]/[id]. */
export const ConsoleQueueSchema = z.enum(['verifications', 'join-requests', 'case-studies', 'reports'], { message: 'invalid' })
export type ConsoleQueue = z.output<typeof ConsoleQueueSchema>

const OptionalReasonSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  ReasonSchema.optional(),
)

const IdListSchema = z
  .array(IdSchema, { message: 'chooseItems' })
  .min(1, { message: 'chooseItems' })
  .max(BULK_LIMIT, { message: 'tooMany' })
  .transform((ids) => [...new Set(ids)])

export const BulkDecideJoinRequestsSchema = z
  .object({ requestIds: IdListSchema, decision: DecisionSchema, reason: OptionalReasonSchema })
  .superRefine((value, ctx) => {
    if (value.decision === 'DECLINE' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reasonRequired' })
  })

export const ReportDecisionSchema = z.enum(['HIDE', 'DISMISS'], { message: 'invalid' })

export const HandleReportSchema = z.object({ reportId: IdSchema, decision: ReportDecisionSchema, reason: ReasonSchema })

export const BulkHandleReportsSchema = z.object({ reportIds: IdListSchema, decision: ReportDecisionSchema, reason: ReasonSchema })

export const SuspendMessagingSchema = z.object({ reportId: IdSchema, reason: ReasonSchema })

export const LiftMessagingSuspensionSchema = z.object({ suspensionId: IdSchema, reason: ReasonSchema })
