// GET /api/v1/case-studies.csv — the matching published case studies as CSV, same filters as
// the JSON list (page and pageSize are ignored: the export starts at the first result).
import { requireLibraryQuery } from '@/lib/api/case-studies'
import { apiRoute, PUBLIC_CACHE } from '@/lib/api/handler'
import { caseStudiesCsv, MAX_EXPORT_ROWS } from '@/lib/library/csv'
import { listAllMatching } from '@/lib/library/search'

export const GET = apiRoute(async (request) => {
  const query = requireLibraryQuery(request)
  const { items, total } = await listAllMatching(query, MAX_EXPORT_ROWS)
  return new Response(caseStudiesCsv(items), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="case-studies.csv"',
      'Cache-Control': PUBLIC_CACHE,
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'X-Total-Count': String(total),
      'X-Truncated': total > items.length ? 'true' : 'false',
    },
  })
})
