// Audit rows are written with the transaction client of the change they record, so a change
// and its audit row commit or roll back together. Never pass passwords, tokens or message bodies:
// metadata keys that look like them are dropped as a last line of defence.
//
// Decision: a row written while serving a request (a server action, a route handler) records the
// client's IP from the request headers unless the caller gives one (or null) itself; outside a
// request (scripts, jobs, tests) there is none.
import type { Prisma } from '@/lib/generated/prisma/client'

export type AuditEntry = {
  actorId: string | null
  action: string
  targetType?: string
  targetId?: string
  hubId?: string | null
  reason?: string | null
  ip?: string | null
  metadata?: Prisma.InputJsonValue
}

const secretKey = /password|passwd|secret|token|body|hash/i

/** Metadata without keys that could hold a secret or a message body, at any depth. */
export function scrubAuditMetadata(value: Prisma.InputJsonValue): Prisma.InputJsonValue {
  if (Array.isArray(value)) return value.map((item) => (item === null ? item : scrubAuditMetadata(item as Prisma.InputJsonValue)))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !secretKey.test(key))
        .map(([key, item]) => [key, item === null || item === undefined ? item : scrubAuditMetadata(item as Prisma.InputJsonValue)]),
    ) as Prisma.InputJsonValue
  }
  return value
}

/** The client's IP when called while serving a request; null anywhere else. */
async function requestIp(): Promise<string | null> {
  try {
    const [{ headers }, { clientIp }] = await Promise.all([import('next/headers'), import('@/lib/http/client-ip')])
    return clientIp(await headers())
  } catch {
    return null
  }
}

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      hubId: entry.hubId ?? null,
      reason: entry.reason ?? null,
      ip: entry.ip !== undefined ? entry.ip : await requestIp(),
      metadata: entry.metadata === undefined ? undefined : scrubAuditMetadata(entry.metadata),
    },
  })
}
