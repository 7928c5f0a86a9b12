// Slugs of case studies: made from the title once, on creation, and never changed afterwards
// (public links must keep working when a title is edited). ASCII kebab-case as the database
// CHECK requires; accents are folded ("São Paulo" → "sao-paulo"); a title with no Latin letters
// (Chinese, Arabic...) falls back to "case-study". Unique with a numeric suffix: "-2", "-3"...
import type { Prisma } from '@/lib/generated/prisma/client'

const MAX_BASE_LENGTH = 80

/** ASCII kebab-case of a name or title (also used for network names, lib/admin/names.ts). */
export function slugify(title: string, fallback = 'case-study'): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  let base = ascii
  if (base.length > MAX_BASE_LENGTH) {
    const cut = base.slice(0, MAX_BASE_LENGTH)
    base = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
  }
  return base || fallback
}

/** The first free slug for the title: base, base-2, base-3... */
export async function uniqueSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title)
  const taken = new Set(
    (
      await tx.caseStudy.findMany({
        where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
