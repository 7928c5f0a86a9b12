// The audit log as admins and hub managers read it. Admins see every entry; a manager sees only
// the entries of the hubs they manage (entries without a hub, such as sign-ins, are admins' only).
// Filters: action (exact, or a prefix ending in "."), actor (name or e-mail, part of it), hub,
// and a date range in UTC days, inclusive.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { can, requirePermission } from '@/lib/auth/permissions'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireCurrentActor } from '@/lib/service/kernel'
import { AuditFilterSchema, type AuditFilter } from '@/lib/validation/admin'

export const AUDIT_PAGE_SIZE = 50
export const MAX_AUDIT_EXPORT_ROWS = 10_000

export const auditEntrySelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  reason: true,
  ip: true,
  metadata: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
  hub: { select: { name: true, slug: true } },
} satisfies Prisma.AuditLogSelect

/** The hubs whose entries the actor may read, or 'all'. Neither admin nor manager: FORBIDDEN. */
export async function auditScope(held: Actor | null): Promise<{ actor: Actor; hubIds: 'all' | string[] }> {
  const actor = await requireCurrentActor(held)
  if (can(actor, 'audit.viewAll')) return { actor, hubIds: 'all' }
  const hubIds = actor.hubRoles.filter((role) => can(actor, 'audit.viewHub', { hubId: role.hubId })).map((role) => role.hubId)
  if (!hubIds.length) requirePermission(actor, 'audit.viewAll')
  return { actor, hubIds }
}

async function whereFor(held: Actor | null, filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const { actor, hubIds } = await auditScope(held)
  const and: Prisma.AuditLogWhereInput[] = []
  if (hubIds !== 'all') and.push({ hubId: { in: hubIds } })
  if (filter.hub) {
    const hub = await db.hub.findUnique({ where: { slug: filter.hub }, select: { id: true } })
    if (!hub) throw new AppError('NOT_FOUND', 'Hub not found.')
    requirePermission(actor, 'audit.viewHub', { hubId: hub.id })
    and.push({ hubId: hub.id })
  }
  if (filter.action) and.push(filter.action.endsWith('.') ? { action: { startsWith: filter.action } } : { action: filter.action })
  if (filter.actor) {
    and.push({
      actor: { OR: [{ email: { contains: filter.actor.toLowerCase() } }, { name: { contains: filter.actor, mode: 'insensitive' } }] },
    })
  }
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } })
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00:00Z`)
    end.setUTCDate(end.getUTCDate() + 1)
    and.push({ createdAt: { lt: end } })
  }
  return { AND: and }
}

export async function listAuditLog(held: Actor | null, rawFilter: unknown) {
  const filter = AuditFilterSchema.parse(rawFilter ?? {})
  const where = await whereFor(held, filter)
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: auditEntrySelect,
    }),
  ])
  return { filter, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries }
}

/** Every entry the filter matches (newest first, at most MAX_AUDIT_EXPORT_ROWS), for the CSV export. */
export async function exportAuditLog(held: Actor | null, rawFilter: unknown) {
  const filter = AuditFilterSchema.parse(rawFilter ?? {})
  const where = await whereFor(held, filter)
  return db.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: MAX_AUDIT_EXPORT_ROWS, select: auditEntrySelect })
}

/** Hubs offered in the filter: all for admins, the managed ones for managers. */
export async function listAuditHubs(held: Actor | null) {
  const { hubIds } = await auditScope(held)
  return db.hub.findMany({ where: hubIds === 'all' ? {} : { id: { in: hubIds } }, orderBy: { name: 'asc' }, select: { slug: true, name: true } })
}

/** Distinct actions recorded so far, for the filter's suggestions. */
export async function listAuditActions(held: Actor | null) {
  const { hubIds } = await auditScope(held)
  const rows = await db.auditLog.findMany({
    where: hubIds === 'all' ? {} : { hubId: { in: hubIds } },
    distinct: ['action'],
    orderBy: { action: 'asc' },
    select: { action: true },
  })
  return rows.map((row) => row.action)
}
