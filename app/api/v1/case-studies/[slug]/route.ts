// GET /api/v1/case-studies/{slug} — one published case study; anything else is 404.
import { caseStudyBySlug } from '@/lib/api/case-studies'
import { apiJson, apiRoute } from '@/lib/api/handler'

type Context = { params: Promise<{ slug: string }> }

export const GET = apiRoute<Context>(async (_request, { params }) => apiJson(await caseStudyBySlug((await params).slug)))
