import type { Prisma } from '@/lib/generated/prisma/client'

/** What a case-study card shows. Used only with a `status: 'PUBLISHED'` filter. */
export const publishedCaseStudyCard = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  language: true,
  publishedAt: true,
  isSample: true,
  city: { select: { slug: true, name: true, countryCode: true } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.CaseStudySelect

export type PublishedCaseStudyCard = Prisma.CaseStudyGetPayload<{ select: typeof publishedCaseStudyCard }>
