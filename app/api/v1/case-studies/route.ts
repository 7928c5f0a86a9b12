// GET /api/v1/case-studies — search and filter published case studies (open data).
import { caseStudyList, requireLibraryQuery } from '@/lib/api/case-studies'
import { apiJson, apiRoute } from '@/lib/api/handler'

export const GET = apiRoute(async (request) => apiJson(await caseStudyList(requireLibraryQuery(request))))
