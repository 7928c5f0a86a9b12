// The current user, re-read from the database on every request. A session whose version is
// older than the user's (password changed, role changed, "sign out everywhere"), whose record
// was ended (signed out), or whose user is gone, counts as signed out. A suspended user is returned with status SUSPENDED so that
// every permission check refuses them with a clear message.
import 'server-only'
import { getServerSession } from 'next-auth'
import { cache } from 'react'
import { db } from '@/lib/db'
import '@/lib/security/refusals'
import { AppError } from '@/lib/errors'
import type { Actor } from './actor'
import { loadActor } from './load-actor'
import { isLiveSession } from './user-sessions'
import { authOptions } from './options'

/**
 * The actor behind a session's claims, or null when the session is stale, ended on the server
 * (signed out: lib/auth/user-sessions.ts), or the user gone.
 */
export async function resolveSessionActor(claims: { uid?: string; sv?: number; sid?: string } | null): Promise<Actor | null> {
  if (!claims?.uid || typeof claims.sv !== 'number') return null
  const [actor, live] = await Promise.all([loadActor(db, claims.uid), isLiveSession(claims.sid, claims.uid)])
  if (!actor || !live || actor.sessionVersion !== claims.sv) return null
  return actor
}

/** The id of the current request's server-side session, for the account page. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => (await getServerSession(authOptions))?.sid ?? null)

export const getCurrentUser = cache(async (): Promise<Actor | null> => resolveSessionActor(await getServerSession(authOptions)))

export async function requireUser(): Promise<Actor> {
  const actor = await getCurrentUser()
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Please sign in first.')
  return actor
}
