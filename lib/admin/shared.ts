// Building blocks of the network-administration services; not a service itself.
//
// Decision: names are checked against the generated "nameKey" and the look-alike "nameSkeleton"
// (lib/admin/names.ts) before writing so the admin is told which existing entry collides; the
// unique indexes stay the guarantee (two admins at once), and their violation is the same CONFLICT.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission, type Permission } from '@/lib/auth/permissions'
import { AppError, isUniqueViolation } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { requireCurrentActor } from '@/lib/service/kernel'
import { nameKey, nameSkeleton } from './names'


type Tx = Prisma.TransactionClient

/** Where the request came from, for the audit row. */
export type RequestMeta = { ip?: string | null }

/** The actor re-read from the database, holding the permission. */
export async function requireAdmin(held: Actor | null | undefined, permission: Permission): Promise<Actor> {
  const actor = await requireCurrentActor(held)
  requirePermission(actor, permission)
  return actor
}

export type NetworkKind = 'hub' | 'coalition' | 'topic' | 'city'

export function nameTaken(kind: NetworkKind, existing: string): AppError {
  return new AppError('CONFLICT', `The name is already used by “${existing}”.`, {
    key: 'nameTaken',
    values: { name: existing },
    fields: { name: ['nameTaken'] },
  })
}

/** Refuses a name whose key another entry (not `exceptId`) already has. */
export async function assertNameFree(tx: Tx, kind: NetworkKind, name: string, exceptId?: string, countryCode?: string) {
  const key = nameKey(name)
  const select = { id: true, name: true } as const
  const notSelf = exceptId ? { id: { not: exceptId } } : {}
  const clash =
    kind === 'hub'
      ? await tx.hub.findFirst({ where: { nameKey: key, ...notSelf }, select })
      : kind === 'coalition'
        ? await tx.coalition.findFirst({ where: { nameKey: key, ...notSelf }, select })
        : kind === 'topic'
          ? await tx.topic.findFirst({ where: { nameKey: key, ...notSelf }, select })
          : await tx.city.findFirst({ where: { nameKey: key, countryCode, ...notSelf }, select })
  if (clash) throw nameTaken(kind, clash.name)
  if (kind === 'topic') return
  const skeleton = nameSkeleton(name)
  const lookAlike =
    kind === 'hub'
      ? await tx.hub.findFirst({ where: { nameSkeleton: skeleton, ...notSelf }, select })
      : kind === 'coalition'
        ? await tx.coalition.findFirst({ where: { nameSkeleton: skeleton, ...notSelf }, select })
        : await tx.city.findFirst({ where: { nameSkeleton: skeleton, countryCode, ...notSelf }, select })
  if (lookAlike) throw nameLooksLike(lookAlike.name)
}

/** A name whose skeleton another entry has: it would be taken for that one. */
export function nameLooksLike(existing: string): AppError {
  return new AppError('CONFLICT', `The name looks like “${existing}”.`, {
    key: 'nameLooksLike',
    values: { name: existing },
    fields: { name: ['nameLooksLike'] },
  })
}

/** Runs a write; a unique-index violation (a name or slug taken meanwhile) becomes CONFLICT. */
export async function mapNameConflict<T>(kind: NetworkKind, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'The name is already used.', { key: 'nameTakenMeanwhile', fields: { name: ['nameTaken'] } })
    }
    throw error
  }
}

/** Which of the given fields changed, for the audit row (values only for short, non-personal fields). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after).filter((key) => (after[key] ?? null) !== (before[key] ?? null))
}
