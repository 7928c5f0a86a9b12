// The refusal log's storage rules, shared by the app (lib/security/refusals.ts) and the front
// server (scripts/serve.ts, which refuses bad origins before Next and cannot load the app's
// database module). No server-only imports here.
//
// Bounded so that a flood cannot fill the disk:
// - per source (actor, else IP) at most ROWS_PER_SOURCE_PER_MINUTE rows a minute per process;
//   beyond that the refusal is still logged as a line, marked `stored: false`;
// - rows older than KEEP_DAYS days are pruned, and only the newest MAX_ROWS kept, every
//   PRUNE_EVERY stored rows (and once at the first).
export const REFUSAL_LOG_LIMITS = { rowsPerSourcePerMinute: 20, keepDays: 90, maxRows: 100_000, pruneEvery: 500 } as const

export type RefusalEntry = {
  actorId: string | null
  /** What was attempted: a permission (`caseStudy.publish`), `file.read`, `request.origin`... */
  action: string
  /** FORBIDDEN, NOT_FOUND, BAD_ORIGIN... */
  code: string
  targetType?: string | null
  targetId?: string | null
  ip?: string | null
}

const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null)

/** The row as stored: every text clipped to its column. */
export function refusalRow(entry: RefusalEntry) {
  return {
    actorId: entry.actorId,
    action: entry.action.slice(0, 100),
    code: entry.code.slice(0, 40),
    targetType: clip(entry.targetType, 60),
    targetId: clip(entry.targetId, 100),
    ip: clip(entry.ip, 64),
  }
}

/** Decides which refusals are stored, per source and minute, and when to prune. */
export class RefusalSampler {
  private window = 0
  private counts = new Map<string, number>()
  private stored = 0

  constructor(private readonly limits = REFUSAL_LOG_LIMITS) {}

  /** Whether this refusal gets a row. */
  admit(entry: RefusalEntry, now = Date.now()): boolean {
    const minute = Math.floor(now / 60_000)
    if (minute !== this.window) {
      this.window = minute
      this.counts.clear()
    }
    const source = entry.actorId ? `u:${entry.actorId}` : `ip:${entry.ip ?? 'unknown'}`
    const count = (this.counts.get(source) ?? 0) + 1
    this.counts.set(source, count)
    return count <= this.limits.rowsPerSourcePerMinute
  }

  /** Call after a row is stored: true when it is time to prune. */
  storedOne(): boolean {
    this.stored += 1
    return this.stored === 1 || this.stored % this.limits.pruneEvery === 0
  }
}

/** One structured log line per refusal. */
export function refusalLogLine(entry: RefusalEntry, stored: boolean): string {
  return JSON.stringify({ event: 'security.refusal', ...refusalRow(entry), stored, at: new Date().toISOString() })
}

export const INSERT_REFUSAL_SQL = `INSERT INTO "SecurityRefusal" ("actorId", action, code, "targetType", "targetId", ip) VALUES ($1, $2, $3, $4, $5, $6)`

export const PRUNE_REFUSALS_SQL = `DELETE FROM "SecurityRefusal" WHERE "createdAt" < now() - make_interval(days => $1::int)
  OR id <= (SELECT id FROM "SecurityRefusal" ORDER BY id DESC OFFSET $2::int LIMIT 1)`

export function insertRefusalValues(entry: RefusalEntry): unknown[] {
  const row = refusalRow(entry)
  return [row.actorId, row.action, row.code, row.targetType, row.targetId, row.ip]
}
