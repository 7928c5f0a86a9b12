// What the library reads of a published case study. Every query using these selects also
// filters on status PUBLISHED; nothing here names a draft's private fields (rejection reason,
// authors, contact person, review comments).
import type { Prisma } from '@/lib/generated/prisma/client'

/** The cover image of a card: what an <img> with srcset needs (the bytes are /api/files/:id). */
const coverImage = { select: { id: true, width: true, height: true, altText: true } } satisfies Prisma.CaseStudy$coverImageArgs

const currentHubs = {
  where: { leftAt: null },
  orderBy: { hub: { name: 'asc' } },
  select: { hub: { select: { slug: true, name: true } } },
} satisfies Prisma.City$hubMembershipsArgs

/** A result card, an API list item and a CSV row. */
export const libraryCard = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  language: true,
  startYear: true,
  projectStatus: true,
  publishedAt: true,
  updatedAt: true,
  isSample: true,
  coverImage,
  city: { select: { slug: true, name: true, countryCode: true, population: true, hubMemberships: currentHubs } },
  topics: { orderBy: { topic: { name: 'asc' } }, select: { topic: { select: { slug: true, name: true } } } },
  coalitions: { orderBy: { coalition: { name: 'asc' } }, select: { coalition: { select: { slug: true, name: true } } } },
  metrics: {
    orderBy: { type: 'asc' },
    select: { type: true, value: true, currency: true, baselineYear: true, method: true, verified: true },
  },
} satisfies Prisma.CaseStudySelect

export type LibraryCard = Prisma.CaseStudyGetPayload<{ select: typeof libraryCard }>

/** The public case-study page and the API's detail. */
export const libraryDetail = {
  ...libraryCard,
  body: true,
  bodyHtml: true,
  bodyHtmlKey: true,
  procurementPractices: true,
  tenderClauses: true,
  reviewHub: { select: { slug: true, name: true } },
  // A published case study's files were reviewed with it: files cannot be added while it is
  // published (lib/uploads/add-case-study-attachment.ts), so every one of them is public.
  attachments: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, kind: true, fileName: true, mimeType: true, byteSize: true, width: true, height: true, altText: true },
  },
  city: {
    select: {
      slug: true,
      name: true,
      countryCode: true,
      population: true,
      latitude: true,
      longitude: true,
      hubMemberships: currentHubs,
    },
  },
} satisfies Prisma.CaseStudySelect

export type LibraryDetail = Prisma.CaseStudyGetPayload<{ select: typeof libraryDetail }>

export type LibraryMetric = LibraryCard['metrics'][number]
