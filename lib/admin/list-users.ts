// Accounts for the admin's users page: a search by name or e-mail, suspended accounts first.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { db } from '@/lib/db'
import { UserSearchSchema } from '@/lib/validation/admin'
import { requireAdmin } from './shared'
import { parseInput } from '@/lib/service/kernel'

export const USER_PAGE_SIZE = 50

export async function listUsers(held: Actor | null, rawInput: unknown) {
  await requireAdmin(held, 'user.suspend')
  const { q } = parseInput(UserSearchSchema, rawInput)
  return db.user.findMany({
    where: q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q, mode: 'insensitive' } }] } : {},
    orderBy: [{ status: 'desc' }, { name: 'asc' }],
    take: USER_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      suspendedReason: true,
      isNetworkAdmin: true,
      hubRoles: { select: { role: true, hub: { select: { name: true } } } },
      cityMemberships: { where: { status: 'ACTIVE' }, select: { role: true, city: { select: { name: true } } } },
    },
  })
}
