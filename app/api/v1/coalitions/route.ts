// GET /api/v1/coalitions — the coalitions and networks (open data).
import { apiJson, apiRoute } from '@/lib/api/handler'
import { coalitionList } from '@/lib/api/reference'

export const GET = apiRoute(async () => apiJson(await coalitionList()))
