// The service kernel: what every domain service in lib/ starts with. A service takes the acting
// user and untrusted input, so it parses the input (\`parseInput\`: a failure is INVALID with the
// field errors a form can show), re-reads the actor (\`requireCurrentActor\`), and, when it tells
// people, leaves out the actor (\`recipients\`). A lost race answers who won (\`alreadyDecided\`).
//
// Decision: every service re-reads the actor from the database (\`requireCurrentActor\`) instead of
// trusting the Actor object it is handed. An Actor held across a suspension or a role removal
// (a long-running request, a script, a cached object) must not keep its old powers; the re-read
// costs one indexed query.
import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { loadActor } from '@/lib/auth/load-actor'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'

/** Parses service input; a failure is INVALID with the field errors a form can show. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const flattened = z.flattenError(result.error) as { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> }
  const fields: Record<string, string[]> = {}
  for (const [field, messages] of Object.entries(flattened.fieldErrors)) {
    if (messages?.length) fields[field] = messages
  }
  const message = flattened.formErrors.length ? 'The request was malformed.' : 'Please correct the highlighted fields.'
  throw new AppError('INVALID', message, { fields })
}

/** The actor as the database sees them now: signed in, still existing, not suspended. */
export async function requireCurrentActor(held: Actor | null | undefined): Promise<Actor> {
  if (!held) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  const actor = await loadActor(db, held.id)
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  if (actor.status !== 'ACTIVE') throw new AppError('FORBIDDEN', 'Your account is suspended.', { key: 'suspended' })
  return actor
}

/** Recipients without blanks, duplicates, or the actor (nobody is notified of their own action). */
export function recipients(ids: (string | null | undefined)[], actorId: string): string[] {
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))]
}

/** "Already approved by Ama Mensah." — tells the loser of a race who won and how. */
export function alreadyDecided(verb: string, deciderName: string | null | undefined): AppError {
  return deciderName
    ? new AppError('CONFLICT', `Already ${verb} by ${deciderName}.`, { key: `already.${verb}`, values: { name: deciderName } })
    : new AppError('CONFLICT', `Already ${verb}.`)
}
