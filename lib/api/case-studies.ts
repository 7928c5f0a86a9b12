// What the case-study endpoints answer, apart from HTTP: shared by the JSON list, the detail
// and the CSV export so all three read the same validated query.
import 'server-only'
import { notFound as notFoundError } from '@/lib/errors'
import { findPublishedCaseStudy } from '@/lib/library/case-study'
import { listCaseStudies } from '@/lib/library/search'
import { SlugSchema } from '@/lib/validation/common'
import { parseLibraryQuery, type LibraryQuery } from '@/lib/validation/library'
import { invalidParameters } from './handler'
import type { ApiCaseStudyDetail, ApiCaseStudyList } from './schemas'
import { listReaderTranslations } from '@/lib/translations/reader'
import { apiTranslation, caseStudyDetail, caseStudySummary } from './serialize'

/** The validated query of a request, or an INVALID error naming each bad parameter. */
export function requireLibraryQuery(request: Request): LibraryQuery {
  const parsed = parseLibraryQuery(new URL(request.url).searchParams)
  if (!parsed.success) throw invalidParameters(parsed.fields)
  return parsed.data
}

export async function caseStudyList(query: LibraryQuery): Promise<ApiCaseStudyList> {
  const page = await listCaseStudies(query)
  // The translations of the whole page in one statement.
  const translations = await listReaderTranslations('CASE_STUDY', page.items.map((item) => item.id))
  return {
    items: page.items.map((item) => caseStudySummary(item, (translations.get(item.id) ?? []).map((translation) => apiTranslation(translation, false)))),
    total: page.total, page: page.page, pageSize: page.pageSize }
}

export async function caseStudyBySlug(rawSlug: string): Promise<ApiCaseStudyDetail> {
  const slug = SlugSchema.safeParse(rawSlug)
  const row = slug.success ? await findPublishedCaseStudy(slug.data) : null
  if (!row) throw notFoundError('No published case study has this slug.')
  const translations = await listReaderTranslations('CASE_STUDY', [row.id])
  return caseStudyDetail(row, (translations.get(row.id) ?? []).map((translation) => apiTranslation(translation, true)))
}
