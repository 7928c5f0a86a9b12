// /case-studies — the public library: search, facets, sort, pagination, compare, CSV export.
// Everything is a GET form or a link, so every state has a shareable URL and works without
// JavaScript.
import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { FacetFilters } from '@/components/library/facet-filters'
import { Pagination } from '@/components/library/pagination'
import { ResultCard } from '@/components/library/result-card'
import { SearchBox } from '@/components/library/search-box'
import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/section'
import { searchLibrary } from '@/lib/library/search'
import { facetKeys, libraryQueryToParams, MAX_PAGE, parseLibraryQueryLeniently, type FacetKey } from '@/lib/validation/library'
import { getLocalePath, pageAlternates } from '@/lib/i18n/alternates'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Library')
  const lp = await getLocalePath()
  return {
    title: t('title'),
    description: t('intro'),
    alternates: { ...(await pageAlternates('/case-studies')), types: { 'application/atom+xml': lp('/case-studies/feed.xml') } },
  }
}

export default async function LibraryPage({ searchParams }: Props) {
  const params = await searchParams
  const { query, ignored } = parseLibraryQueryLeniently(params)
  // Without search words results are newest first whatever is chosen; the select still offers
  // "best match" for the next search unless the reader asked for newest.
  const sortChoice = query.q ? query.sort : [params.sort].flat()[0] === 'newest' ? 'newest' : 'relevance'
  const t = await getTranslations('Library')
  const lp = await getLocalePath()
  const result = await searchLibrary(query)
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.pageSize)))
  const moreParam = [params.more].flat()[0]
  const expanded = facetKeys.find((key) => key === moreParam)
  const moreHref = (key: FacetKey | undefined) => {
    const more = libraryQueryToParams(query, { page: 1 })
    if (key) more.set('more', key)
    const text = more.toString()
    return lp(`/case-studies${text ? `?${text}` : ''}${key ? `#facet-${key}` : ''}`)
  }
  const correctedHref = result.correctedQuery ? lp(`/case-studies?${libraryQueryToParams(query, { q: result.correctedQuery, page: 1 })}`) : null
  const pageHref = (page: number) => {
    const params = libraryQueryToParams(query, { page }).toString()
    return lp(params ? `/case-studies?${params}` : '/case-studies')
  }
  const exportParams = libraryQueryToParams(query, { page: 1, pageSize: undefined })
  const csvHref = `/api/v1/case-studies.csv${exportParams.size ? `?${exportParams}` : ''}`
  // The feed of this search: its words and filters, newest first.
  const feedParams = libraryQueryToParams(query, { page: 1, pageSize: undefined, sort: 'newest' })
  feedParams.delete('sort')
  const searched = result.correctedQuery ?? query.q
  const count = searched
    ? t('resultCountFor', { count: result.total, q: searched })
    : t('resultCount', { count: result.total })

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside aria-labelledby="filters-heading" className="lg:order-none">
          <form method="get" action={lp('/case-studies')} role="search" aria-labelledby="filters-heading" className="space-y-6">
            <h2 id="filters-heading" className="text-xl font-semibold">
              {t('filtersHeading')}
            </h2>
            <div className="flex flex-col gap-1">
              <label htmlFor="library-q" className="font-medium text-slate-900">
                {t('searchLabel')}
              </label>
              <p id="library-q-hint" className="text-sm text-slate-600">
                {t('searchHint')}
              </p>
              <SearchBox
                id="library-q"
                name="q"
                defaultValue={query.q ?? ''}
                maxLength={256}
                describedBy="library-q-hint"
                listLabel={t('suggestionsLabel')}
                announcements={Array.from({ length: 9 }, (_, count) => (count ? t('suggestionCount', { count }) : ''))}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="library-sort" className="font-medium text-slate-900">
                {t('sortLabel')}
              </label>
              <select
                id="library-sort"
                name="sort"
                defaultValue={sortChoice}
                className="w-full rounded border border-slate-500 bg-white px-3 py-2 text-base"
              >
                <option value="relevance">{t('sort.relevance')}</option>
                <option value="newest">{t('sort.newest')}</option>
              </select>
            </div>
            <FacetFilters facets={result.facets} expanded={expanded} moreHref={moreHref} />
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
                {t('applyFilters')}
              </button>
              <Link href={lp('/case-studies')}>{t('clearAll')}</Link>
            </div>
          </form>
        </aside>

        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            {t('resultsHeading')}
          </h2>
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-3">
            <p role="status" className="text-lg font-medium text-slate-900">
              {count}
            </p>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <li>
                <a href={csvHref}>{t('downloadCsv')}</a>
              </li>
              <li>
                <a href={lp(`/case-studies/feed.xml${feedParams.size ? `?${feedParams}` : ''}`)}>{feedParams.size ? t('atomFeedSearch') : t('atomFeed')}</a>
              </li>
              <li>
                <a href="/api/v1/openapi.json">{t('apiDocs')}</a>
              </li>
            </ul>
          </div>
          {result.correctedQuery && correctedHref ? (
            <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">
              {t.rich('correctedQuery', {
                q: query.q ?? '',
                corrected: result.correctedQuery,
                link: (chunks) => <a href={correctedHref}>{chunks}</a>,
              })}
            </p>
          ) : null}
          {result.match === 'some' ? (
            <p className="mb-4 rounded border border-slate-300 bg-slate-50 p-3">{t('partialMatch')}</p>
          ) : null}
          {ignored.length ? (
            <p className="mb-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{t('ignoredParameters')}</p>
          ) : null}
          {result.items.length ? (
            <form method="get" action={lp('/case-studies/compare')} aria-labelledby="compare-legend">
              <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-slate-50 p-3">
                <div>
                  <p id="compare-legend" className="font-semibold text-slate-900">
                    {t('compareLegend')}
                  </p>
                  <p className="text-sm text-slate-700">{t('compareHint')}</p>
                </div>
                <button
                  type="submit"
                  className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
                >
                  {t('compareButton')}
                </button>
              </div>
              <ul className="grid gap-4 xl:grid-cols-2">
                {result.items.map((caseStudy) => (
                  <li key={caseStudy.id}>
                    <ResultCard caseStudy={caseStudy} highlight={result.highlight} />
                  </li>
                ))}
              </ul>
            </form>
          ) : (
            <EmptyState>{t('noResults')}</EmptyState>
          )}
          <Pagination page={Math.min(result.page, pages)} pages={pages} href={pageHref} />
        </section>
      </div>
    </>
  )
}
