// GET /api/health — liveness plus a bounded database check, for load balancers and monitors.
import { checkHealth } from '@/lib/health'

export const dynamic = 'force-dynamic'

export async function GET() {
  const health = await checkHealth()
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
