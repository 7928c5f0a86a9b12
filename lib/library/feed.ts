// The Atom feed of newly published case studies. Entries carry the summary and the sanitised
// body; nothing unpublished is read.
import 'server-only'
import { Feed } from 'feed'
import { htmlOfStored } from '@/lib/markdown/stored'
import { countryName } from '@/lib/i18n/format'
import { siteUrl } from '@/lib/site-url'
import { listForFeed } from './reference'

export async function buildAtomFeed(): Promise<string> {
  const site = siteUrl()
  const items = await listForFeed(50)
  const feed = new Feed({
    id: `${site}/case-studies`,
    title: 'Circulars Portal — case studies',
    description: 'Case studies newly published by the cities of the network.',
    link: `${site}/case-studies`,
    language: 'en',
    copyright: 'Each case study belongs to the city that published it.',
    updated: items[0]?.publishedAt ?? new Date(0),
    generator: 'Circulars Portal',
    feedLinks: { atom: `${site}/case-studies/feed.xml` },
  })
  for (const item of items) {
    const url = `${site}/case-studies/${item.slug}`
    feed.addItem({
      id: url,
      link: url,
      title: item.title,
      description: item.summary,
      content: htmlOfStored('caseStudy', item),
      date: item.updatedAt,
      published: item.publishedAt ?? item.updatedAt,
      category: item.topics.map(({ topic }) => ({ name: topic.name })),
      author: [{ name: `${item.city.name}, ${countryName(item.city.countryCode, 'en')}` }],
    })
  }
  return feed.atom1()
}
