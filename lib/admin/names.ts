// Names of hubs, coalitions, topics and cities. A name is stored in NFC with its whitespace
// collapsed, and refused when it holds control, invisible or direction-override characters (a
// name that looks like another must not be another). Two names with the same key (case and
// accents folded) are the same name: the database's generated "nameKey" column and its unique
// index enforce this; `nameKey` here computes the same key to explain the conflict in advance.
// Slugs are made once, on creation, and never change afterwards.
//
// Look-alike names (UTS #39, Unicode's security mechanisms):
// - A word of a hub, coalition, topic or city name is written in one script: `Moсcow` with a
//   Cyrillic с is refused with a field error. Characters common to all scripts (digits,
//   punctuation) and combining marks do not count; Han with Hiragana, Katakana, Hangul or
//   Bopomofo is one script (Japanese, Korean, Chinese writing), as UTS #39 resolves them.
// - Two names with the same skeleton are the same name, where the skeleton is the folded name
//   with every character replaced by the prototype Unicode's confusables give it (`Ѕpringfield`
//   with a Cyrillic Ѕ has the skeleton of `Springfield`). The mapping is that of the unhomoglyph
//   package (confusables.txt); the database holds the same data and computes the same skeleton
//   in a trigger (migration 20261204110100) with unique indexes, the guarantee when two admins
//   write at once. `nameSkeleton` here explains the conflict in advance.
import unhomoglyph from 'unhomoglyph'
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

/** Case and accents folded, lower-cased one character at a time as the database's lower() does. */
function fold(text: string): string {
  return Array.from(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), (char) => char.toLowerCase()).join('')
}

/**
 * The UTS #39 skeleton of the name, folded: names that look alike share it. Prototypes are
 * taken before folding (an upper-case letter can look like a Latin one its lower case does not)
 * and again after it.
 */
export function nameSkeleton(name: string): string {
  return fold(unhomoglyph(fold(unhomoglyph(name.normalize('NFD')))))
}

// Scripts names are written in; a letter of any other script is "other" and mixes with none.
const SCRIPTS = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Khmer', 'Mongolian', 'Ethiopic', 'Cherokee', 'Canadian_Aboriginal', 'Tifinagh', 'Yi', 'Han', 'Hiragana', 'Katakana',
  'Hangul', 'Bopomofo',
] as const
const scriptPatterns = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script_Extensions=${script}}`, 'u')] as const)
const commonOrInherited = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u
// UTS #39 augments Han, Hiragana, Katakana, Hangul and Bopomofo with the writing systems they form.
const AUGMENTED: Partial<Record<string, string[]>> = {
  Han: ['Jpan', 'Kore', 'Hanb'],
  Hiragana: ['Jpan'],
  Katakana: ['Jpan'],
  Hangul: ['Kore'],
  Bopomofo: ['Hanb'],
}

function scriptsOf(char: string): Set<string> | null {
  if (commonOrInherited.test(char)) return null
  const scripts = new Set<string>()
  for (const [script, pattern] of scriptPatterns) {
    if (pattern.test(char)) {
      scripts.add(script)
      for (const extra of AUGMENTED[script] ?? []) scripts.add(extra)
    }
  }
  if (scripts.size === 0) scripts.add(`other:${char}`)
  return scripts
}

/** The first word of `name` that mixes scripts (`Moсcow` with a Cyrillic с), or null. */
export function mixedScriptWord(name: string): string | null {
  for (const word of name.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u)) {
    let resolved = null as Set<string> | null
    for (const char of word) {
      const scripts = scriptsOf(char)
      if (scripts === null) continue
      resolved = resolved === null ? scripts : new Set([...resolved].filter((script) => scripts.has(script)))
      if (resolved.size === 0) return word
    }
  }
  return null
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
