// Server-side sessions: one record per sign-in (device, created, last seen), named by the id the
// session JWT carries (`sid`). A JWT alone no longer signs anyone in: its record must exist, be
// the user's, not be ended and not be expired. So sign-out ends the session on the server and a
// saved cookie replayed afterwards is refused (OWASP ASVS 5.0 V7.4), while the JWT still saves a
// look-up of anything else.
//
// Decisions:
// - "Last seen" is written at most every LAST_SEEN_EVERY_MS per session, not on every request.
// - Ended and expired records are pruned when the same user signs in again (older than 30 days).
// - A token from before this change (no `sid`) is signed out once: failing closed.
// - "Sign out everywhere" ends every record and still bumps the session version.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { IdSchema } from '@/lib/validation/membership'

/** As long as the session JWT (lib/auth/options.ts). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
const LAST_SEEN_EVERY_MS = 5 * 60 * 1000
const KEEP_ENDED_MS = 30 * 24 * 60 * 60 * 1000

export type UserSessionRow = {
  id: string
  userAgent: string | null
  createdAt: Date
  lastSeenAt: Date
  isCurrent: boolean
}

/** Records a sign-in; returns the id the JWT will carry. */
export async function createUserSession(userId: string, device: { userAgent: string | null; ip: string | null }, now = new Date()): Promise<string> {
  const [, created] = await db.$transaction([
    db.userSession.deleteMany({
      where: { userId, OR: [{ endedAt: { lt: new Date(now.getTime() - KEEP_ENDED_MS) } }, { expiresAt: { lt: now } }] },
    }),
    db.userSession.create({
      data: {
        userId,
        userAgent: device.userAgent?.slice(0, 300) || null,
        ip: device.ip?.slice(0, 64) || null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      },
      select: { id: true },
    }),
  ])
  return created.id
}

/** Whether `sid` is a live session of `userId`; notes that it was seen. */
export async function isLiveSession(sid: unknown, userId: string, now = new Date()): Promise<boolean> {
  if (typeof sid !== 'string' || !IdSchema.safeParse(sid).success) return false
  const session = await db.userSession.findUnique({ where: { id: sid }, select: { userId: true, endedAt: true, expiresAt: true, lastSeenAt: true } })
  if (!session || session.userId !== userId || session.endedAt || session.expiresAt <= now) return false
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: sid, endedAt: null }, data: { lastSeenAt: now } })
  }
  return true
}

/** Ends a session (sign-out). Unknown or already ended: nothing to do. */
export async function endSessionById(sid: unknown): Promise<void> {
  if (typeof sid !== 'string' || !IdSchema.safeParse(sid).success) return
  await db.userSession.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: new Date() } })
}

/** The actor's live sessions, newest first, the current one marked. */
export async function listUserSessions(actor: Actor, currentSid: string | null | undefined): Promise<UserSessionRow[]> {
  const rows = await db.userSession.findMany({
    where: { userId: actor.id, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  })
  return rows.map((row) => ({ ...row, isCurrent: row.id === currentSid }))
}

/** "Sign out this device": one of the actor's own sessions. Another's is NOT_FOUND. */
export async function endUserSession(actor: Actor, rawSessionId: unknown, context: { ip: string | null }): Promise<void> {
  const parsed = IdSchema.safeParse(rawSessionId)
  if (!parsed.success) throw new AppError('NOT_FOUND', 'Session not found.')
  await db.$transaction(async (tx) => {
    const ended = await tx.userSession.updateMany({ where: { id: parsed.data, userId: actor.id, endedAt: null }, data: { endedAt: new Date() } })
    if (ended.count !== 1) throw new AppError('NOT_FOUND', 'Session not found.')
    await writeAudit(tx, { actorId: actor.id, action: 'auth.signOutSession', targetType: 'UserSession', targetId: parsed.data, ip: context.ip })
  })
}
