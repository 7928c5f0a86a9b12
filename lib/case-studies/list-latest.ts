// The newest published case studies, for the home page. Unpublished work never appears.
import 'server-only'
import { db } from '@/lib/db'
import { publishedCaseStudyCard, type PublishedCaseStudyCard } from './selects'

export function listLatestPublished(take = 6): Promise<PublishedCaseStudyCard[]> {
  return db.caseStudy.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { publishedAt: 'desc' },
    take,
    select: publishedCaseStudyCard,
  })
}
