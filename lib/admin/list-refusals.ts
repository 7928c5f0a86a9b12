// The refusal log (lib/security/refusals.ts) as network admins read it: newest first, filtered
// by action (exact, or a prefix ending in "."), code, person (name or e-mail, part of it), IP
// address (its beginning) and a date range in UTC days, inclusive.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireCurrentActor } from '@/lib/service/kernel'
import { RefusalFilterSchema } from '@/lib/validation/admin'

export const REFUSALS_PAGE_SIZE = 50

export async function listRefusals(held: Actor | null, rawFilter: unknown) {
  const actor = await requireCurrentActor(held)
  requirePermission(actor, 'audit.viewAll')
  const filter = RefusalFilterSchema.parse(rawFilter ?? {})
  const and: Prisma.SecurityRefusalWhereInput[] = []
  if (filter.action) and.push(filter.action.endsWith('.') ? { action: { startsWith: filter.action } } : { action: filter.action })
  if (filter.code) and.push({ code: filter.code })
  if (filter.ip) and.push({ ip: { startsWith: filter.ip.toLowerCase() } })
  if (filter.actor) {
    and.push({ actor: { OR: [{ email: { contains: filter.actor.toLowerCase() } }, { name: { contains: filter.actor, mode: 'insensitive' } }] } })
  }
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } })
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00:00Z`)
    end.setUTCDate(end.getUTCDate() + 1)
    and.push({ createdAt: { lt: end } })
  }
  const where = { AND: and }
  const [total, entries] = await Promise.all([
    db.securityRefusal.count({ where }),
    db.securityRefusal.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * REFUSALS_PAGE_SIZE,
      take: REFUSALS_PAGE_SIZE,
      select: { id: true, action: true, code: true, targetType: true, targetId: true, ip: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
  ])
  return { filter, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / REFUSALS_PAGE_SIZE)), entries }
}
