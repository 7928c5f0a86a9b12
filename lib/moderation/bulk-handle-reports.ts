// Hide or dismiss several reports of a hub's queue with one reason, each through handleReport
// (so each is authorised and race-safe on its own). Two reports of the same message: hiding the
// first closes the second, which is then reported as already hidden (by the actor).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { BulkHandleReportsSchema } from '@/lib/validation/moderation'
import { handleReport } from './handle-report'
import { type BulkOutcome, runBulk } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function bulkHandleReports(heldActor: Actor | null, rawInput: unknown): Promise<BulkOutcome[]> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(BulkHandleReportsSchema, rawInput)
  return runBulk(input.reportIds, (reportId) => handleReport(actor, { reportId, decision: input.decision, reason: input.reason }))
}
