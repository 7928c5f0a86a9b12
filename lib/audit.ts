// Audit rows are written with the transaction client of the change they record, so a change
// and its audit row commit or roll back together. Never pass passwords, tokens or message bodies.
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

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      hubId: entry.hubId ?? null,
      reason: entry.reason ?? null,
      ip: entry.ip ?? null,
      metadata: entry.metadata,
    },
  })
}
