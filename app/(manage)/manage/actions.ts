'use server'
// Console decisions. Each action authenticates and hands the fields it names to the moderation
// service, which checks the actor's permission for the item's hub itself.
import { formOf } from '@/lib/actions/form'
import { formValue } from '@/lib/actions/form'
import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import type { ActionResult } from '@/lib/actions/result'
import { getCurrentUser } from '@/lib/auth/session'
import {
  type BulkOutcome,
  bulkDecideJoinRequests,
  bulkHandleReports,
  decideQueuedJoinRequest,
  decideVerification,
  handleReport,
  liftMessagingSuspension,
  suspendMessaging,
} from '@/lib/moderation'
import { consoleErrorResult, consoleProblem } from './_components/error-result'

const field = (form: FormData, name: string) => {
  const value = formValue(form, name)
  return typeof value === 'string' && value !== '' ? value : undefined
}

const ids = (form: FormData) => formOf(form, 'ids').getAll('ids').filter((value): value is string => typeof value === 'string')

type DoneKey = 'decisionSaved' | 'hidden' | 'dismissed' | 'suspended' | 'lifted'

async function run(work: () => Promise<unknown>, doneKey: DoneKey): Promise<ActionResult> {
  try {
    await work()
    revalidatePath('/manage', 'layout')
    return { status: 'ok', message: (await getTranslations('Console'))(`done.${doneKey}`) }
  } catch (error) {
    return consoleErrorResult(error)
  }
}

async function runBulk(work: () => Promise<BulkOutcome[]>): Promise<ActionResult> {
  try {
    const outcomes = await work()
    revalidatePath('/manage', 'layout')
    const t = await getTranslations('Console')
    const count = (outcome: BulkOutcome['outcome']) => outcomes.filter((o) => o.outcome === outcome).length
    const details = await Promise.all(
      outcomes.filter((o) => o.outcome !== 'done').map(async (o) => (await consoleProblem(o.key, o.values)) ?? t('bulk.refusedItem')),
    )
    const summary = t('bulk.summary', { done: count('done'), taken: count('taken'), refused: count('refused') })
    return { status: count('done') ? 'ok' : 'error', message: [summary, ...details].join(' ') }
  } catch (error) {
    return consoleErrorResult(error)
  }
}

export async function decideJoinRequestAction(_: ActionResult, form: FormData) {
  return run(
    async () =>
      decideQueuedJoinRequest(await getCurrentUser(), {
        requestId: field(form, 'requestId'),
        decision: field(form, 'decision'),
        reason: field(form, 'reason'),
      }),
    'decisionSaved',
  )
}

export async function decideVerificationAction(_: ActionResult, form: FormData) {
  return run(
    async () =>
      decideVerification(await getCurrentUser(), {
        membershipId: field(form, 'membershipId'),
        decision: field(form, 'decision'),
        reason: field(form, 'reason'),
      }),
    'decisionSaved',
  )
}

export async function handleReportAction(_: ActionResult, form: FormData) {
  const decision = field(form, 'decision')
  return run(
    async () => handleReport(await getCurrentUser(), { reportId: field(form, 'reportId'), decision, reason: field(form, 'reason') }),
    decision === 'HIDE' ? 'hidden' : 'dismissed',
  )
}

export async function suspendMessagingAction(_: ActionResult, form: FormData) {
  return run(async () => suspendMessaging(await getCurrentUser(), { reportId: field(form, 'reportId'), reason: field(form, 'reason') }), 'suspended')
}

export async function liftSuspensionAction(_: ActionResult, form: FormData) {
  return run(
    async () => liftMessagingSuspension(await getCurrentUser(), { suspensionId: field(form, 'suspensionId'), reason: field(form, 'reason') }),
    'lifted',
  )
}

export async function bulkJoinRequestsAction(_: ActionResult, form: FormData) {
  return runBulk(async () =>
    bulkDecideJoinRequests(await getCurrentUser(), { requestIds: ids(form), decision: field(form, 'decision'), reason: field(form, 'reason') }),
  )
}

export async function bulkReportsAction(_: ActionResult, form: FormData) {
  return runBulk(async () =>
    bulkHandleReports(await getCurrentUser(), { reportIds: ids(form), decision: field(form, 'decision'), reason: field(form, 'reason') }),
  )
}
