// The officer and manager teams of every hub, for the network admin's roles page.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'

export async function listHubTeams(actor: Actor | null) {
  requirePermission(actor, 'hubRole.appoint')
  return db.hub.findMany({
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      roles: {
        orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
        select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true, status: true } } },
      },
    },
  })
}
