// Names of hubs, coalitions, topics and cities. A name is stored in NFC with its whitespace
// collapsed, and refused when it holds control, invisible or direction-override characters (a
// name that looks like another must not be another). Two names with the same key (case and
// accents folded) are the same name: the database's generated "nameKey" column and its unique
// index enforce this; `nameKey` here computes the same key to explain the conflict in advance.
// Slugs are made once, on creation, and never change afterwards.
import type { Prisma } from '@/lib/generated/prisma/client'
import { slugify } from '@/lib/case-studies/slug'

// Control characters, soft hyphen, zero-width and direction marks, bidi embeddings, overrides
// and isolates, word joiners, BOM. The database CHECKs refuse the same set.
const forbidden = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

/** The stored form of a name, or null when it holds characters a name may not hold. */
export function cleanName(raw: string): string | null {
  const nfc = raw.normalize('NFC')
  if (forbidden.test(nfc)) return null
  return nfc.replace(/\s+/g, ' ').trim()
}

/** Case and accents folded: the same expression as the database's generated column. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

export { slugify }

type SlugTable = 'hub' | 'coalition' | 'topic' | 'city'

/** Slugs that would be shadowed by a fixed route beside `[slug]` (a hub's console is /manage/[hub]). */
const ROUTE_SLUGS: Record<SlugTable, string[]> = { hub: ['dashboard', 'new'], coalition: ['new'], topic: ['new'], city: ['new'] }

/** The first free slug: base, base-2, base-3... */
export async function uniqueSlug(tx: Prisma.TransactionClient, table: SlugTable, name: string, fallback: string, reserved: Set<string> = new Set()) {
  const base = slugify(name, fallback)
  const where = { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }
  const select = { slug: true } as const
  const rows: { slug: string }[] =
    table === 'hub'
      ? await tx.hub.findMany({ where, select })
      : table === 'coalition'
        ? await tx.coalition.findMany({ where, select })
        : table === 'topic'
          ? await tx.topic.findMany({ where, select })
          : await tx.city.findMany({ where, select })
  const taken = new Set([...rows.map((row) => row.slug), ...reserved, ...ROUTE_SLUGS[table]])
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
