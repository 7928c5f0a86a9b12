// GET /api/v1/hubs — the regional hubs (open data).
import { apiJson, apiRoute } from '@/lib/api/handler'
import { hubList } from '@/lib/api/reference'

export const GET = apiRoute(async () => apiJson(await hubList()))
