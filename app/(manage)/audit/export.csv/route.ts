// The audit log as CSV, with the filters of the audit page. Admins get every entry, managers
// their hubs' (lib/admin/list-audit-log.ts); anyone else gets 404.
import { auditCsv } from '@/lib/admin/audit-csv'
import { exportAuditLog } from '@/lib/admin/list-audit-log'
import { getCurrentUser } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  try {
    const user = await getCurrentUser()
    const filter = Object.fromEntries(new URL(request.url).searchParams)
    const entries = await exportAuditLog(user, filter)
    const day = new Date().toISOString().slice(0, 10)
    return new Response(auditCsv(entries), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-log-${day}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof AppError) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
    throw error
  }
}
