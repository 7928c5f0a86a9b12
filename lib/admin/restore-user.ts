// A network admin restores a suspended account: it can sign in again (its old sessions stay ended).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { RestoreUserSchema } from '@/lib/validation/admin'
import { requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function restoreUser(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'user.suspend')
  const input = parseInput(RestoreUserSchema, rawInput)
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { status: true, suspendedReason: true } })
    if (!user) throw new AppError('NOT_FOUND', 'No such user.')
    if (user.status !== 'SUSPENDED') throw new AppError('CONFLICT', 'This account is not suspended.', { key: 'notSuspended' })
    await tx.user.update({ where: { id: input.userId }, data: { status: 'ACTIVE', suspendedReason: null } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'user.restore',
      targetType: 'User',
      targetId: input.userId,
      ip: meta.ip,
      metadata: { suspendedReason: user.suspendedReason },
    })
    return { userId: input.userId }
  })
}
