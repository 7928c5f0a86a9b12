// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the API's zod schemas.
import { apiJson, apiRoute } from '@/lib/api/handler'
import { buildOpenApiDocument } from '@/lib/api/openapi'

export const GET = apiRoute(async () => apiJson(buildOpenApiDocument()))
