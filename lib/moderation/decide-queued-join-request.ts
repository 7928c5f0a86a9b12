// A console decision on a join request (a hub's, or a coalition's the hub coordinates). The rules
// and the race-safe update are lib/membership/decide-join-request.ts; when another manager (or the
// city withdrawing it) got there first, this re-reads the request and says who and when.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { decideJoinRequest, type DecideJoinRequestResult } from '@/lib/membership/decide-join-request'
import { DecideJoinRequestSchema } from '@/lib/validation/membership'
import { alreadyTaken, type TakenOutcome } from './shared'
import { parseInput } from '@/lib/service/kernel'

const outcomeOf = { APPROVED: 'approved', DECLINED: 'declined', WITHDRAWN: 'withdrawn' } as const

export async function decideQueuedJoinRequest(actor: Actor | null, rawInput: unknown): Promise<DecideJoinRequestResult> {
  const input = parseInput(DecideJoinRequestSchema, rawInput)
  try {
    return await decideJoinRequest(actor, input)
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error
    const decided = await db.joinRequest.findUnique({
      where: { id: input.requestId },
      select: { status: true, decidedAt: true, decidedBy: { select: { name: true } } },
    })
    if (!decided || decided.status === 'PENDING') throw error
    const outcome: TakenOutcome = outcomeOf[decided.status]
    throw alreadyTaken(outcome, decided.decidedBy?.name, decided.decidedAt)
  }
}
