// A console decision on an official's request to join a city team (including a registration
// waiting for approval: lib/auth/register.ts files the same PENDING city-team row). The rules are
// lib/membership/decide-city-team.ts; a decision taken first by someone else (the city's focal
// point, another officer or manager) is reported with who and when.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { decideCityTeamRequest, type DecideCityTeamRequestResult } from '@/lib/membership/decide-city-team'
import { DecideCityTeamRequestSchema } from '@/lib/validation/membership'
import { alreadyTaken } from './shared'
import { parseInput } from '@/lib/service/kernel'

const outcomeOf = { ACTIVE: 'approved', DECLINED: 'declined', REMOVED: 'removed' } as const

export async function decideVerification(actor: Actor | null, rawInput: unknown): Promise<DecideCityTeamRequestResult> {
  const input = parseInput(DecideCityTeamRequestSchema, rawInput)
  try {
    return await decideCityTeamRequest(actor, input)
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error
    const decided = await db.cityOfficial.findUnique({
      where: { id: input.membershipId },
      select: { status: true, decidedAt: true, decidedBy: { select: { name: true } } },
    })
    if (!decided || decided.status === 'PENDING') throw error
    throw alreadyTaken(outcomeOf[decided.status], decided.decidedBy?.name, decided.decidedAt)
  }
}
