// The audit log as CSV: one line per entry, formula-like cells neutralised (OWASP CSV injection).
// Entries never hold passwords, tokens or message bodies (lib/audit.ts), so nothing is filtered.
import { stringify } from 'csv-stringify/sync'
import { neutraliseFormula } from '@/lib/library/csv'

export const auditCsvColumns = ['time', 'action', 'actor_name', 'actor_email', 'target_type', 'target_id', 'hub', 'reason', 'ip', 'details'] as const

type Entry = {
  id: bigint
  action: string
  targetType: string | null
  targetId: string | null
  reason: string | null
  ip: string | null
  metadata: unknown
  createdAt: Date
  actor: { name: string; email: string } | null
  hub: { name: string; slug: string } | null
}

export function auditCsv(entries: Entry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.createdAt.toISOString(),
      entry.action,
      entry.actor?.name ?? '',
      entry.actor?.email ?? '',
      entry.targetType ?? '',
      entry.targetId ?? '',
      entry.hub?.slug ?? '',
      entry.reason ?? '',
      entry.ip ?? '',
      entry.metadata == null ? '' : JSON.stringify(entry.metadata),
    ].map(neutraliseFormula),
  )
  return '\uFEFF' + stringify([[...auditCsvColumns], ...rows], { record_delimiter: 'windows' })
}
