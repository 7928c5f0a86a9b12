// Words of the search index: how text is cut into terms, and how a reader's query is read.
//
// One function (`terms`) serves the index and the query, so a word is found exactly when the
// same word (or another form of it) was written: text is NFKC-normalised, lower-cased, stripped
// of accents, cut into words (Unicode letters and digits; runs of Chinese, Japanese or Korean
// characters through Intl.Segmenter, which knows where their words end), English stop words
// dropped, and every word stemmed with the Porter stemmer, so "repairing" finds "repaired".
// Stemming English rules on other languages' words does little harm: both sides get the same stem.
//
// The query syntax is the web-search one readers know (and the API documents): words (all
// must match), "quoted phrases" (the words next to each other), -excluded words, and `or`
// between alternatives. Nothing in a query is ever a syntax error.
import { stemmer } from 'stemmer'

/** Common English words that say nothing about a case study (PostgreSQL's english list, shortened). */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those ' +
    'to too was we were what when where which who whom why will with you your'
  ).split(' '),
)

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const MARKS = /\p{M}+/gu
const APOSTROPHE = /['’]/
const MAX_WORD_LENGTH = 40

let segmenter: Intl.Segmenter | undefined

/** Lower case, accents removed, compatibility forms folded: the form words are compared in. */
export function fold(text: string): string {
  // Most text is ASCII: nothing to decompose.
  if (ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase()
}
const ASCII = /^[\x00-\x7f]*$/

/** The words of a text, folded but not stemmed, in order (stop words included). */
export function words(text: string): string[] {
  const out: string[] = []
  const folded = fold(text)
  const cjk = CJK.test(folded)
  for (const match of folded.matchAll(WORD)) {
    let word = match[0]
    const apostrophe = word.search(APOSTROPHE)
    if (apostrophe !== -1) word = word.slice(0, apostrophe)
    if (cjk && CJK.test(word)) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
      for (const part of segmenter.segment(word)) if (part.isWordLike) out.push(part.segment.slice(0, MAX_WORD_LENGTH))
    } else if (word.length) {
      out.push(word.slice(0, MAX_WORD_LENGTH))
    }
  }
  return out
}

/** The index form of one folded word, or null for a stop word. */
export function stem(word: string): string | null {
  if (STOP_WORDS.has(word)) return null
  if (word.length < 3) return word
  // Words repeat (Zipf): stemming each distinct word once makes building the index cheap.
  let term = stems.get(word)
  if (term === undefined) {
    term = CJK.test(word) || /\d/.test(word) ? word : stemmer(word)
    if (stems.size >= 200_000) stems.clear()
    stems.set(word, term)
  }
  return term
}
const stems = new Map<string, string>()

/** The terms of a text, in order (stop words dropped). */
export function terms(text: string): string[] {
  const out: string[] = []
  for (const word of words(text)) {
    const term = stem(word)
    if (term) out.push(term)
  }
  return out
}

export type QueryClause = {
  /** What the reader typed for this clause (for "did you mean" and highlighting). */
  words: string[]
  /** Their terms; a phrase of several words must appear as written. */
  terms: string[]
  phrase: boolean
}

export type ParsedQuery = {
  /** Every group must match (AND); within a group, any clause (OR). */
  groups: QueryClause[][]
  /** Terms no result may contain. */
  excluded: string[]
}

const MAX_CLAUSES = 32

/** Reads a query in web-search syntax. Never fails: what cannot be read is left out. */
export function parseQuery(query: string): ParsedQuery {
  const groups: QueryClause[][] = []
  const excluded: string[] = []
  let pendingOr = false
  let clauses = 0
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? []
  for (const raw of tokens) {
    if (clauses >= MAX_CLAUSES) break
    if (/^or$/i.test(raw)) {
      pendingOr = groups.length > 0
      continue
    }
    const negative = raw.startsWith('-') && raw.length > 1
    const body = negative ? raw.slice(1) : raw
    const quoted = body.startsWith('"')
    const clauseWords = words(quoted ? body.replace(/"/g, ' ') : body)
    const clauseTerms = clauseWords.map(stem).filter((term): term is string => term !== null)
    if (!clauseTerms.length) {
      pendingOr = false
      continue
    }
    clauses++
    if (negative) {
      excluded.push(...clauseTerms)
      pendingOr = false
      continue
    }
    // An unquoted token with several words ("low-carbon") is read as a phrase, as web search does.
    const clause: QueryClause = { words: clauseWords.filter((word) => stem(word)), terms: clauseTerms, phrase: clauseTerms.length > 1 }
    if (pendingOr && groups.length) groups[groups.length - 1]!.push(clause)
    else groups.push([clause])
    pendingOr = false
  }
  return { groups, excluded }
}

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const previous2 = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  let before = previous2
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = current[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  return previous[b.length]!
}

/** Overlapping three-letter pieces of a word (padded), for finding words spelt nearly alike. */
export function trigrams(word: string): string[] {
  const padded = `  ${word} `
  const out = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3))
  return [...out]
}
