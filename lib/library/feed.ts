// The Atom feed of newly published case studies, one per UI language (its title and its links
// to the pages in that language; the entries keep their own language). Entries carry the
// summary and the sanitised body; nothing unpublished is read.
import 'server-only'
import { Feed } from 'feed'
import { createTranslator } from 'next-intl'
import { renderMarkdown } from '@/lib/markdown/render'
import type { Locale } from '@/lib/i18n/config'
import { countryName } from '@/lib/i18n/format'
import { loadMessages } from '@/lib/i18n/messages'
import { localeUrl } from '@/lib/i18n/paths'
import { siteUrl } from '@/lib/site-url'
import { listForFeed } from './reference'

export async function buildAtomFeed(locale: Locale): Promise<string> {
  const site = siteUrl()
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'Feed' })
  const items = await listForFeed(50)
  const library = localeUrl(site, locale, '/case-studies')
  const feed = new Feed({
    id: library,
    title: t('title'),
    description: t('description'),
    link: library,
    language: locale,
    copyright: t('copyright'),
    updated: items[0]?.publishedAt ?? new Date(0),
    generator: 'Circulars Portal',
    feedLinks: { atom: localeUrl(site, locale, '/case-studies/feed.xml') },
  })
  for (const item of items) {
    const url = localeUrl(site, locale, `/case-studies/${item.slug}`)
    feed.addItem({
      id: url,
      link: url,
      title: item.title,
      description: item.summary,
      content: renderMarkdown(item.body),
      date: item.updatedAt,
      published: item.publishedAt ?? item.updatedAt,
      category: item.topics.map(({ topic }) => ({ name: topic.name })),
      author: [{ name: `${item.city.name}, ${countryName(item.city.countryCode, locale)}` }],
    })
  }
  return feed.atom1()
}
