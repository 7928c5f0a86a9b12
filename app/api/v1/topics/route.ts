// GET /api/v1/topics — the case-study topics (open data).
import { apiJson, apiRoute } from '@/lib/api/handler'
import { topicList } from '@/lib/api/reference'

export const GET = apiRoute(async () => apiJson(await topicList()))
