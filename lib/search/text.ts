// Words of the search index: how text is cut into terms, and how a reader's query is read.
//
// One set of functions serves the index and the query, so a word is found exactly when the
// same word (or another form of it) was written: text is NFKC-normalised, lower-cased, cut into
// words (Unicode letters and digits; runs of Chinese, Japanese or Korean characters through
// Intl.Segmenter, which knows where their words end), stop words dropped, and every word stemmed
// by the rules of the language it is written in (Snowball stemmers for Spanish, French,
// Portuguese, Arabic, German and Italian; Porter's for English and for languages without a
// stemmer here; Chinese words as segmented), then stripped of accents.
//
// Languages (what PostgreSQL does with one text-search configuration per language):
// - A text is stemmed in its own language (a case study's, or its translation's). Accented words
//   are indexed twice when the two orders differ, stemmed then folded ("compostación" -> compost)
//   and folded then stemmed ("compostacion"), so a reader who types without accents finds them.
// - A query's language is unknown (a reader in Lima searches English cases too): each query word
//   stands for its forms in every stemmed language, and matches a text holding any of them. A
//   query word that is a stop word of some language ("de", "la") is not required.
//
// The query syntax is the web-search one readers know (and the API documents): words (all
// must match), "quoted phrases" (the words next to each other), -excluded words, and `or`
// between alternatives. Nothing in a query is ever a syntax error.
import { stemmer as arabic } from '@orama/stemmers/arabic'
import { stemmer as french } from '@orama/stemmers/french'
import { stemmer as german } from '@orama/stemmers/german'
import { stemmer as italian } from '@orama/stemmers/italian'
import { stemmer as portuguese } from '@orama/stemmers/portuguese'
import { stemmer as spanish } from '@orama/stemmers/spanish'
import { stemmer } from 'stemmer'

/**
 * Words that say nothing about a case study, per language (short lists: articles, prepositions,
 * conjunctions and pronouns; PostgreSQL's lists go further and drop words such as "estados").
 * Compared folded (no accents), like everything here.
 */
const STOP_LISTS: Record<string, string> = {
  en:
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those ' +
    'to too was we were what when where which who whom why will with you your',
  es:
    'a al como con de del desde e el ella ellas ellos en entre es esta este esto la las le les lo los mas me mi ' +
    'mis muy ni no nos o para pero por que quien se sin sobre su sus tambien un una unas uno unos y ya',
  fr:
    'a au aux avec ce ces cet cette dans de des du elle elles en est et il ils je la le les leur leurs ' +
    'mais ne nous ou par pas pour qu que qui sa se ses sont sur un une vous',
  pt:
    'a ao aos as com da das de do dos e ela ele eles em entre essa esse isso mais mas na nas no nos ' +
    'o os ou para pela pelo por que se sem seu seus sua suas tambem um uma umas uns',
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber in im ist sind mit von zu zum zur fur auf aus bei nach uber als auch es sie er wir',
  it:
    'il lo la i gli le un uno una di del della dei degli delle da dal dalla in nel nella con su per tra fra e o ma che non si',
  ar: 'في من على الى إلى عن مع ان أن او أو هذا هذه التي الذي ما لا ثم كان كانت هو هي و',
  zh: '的 了 和 与 及 是 在 也 就 都 而 之',
}

/** The languages with a stemmer of their own here (a query word stands for its form in each). */
export const STEMMED_LANGUAGES = ['en', 'es', 'fr', 'pt', 'ar', 'de', 'it'] as const

const STEMMERS: Record<string, (word: string) => string> = { es: spanish, fr: french, pt: portuguese, ar: arabic, de: german, it: italian }

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u
// Letters and digits, with the combining marks inside a word (Arabic vowel signs, Indic vowels).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{M}]+)?/gu
const MARKS = /\p{M}+/gu
const APOSTROPHE = /['’]/
const DIGIT = /\d/
const MAX_WORD_LENGTH = 40

let segmenter: Intl.Segmenter | undefined

/** Lower case, accents removed, compatibility forms folded: the form words are compared in. */
export function fold(text: string): string {
  // Most text is ASCII: nothing to decompose.
  if (ASCII.test(text)) return text.toLowerCase()
  return text.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase()
}
const ASCII = /^[\x00-\x7f]*$/

/** The words of a text, lower-cased with their accents (stemmers need them), in order (stop words included). */
export function rawWords(text: string): string[] {
  const out: string[] = []
  const lower = ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase()
  const cjk = CJK.test(lower)
  for (const match of lower.matchAll(WORD)) {
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

/** The words of a text, folded but not stemmed, in order (stop words included). */
export function words(text: string): string[] {
  return rawWords(text).map(fold)
}

const STOP = new Map(Object.entries(STOP_LISTS).map(([language, list]) => [language, new Set(list.split(' ').map(fold))]))
const ANY_STOP = new Set([...STOP.values()].flatMap((set) => [...set]))

/** Whether a folded word says nothing in texts of this language. */
function isStop(folded: string, language: string): boolean {
  if (STOP.get(language)?.has(folded)) return true
  // Languages without a stemmer here get the English list too (their texts quote English often).
  return !STEMMERS[language] && STOP.get('en')!.has(folded)
}

/** Whether a query word is a stop word of some language (and so is not required). */
export function isQueryStop(word: string): boolean {
  return ANY_STOP.has(fold(word))
}

/**
 * The index forms of one word (raw or folded) written in `language`: its stem, folded, and when
 * the word has accents and stemming the folded word gives another stem, that one too. Empty for
 * a stop word.
 */
export function stemForms(word: string, language = 'en'): string[] {
  const key = `${language}\u0000${word}`
  // Words repeat (Zipf): stemming each distinct word once makes building the index cheap.
  let forms = stems.get(key)
  if (forms === undefined) {
    forms = computeForms(word, language)
    if (stems.size >= 200_000) stems.clear()
    stems.set(key, forms)
  }
  return forms
}
const stems = new Map<string, string[]>()

function computeForms(word: string, language: string): string[] {
  const folded = fold(word)
  if (isStop(folded, language)) return []
  if (folded.length < 3 || CJK.test(folded) || DIGIT.test(folded)) return [folded]
  const own = STEMMERS[language]
  if (!own) return [stemmer(folded)]
  const primary = fold(own(word)) || folded
  if (folded === word) return [primary]
  const secondary = own(folded) || folded
  return secondary === primary ? [primary] : [primary, secondary]
}

/** The main index form of one word in `language`, or null for a stop word. */
export function stem(word: string, language = 'en'): string | null {
  return stemForms(word, language)[0] ?? null
}

/**
 * What a query word stands for: its forms in every stemmed language (a query has no language).
 * Call it for words that are no query stop word (isQueryStop), which have forms in each.
 */
export function queryForms(word: string): string[] {
  const out = new Set<string>()
  for (const language of STEMMED_LANGUAGES) for (const form of stemForms(word, language)) out.add(form)
  return [...out]
}

/** The terms of a text in `language`, in order (stop words dropped; the main form of each word). */
export function terms(text: string, language = 'en'): string[] {
  const out: string[] = []
  for (const word of rawWords(text)) {
    const term = stem(word, language)
    if (term) out.push(term)
  }
  return out
}

export type QueryClause = {
  /** What the reader typed for this clause (for "did you mean" and highlighting). */
  words: string[]
  /** For each word, the terms it stands for (any of them matches); a phrase of several words must appear as written. */
  terms: string[][]
  phrase: boolean
}

export type ParsedQuery = {
  /** Every group must match (AND); within a group, any clause (OR). */
  groups: QueryClause[][]
  /** Terms no result may contain (every form of each excluded word). */
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
    const clauseWords = rawWords(quoted ? body.replace(/"/g, ' ') : body).filter((word) => !isQueryStop(word))
    const clauseTerms = clauseWords.map(queryForms)
    if (!clauseTerms.length) {
      pendingOr = false
      continue
    }
    clauses++
    if (negative) {
      excluded.push(...clauseTerms.flat())
      pendingOr = false
      continue
    }
    // An unquoted token with several words ("low-carbon") is read as a phrase, as web search does.
    const clause: QueryClause = { words: clauseWords.map(fold), terms: clauseTerms, phrase: clauseTerms.length > 1 }
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
