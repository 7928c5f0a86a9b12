// The Atom feed of newly published case studies, one per UI language (its title and its links
// to the pages in that language; the entries keep their own language). Entries carry the
// summary and the sanitised body; nothing unpublished is read. With the library's parameters
// (words, facets) the feed follows that search: the newest of its matches.
import 'server-only'
import { Feed } from 'feed'
import { createTranslator } from 'next-intl'
import { htmlOfStored } from '@/lib/markdown/stored'
import type { Locale } from '@/lib/i18n/config'
import { countryName } from '@/lib/i18n/format'
import { loadMessages } from '@/lib/i18n/messages'
import { localeUrl } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'
import { type LibraryQuery, libraryQueryToParams } from '@/lib/validation/library'
import { listForFeed } from './reference'
import { newestMatchingIds } from './search'

export async function buildAtomFeed(locale: Locale, query?: LibraryQuery): Promise<string> {
  const site = siteUrl()
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'Feed' })
  const search = query ? libraryQueryToParams(query, { page: 1, pageSize: undefined, sort: 'newest' }) : new URLSearchParams()
  search.delete('sort')
  const suffix = search.size ? `?${search}` : ''
  const items = search.size ? await listForFeed(50, await newestMatchingIds(query!, 50)) : await listForFeed(50)
  const library = localeUrl(site, locale, `/case-studies${suffix}`)
  const feed = new Feed({
    id: library,
    title: t('title'),
    description: t('description'),
    link: library,
    language: locale,
    copyright: t('copyright'),
    updated: items[0]?.publishedAt ?? new Date(0),
    generator: 'Circulars Portal',
    feedLinks: { atom: localeUrl(site, locale, `/case-studies/feed.xml${suffix}`) },
  })
  for (const item of items) {
    const url = localeUrl(site, locale, `/case-studies/${item.slug}`)
    feed.addItem({
      id: url,
      link: url,
      title: item.title,
      description: item.summary,
      content: htmlOfStored('caseStudy', item),
      date: item.updatedAt,
      published: item.publishedAt ?? item.updatedAt,
      category: item.topics.map(({ topic }) => ({ name: topic.name })),
      author: [{ name: `${item.city.name}, ${countryName(item.city.countryCode, locale)}` }],
    })
  }
  return feed.atom1()
}
