// Page links for the results; the current page is marked with aria-current.
import { getTranslations } from 'next-intl/server'

/** Pages to show: the first, the last, and two either side of the current one. */
export function pageWindow(current: number, pages: number): (number | 'gap')[] {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2])
  const list = [...wanted].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  list.forEach((page, index) => {
    if (index > 0 && page - list[index - 1]! > 1) out.push('gap')
    out.push(page)
  })
  return out
}

export async function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null
  const t = await getTranslations('Library')
  return (
    <nav aria-label={t('pagination')} className="lib-pages mt-8">
      <p className="sr-only">{t('pageOf', { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        {pageWindow(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={href(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('pageLink', { page: item })}
              >
                {item}
              </a>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
