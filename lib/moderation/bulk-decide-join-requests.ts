// One decision (and one reason) for several join requests of a hub's queue. Each request is
// decided on its own through decideQueuedJoinRequest, so the rules and the race handling are the
// single-item ones; the outcome of each is returned (done, taken by someone else, refused).
// The input is validated as a whole first, so a bad reason changes nothing.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { BulkDecideJoinRequestsSchema } from '@/lib/validation/moderation'
import { decideQueuedJoinRequest } from './decide-queued-join-request'
import { type BulkOutcome, runBulk } from './shared'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'

export async function bulkDecideJoinRequests(heldActor: Actor | null, rawInput: unknown): Promise<BulkOutcome[]> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(BulkDecideJoinRequestsSchema, rawInput)
  return runBulk(input.requestIds, (requestId) =>
    decideQueuedJoinRequest(actor, { requestId, decision: input.decision, reason: input.reason }),
  )
}
