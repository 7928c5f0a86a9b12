// The network's circular-economy glossary applied around an engine that knows nothing of it
// (LibreTranslate has no glossary API; DeepL's would need one glossary per language pair):
// each source term becomes a placeholder the engine leaves alone, and the placeholder becomes
// the target term afterwards. Longest terms first, case-insensitive, whole words (CJK terms match
// anywhere); a term starting with a capital keeps it.
import data from './glossary.json'

type Entry = Record<string, string>
const terms = (data as { terms: Entry[] }).terms

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const isCjk = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(text)

/** Placeholders look like nothing a language has, and survive engines intact: ⟦G0⟧. */
const token = (index: number) => `⟦G${index}⟧`
const tokenPattern = /⟦\s*G\s*(\d+)\s*⟧/g

export type Protected = { text: string; replacements: string[] }

export function glossaryPairs(source: string, target: string): { from: string; to: string }[] {
  return terms
    .filter((entry) => entry[source] && entry[target])
    .map((entry) => ({ from: entry[source]!, to: entry[target]! }))
    .sort((a, b) => b.from.length - a.from.length)
}

/** The text with glossary terms replaced by placeholders, and what each placeholder becomes. */
export function protectTerms(text: string, source: string, target: string, replacements: string[] = []): Protected {
  let result = text
  for (const { from, to } of glossaryPairs(source, target)) {
    const pattern = isCjk(from) ? new RegExp(escape(from), 'g') : new RegExp(`(?<![\\p{L}\\p{N}])${escape(from)}(?![\\p{L}\\p{N}])`, 'giu')
    result = result.replace(pattern, (match) => {
      const capital = match[0] !== match[0]!.toLowerCase()
      replacements.push(capital ? to[0]!.toUpperCase() + to.slice(1) : to)
      return token(replacements.length - 1)
    })
  }
  return { text: result, replacements }
}

/** Puts the target terms where the engine left the placeholders. */
export function restoreTerms(text: string, replacements: string[]): string {
  return text.replace(tokenPattern, (match, index: string) => replacements[Number(index)] ?? match)
}
