// A network admin suspends an account. Its sessions end at once: sessionVersion is bumped, so
// every session carrying the old version resolves to no user (lib/auth/session.ts), and database
// sessions are deleted. Sign-in is refused with a message that says why (lib/auth/options.ts).
// An admin cannot suspend themselves (nobody would be left to restore them).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { SuspendUserSchema } from '@/lib/validation/admin'
import { requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function suspendUser(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'user.suspend')
  const input = parseInput(SuspendUserSchema, rawInput)
  if (input.userId === actor.id) throw new AppError('CONFLICT', 'You cannot suspend yourself.', { key: 'suspendSelf' })
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: input.userId, status: 'ACTIVE' },
      data: { status: 'SUSPENDED', suspendedReason: input.reason, sessionVersion: { increment: 1 } },
    })
    if (changed.count !== 1) {
      const exists = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } })
      if (!exists) throw new AppError('NOT_FOUND', 'No such user.')
      throw new AppError('CONFLICT', 'This account is already suspended.', { key: 'alreadySuspended' })
    }
    await tx.session.deleteMany({ where: { userId: input.userId } })
    await writeAudit(tx, { actorId: actor.id, action: 'user.suspend', targetType: 'User', targetId: input.userId, reason: input.reason, ip: meta.ip })
    return { userId: input.userId }
  })
}
