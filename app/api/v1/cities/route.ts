// GET /api/v1/cities — the cities of the network (open data).
import { apiJson, apiRoute } from '@/lib/api/handler'
import { cityList } from '@/lib/api/reference'

export const GET = apiRoute(async () => apiJson(await cityList()))
