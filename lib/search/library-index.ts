// The in-memory index of the public library: every PUBLISHED case study's facet values, terms
// and place in the newest-first order, so a library page, a search and its facet counts cost
// microseconds of arithmetic instead of a join over every match.
//
// - PostgreSQL stays the source of truth. This module holds no database code: lib/search/sync.ts
//   builds it and keeps it exact (it is told of every change by the database itself).
// - Documents live in slots. A changed document gets a new slot and its old one is marked dead,
//   so term postings stay sorted by slot without rewriting them; the index is rebuilt when too
//   many slots are dead.
// - Facets are bitsets per value; a facet's counts apply every filter but its own (disjunctive
//   faceting), so a reader sees what each alternative would give. Hub and country facets are
//   derived from the city (a city joining a hub moves its case studies at once).
// - Text: title, summary and body terms (lib/search/text.ts) with the fields they occur in, plus
//   the names of each case study's topics, coalitions, hubs, city and country in every interface
//   language, and the words of its translations (lib/translations) in the same fields; a
//   case study counts under its own language and those of its approved translations. Ranking weighs title > name > summary > body (like the weights A-C of PostgreSQL's
//   ts_rank) times how rare a word is, newest first among equals.
// - Forgiving: when all words match nothing, results matching most of them are given, saying so;
//   a word found nowhere is corrected to the nearest word of the index's vocabulary (by edit
//   distance, among words sharing trigrams), and the results of the corrected search are given.
import { Bitset } from './bitset'
import { editDistance, fold, parseQuery, queryForms, rawWords, stemForms, trigrams, type ParsedQuery, type QueryClause } from './text'

export const FACET_KEYS = ['topic', 'hub', 'coalition', 'country', 'year', 'metric', 'language'] as const
export type IndexFacet = (typeof FACET_KEYS)[number]

export type IndexDoc = {
  id: string
  publishedAt: Date
  cityId: string
  language: string
  startYear: number | null
  title: string
  summary: string
  body: string
  topicIds: string[]
  coalitionIds: string[]
  metricTypes: string[]
  /** Translations readers are shown (approved: also a language of the facet). */
  translations?: IndexTranslation[]
}

export type IndexTranslation = { language: string; approved: boolean; title: string; summary: string; body: string }

export type NamedRef = { id: string; slug: string; name: string }
export type IndexReference = {
  topics: NamedRef[]
  hubs: NamedRef[]
  coalitions: NamedRef[]
  cities: { id: string; slug: string; name: string; countryCode: string; hubIds: string[] }[]
  /** Other names a value is known by (e.g. country names in every interface language), per facet value. */
  aliases?: Partial<Record<IndexFacet, Record<string, string[]>>>
}

export type IndexQuery = {
  q?: string
  filters: Record<IndexFacet, string[]>
  sort: 'relevance' | 'newest'
  offset: number
  limit: number
}

export type FacetCount = { value: string; label: string | null; count: number }

export type IndexResult = {
  ids: string[]
  total: number
  facets: Record<IndexFacet, FacetCount[]>
  /** 'all': every word matched; 'some': nothing matched all words, these match most of them. */
  match: 'all' | 'some' | 'none'
  /** When words were found nowhere and were corrected: the query that was searched instead. */
  correctedQuery: string | null
  /** Folded words and terms of the search, to highlight in what is shown. */
  highlight: string[]
}

const TITLE = 1
const SUMMARY = 2
const BODY = 4
const NAME = 8
const FIELD_WEIGHT = [0, 1, 0.4, 1, 0.2, 1, 0.4, 1, 0.6, 1, 0.6, 1, 0.6, 1, 0.6, 1]
/** At most this many distinct body terms and term pairs per case study are indexed (bodies are long; titles decide). */
const MAX_BODY_TERMS = 4_000

type Slot = {
  id: string
  time: number
  city: string
  language: string
  year: number | null
  topics: string[]
  coalitions: string[]
  metrics: string[]
}

class Postings {
  slots = new Int32Array(4)
  fields = new Uint8Array(4)
  length = 0
  trim() {
    if (this.slots.length === this.length) return
    this.slots = this.slots.slice(0, Math.max(1, this.length))
    this.fields = this.fields.slice(0, Math.max(1, this.length))
  }
  push(slot: number, fields: number) {
    if (this.length && this.slots[this.length - 1] === slot) {
      this.fields[this.length - 1]! |= fields
      return
    }
    if (this.length === this.slots.length) {
      const slots = new Int32Array(Math.max(4, this.length * 2))
      slots.set(this.slots)
      this.slots = slots
      const f = new Uint8Array(Math.max(4, this.length * 2))
      f.set(this.fields)
      this.fields = f
    }
    this.slots[this.length] = slot
    this.fields[this.length] = fields
    this.length++
  }
}

type NameTarget = { facet: IndexFacet | 'city'; value: string }

export class LibraryIndex {
  private slots: (Slot | null)[] = []
  private live: Bitset = new Bitset(1024)
  private liveCount = 0
  private byId = new Map<string, number>()
  private order = new Int32Array(0)
  private orderDirty = false
  private postings = new Map<string, Postings>()
  /** A word as readers write it, for each term (for "did you mean" and suggestions). */
  private surface = new Map<string, string>()
  private trigramIndex: Map<string, string[]> | null = null
  private values: Record<'topic' | 'coalition' | 'year' | 'metric' | 'language', Map<string, Bitset>> = {
    topic: new Map(), coalition: new Map(), year: new Map(), metric: new Map(), language: new Map(),
  }
  private cityDocs = new Map<string, Set<number>>()
  private derived: { hub: Map<string, Bitset>; country: Map<string, Bitset> } | null = null
  private reference: IndexReference = { topics: [], hubs: [], coalitions: [], cities: [] }
  private topicById = new Map<string, NamedRef>()
  private coalitionById = new Map<string, NamedRef>()
  private hubById = new Map<string, NamedRef>()
  private cityById = new Map<string, IndexReference['cities'][number]>()
  private names = new Map<string, NameTarget[]>()
  private unfilteredFacets: Record<IndexFacet, FacetCount[]> | null = null
  private rankCache: { order: Int32Array; rank: Int32Array } | null = null

  constructor(reference?: IndexReference) {
    if (reference) this.setReference(reference)
  }

  get size(): number {
    return this.liveCount
  }

  get deadRatio(): number {
    return this.slots.length ? 1 - this.liveCount / this.slots.length : 0
  }

  /** Names, memberships and countries: the facets derived from them are recomputed. */
  setReference(reference: IndexReference): void {
    this.reference = reference
    this.topicById = new Map(reference.topics.map((t) => [t.id, t]))
    this.coalitionById = new Map(reference.coalitions.map((c) => [c.id, c]))
    this.hubById = new Map(reference.hubs.map((h) => [h.id, h]))
    this.cityById = new Map(reference.cities.map((c) => [c.id, c]))
    // The topic and coalition facets are keyed by slug: rebuild them from the slots' ids.
    this.values.topic = new Map()
    this.values.coalition = new Map()
    this.slots.forEach((slot, index) => {
      if (!slot || !this.live.has(index)) return
      for (const id of slot.topics) this.addValue('topic', this.topicById.get(id)?.slug, index)
      for (const id of slot.coalitions) this.addValue('coalition', this.coalitionById.get(id)?.slug, index)
    })
    this.names = new Map()
    // Names come in every interface language: each word under its forms in every stemmed language.
    const addName = (text: string, target: NameTarget) => {
      for (const word of rawWords(text)) {
        for (const term of queryForms(word)) {
          const list = this.names.get(term) ?? []
          if (!list.some((t) => t.facet === target.facet && t.value === target.value)) list.push(target)
          this.names.set(term, list)
          if (!this.surface.has(term)) this.surface.set(term, fold(word))
        }
      }
    }
    for (const topic of reference.topics) addName(topic.name, { facet: 'topic', value: topic.slug })
    for (const hub of reference.hubs) addName(hub.name, { facet: 'hub', value: hub.slug })
    for (const coalition of reference.coalitions) addName(coalition.name, { facet: 'coalition', value: coalition.slug })
    for (const city of reference.cities) addName(city.name, { facet: 'city', value: city.id })
    for (const [facet, aliases] of Object.entries(reference.aliases ?? {}) as [IndexFacet, Record<string, string[]>][]) {
      for (const [value, list] of Object.entries(aliases)) for (const alias of list) addName(alias, { facet, value })
    }
    this.trigramIndex = null
    this.derived = null
    this.unfilteredFacets = null
  }

  /** Adds many case studies (a build): the order is sorted once at the end, not kept per insert. */
  load(docs: Iterable<IndexDoc>): void {
    this.orderDirty = true
    for (const doc of docs) this.upsert(doc)
  }

  /** Gives back the spare room of the postings (after a build). */
  compact(): void {
    for (const postings of this.postings.values()) postings.trim()
  }

  /** Adds or replaces a published case study. */
  upsert(doc: IndexDoc): void {
    this.remove(doc.id)
    const index = this.slots.length
    this.slots.push({
      id: doc.id,
      time: doc.publishedAt.getTime(),
      city: doc.cityId,
      language: doc.language,
      year: doc.startYear,
      topics: doc.topicIds,
      coalitions: doc.coalitionIds,
      metrics: doc.metricTypes,
    })
    if (index >= this.live.capacity) this.grow(index + 1)
    this.live.add(index)
    this.liveCount++
    this.byId.set(doc.id, index)
    for (const id of doc.topicIds) this.addValue('topic', this.topicById.get(id)?.slug, index)
    for (const id of doc.coalitionIds) this.addValue('coalition', this.coalitionById.get(id)?.slug, index)
    for (const type of doc.metricTypes) this.addValue('metric', type, index)
    if (doc.startYear !== null) this.addValue('year', String(doc.startYear), index)
    this.addValue('language', doc.language, index)
    for (const translation of doc.translations ?? []) if (translation.approved && translation.language !== doc.language) this.addValue('language', translation.language, index)
    let city = this.cityDocs.get(doc.cityId)
    if (!city) this.cityDocs.set(doc.cityId, (city = new Set()))
    city.add(index)

    const fields = new Map<string, number>()
    // Each text is stemmed in its own language (the case study's, or the translation's).
    const note = (text: string, field: number, language: string, limit = Infinity) => {
      let previous: string | null = null
      const add = (key: string) => {
        const before = fields.get(key)
        if (before === undefined && fields.size >= limit) return
        fields.set(key, (before ?? 0) | field)
      }
      for (const word of rawWords(text)) {
        const forms = stemForms(word, language)
        const term = forms[0]
        if (!term) continue
        add(term)
        // The accent-free spelling's stem, when it differs (a reader typing without accents).
        if (forms.length > 1) add(forms[1]!)
        // Pairs of neighbouring terms answer phrase searches ("recycled aggregate").
        if (previous) add(`${previous} ${term}`)
        previous = term
        if (!this.surface.has(term)) this.surface.set(term, fold(word))
      }
    }
    note(doc.title, TITLE, doc.language)
    note(doc.summary, SUMMARY, doc.language)
    note(doc.body, BODY, doc.language, fields.size + MAX_BODY_TERMS)
    for (const translation of doc.translations ?? []) {
      note(translation.title, TITLE, translation.language)
      note(translation.summary, SUMMARY, translation.language)
      note(translation.body, BODY, translation.language, fields.size + MAX_BODY_TERMS)
    }
    for (const [term, field] of fields) {
      let list = this.postings.get(term)
      if (!list) {
        this.postings.set(term, (list = new Postings()))
        this.trigramIndex = null
      }
      list.push(index, field)
    }
    this.insertInOrder(index)
    this.derived = null
    this.unfilteredFacets = null
  }

  remove(id: string): void {
    const index = this.byId.get(id)
    if (index === undefined) return
    this.byId.delete(id)
    this.live.delete(index)
    this.liveCount--
    const slot = this.slots[index]!
    for (const set of Object.values(this.values)) for (const bits of set.values()) bits.delete(index)
    this.cityDocs.get(slot.city)?.delete(index)
    this.slots[index] = null
    this.orderDirty = true
    this.derived = null
    this.unfilteredFacets = null
  }

  private grow(capacity: number) {
    this.live = this.live.grown(capacity)
    for (const set of Object.values(this.values)) for (const [key, bits] of set) set.set(key, bits.grown(capacity))
  }

  private addValue(facet: keyof LibraryIndex['values'], value: string | undefined, index: number) {
    if (value === undefined) return
    const set = this.values[facet]
    let bits = set.get(value)
    if (!bits) set.set(value, (bits = new Bitset(this.live.capacity)))
    else if (bits.capacity < this.live.capacity) set.set(value, (bits = bits.grown(this.live.capacity)))
    bits.add(index)
  }

  private compare = (a: number, b: number): number => {
    const x = this.slots[a]!
    const y = this.slots[b]!
    return y.time - x.time || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0)
  }

  private insertInOrder(index: number) {
    if (this.orderDirty) return
    // Binary search for the place of the new slot (newest first).
    let low = 0
    let high = this.order.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.compare(this.order[mid]!, index) < 0) low = mid + 1
      else high = mid
    }
    const next = new Int32Array(this.order.length + 1)
    next.set(this.order.subarray(0, low))
    next[low] = index
    next.set(this.order.subarray(low), low + 1)
    this.order = next
  }

  private sortedOrder(): Int32Array {
    if (this.orderDirty) {
      const list: number[] = []
      this.live.forEach((slot) => list.push(slot))
      list.sort(this.compare)
      this.order = Int32Array.from(list)
      this.orderDirty = false
    }
    return this.order
  }

  private derivedFacets() {
    if (this.derived) return this.derived
    const hub = new Map<string, Bitset>()
    const country = new Map<string, Bitset>()
    const capacity = this.live.capacity
    for (const [cityId, docs] of this.cityDocs) {
      if (!docs.size) continue
      const city = this.cityById.get(cityId)
      if (!city) continue
      const targets: Bitset[] = []
      let countryBits = country.get(city.countryCode)
      if (!countryBits) country.set(city.countryCode, (countryBits = new Bitset(capacity)))
      targets.push(countryBits)
      for (const hubId of city.hubIds) {
        const slug = this.hubById.get(hubId)?.slug
        if (!slug) continue
        let bits = hub.get(slug)
        if (!bits) hub.set(slug, (bits = new Bitset(capacity)))
        targets.push(bits)
      }
      for (const slot of docs) for (const bits of targets) bits.add(slot)
    }
    this.derived = { hub, country }
    return this.derived
  }

  private facetValues(facet: IndexFacet): Map<string, Bitset> {
    if (facet === 'hub' || facet === 'country') return this.derivedFacets()[facet]
    return this.values[facet]
  }

  private label(facet: IndexFacet, value: string): string | null {
    const list = facet === 'topic' ? this.reference.topics : facet === 'hub' ? this.reference.hubs : facet === 'coalition' ? this.reference.coalitions : null
    return list?.find((item) => item.slug === value)?.name ?? null
  }

  /** Case studies whose topics, coalitions, hubs, city or country are named by this term. */
  private nameMatches(term: string): Bitset | null {
    const targets = this.names.get(term)
    if (!targets?.length) return null
    const out = new Bitset(this.live.capacity)
    for (const target of targets) {
      if (target.facet === 'city') {
        for (const slot of this.cityDocs.get(target.value) ?? []) out.add(slot)
      } else {
        const bits = this.facetValues(target.facet).get(target.value)
        if (bits) out.or(bits)
      }
    }
    return out.and(this.live)
  }

  /** Dense scores of one term over every slot: text occurrences, or the case study's names. */
  private termScores(term: string, weight: number, capacity: number): Float32Array {
    const out = new Float32Array(capacity)
    const postings = this.postings.get(term)
    if (postings) {
      const { slots, fields, length } = postings
      for (let i = 0; i < length; i++) out[slots[i]!] = weight * FIELD_WEIGHT[fields[i]!]!
    }
    const named = this.nameMatches(term)
    if (named) {
      const byName = weight * FIELD_WEIGHT[NAME]!
      named.forEach((slot) => {
        if (out[slot]! < byName) out[slot] = byName
      })
    }
    return out
  }

  /** One query word: the best score of any of the terms it stands for. */
  private wordScores(forms: string[], idf: (term: string) => number, capacity: number): Float32Array {
    let out: Float32Array | null = null
    for (const term of forms) {
      const next = this.termScores(term, idf(term), capacity)
      if (!out) out = next
      else for (let i = 0; i < capacity; i++) if (next[i]! > out[i]!) out[i] = next[i]!
    }
    return out ?? new Float32Array(capacity)
  }

  /** The case studies named by any of the terms a query word stands for. */
  private wordNameMatches(forms: string[]): Bitset | null {
    let out: Bitset | null = null
    for (const term of forms) {
      const bits = this.nameMatches(term)
      if (bits) out = out ? out.or(bits) : bits
    }
    return out
  }

  /** Every word of a clause must match: scores add up; a slot missing one word scores 0. */
  private clauseScores(clause: QueryClause, idf: (term: string) => number, capacity: number): Float32Array {
    if (clause.phrase) return this.phraseScores(clause, idf, capacity)
    let acc: Float32Array | null = null
    for (const forms of clause.terms) {
      const next = this.wordScores(forms, idf, capacity)
      if (!acc) {
        acc = next
        continue
      }
      for (let i = 0; i < capacity; i++) acc[i] = acc[i]! > 0 && next[i]! > 0 ? acc[i]! + next[i]! : 0
    }
    return acc ?? new Float32Array(capacity)
  }

  /** A phrase: its neighbouring pairs in the text, or all of its words in the case study's names. */
  private phraseScores(clause: QueryClause, idf: (term: string) => number, capacity: number): Float32Array {
    let acc: Float32Array | null = null
    for (let i = 1; i < clause.terms.length; i++) {
      const next = new Float32Array(capacity)
      // Any form of the first word next to any form of the second.
      for (const first of clause.terms[i - 1]!) {
        for (const second of clause.terms[i]!) {
          const weight = idf(first) + idf(second)
          const postings = this.postings.get(`${first} ${second}`)
          if (!postings) continue
          for (let j = 0; j < postings.length; j++) {
            const score = weight * FIELD_WEIGHT[postings.fields[j]!]!
            if (score > next[postings.slots[j]!]!) next[postings.slots[j]!] = score
          }
        }
      }
      if (!acc) acc = next
      else for (let k = 0; k < capacity; k++) acc[k] = acc[k]! > 0 && next[k]! > 0 ? acc[k]! + next[k]! : 0
    }
    const out = acc ?? new Float32Array(capacity)
    let named: Bitset | null = null
    for (const forms of clause.terms) {
      const bits = this.wordNameMatches(forms)
      if (!bits) {
        named = null
        break
      }
      named = named ? named.and(bits) : bits
    }
    const nameScore = clause.terms.reduce((sum, forms) => sum + Math.max(...forms.map(idf)), 0) * FIELD_WEIGHT[NAME]!
    named?.forEach((slot) => {
      if (out[slot]! < nameScore) out[slot] = nameScore
    })
    return out
  }

  private termKnown(term: string): boolean {
    const postings = this.postings.get(term)
    if (postings) for (let i = 0; i < postings.length; i++) if (this.live.has(postings.slots[i]!)) return true
    return this.names.has(term)
  }

  /** The nearest known word to a word found nowhere, or null. */
  correct(word: string): string | null {
    const folded = fold(word)
    if (folded.length < 3) return null
    const max = folded.length <= 4 ? 1 : 2
    if (!this.trigramIndex) {
      const index = new Map<string, string[]>()
      for (const term of new Set([...this.postings.keys(), ...this.names.keys()])) {
        if (term.includes(' ')) continue
        const form = this.surface.get(term) ?? term
        for (const gram of trigrams(form)) {
          const list = index.get(gram)
          if (list) list.push(term)
          else index.set(gram, [term])
        }
      }
      this.trigramIndex = index
    }
    const shared = new Map<string, number>()
    for (const gram of trigrams(folded)) for (const term of this.trigramIndex.get(gram) ?? []) shared.set(term, (shared.get(term) ?? 0) + 1)
    let best: { term: string; distance: number; df: number } | null = null
    for (const [term, count] of shared) {
      if (count < 2 && folded.length > 4) continue
      if (!this.termKnown(term)) continue
      const form = this.surface.get(term) ?? term
      const distance = Math.min(editDistance(folded, form, max), editDistance(folded, term, max))
      if (distance > max) continue
      const df = this.postings.get(term)?.length ?? 0
      if (!best || distance < best.distance || (distance === best.distance && df > best.df)) best = { term, distance, df }
    }
    return best ? (this.surface.get(best.term) ?? best.term) : null
  }

  /** Known words starting with what a reader has typed so far, most frequent first. */
  suggest(prefix: string, limit = 8): string[] {
    const folded = fold(prefix).trim()
    if (folded.length < 2) return []
    const found: { word: string; df: number }[] = []
    for (const [term, word] of this.surface) {
      if (!word.startsWith(folded) || !this.termKnown(term)) continue
      found.push({ word, df: (this.postings.get(term)?.length ?? 0) + (this.names.has(term) ? 1_000_000 : 0) })
    }
    found.sort((a, b) => b.df - a.df || a.word.localeCompare(b.word))
    return [...new Set(found.map((f) => f.word))].slice(0, limit)
  }

  /** Dense scores of the text part of a query over every slot (0: no match); null without words. */
  private textMatches(parsed: ParsedQuery): { scores: Float32Array | null; count: number; match: IndexResult['match'] } {
    if (!parsed.groups.length) return { scores: null, count: 0, match: 'all' }
    const capacity = this.slots.length
    const n = Math.max(1, this.liveCount)
    const idf = (term: string) => Math.log(1 + n / Math.max(1, this.postings.get(term)?.length ?? 1))
    const groups = parsed.groups.map((group) => {
      let merged: Float32Array | null = null
      for (const clause of group) {
        const scores = this.clauseScores(clause, idf, capacity)
        if (!merged) merged = scores
        else for (let i = 0; i < capacity; i++) if (scores[i]! > merged[i]!) merged[i] = scores[i]!
      }
      return merged!
    })
    const excluded = new Uint8Array(capacity)
    for (const term of parsed.excluded) {
      const postings = this.postings.get(term)
      if (postings) for (let i = 0; i < postings.length; i++) excluded[postings.slots[i]!] = 1
      this.nameMatches(term)?.forEach((slot) => (excluded[slot] = 1))
    }
    const live = this.live
    const all = new Float32Array(capacity)
    let count = 0
    for (let i = 0; i < capacity; i++) {
      if (excluded[i] || !live.has(i)) continue
      let total = 0
      for (const scores of groups) {
        const score = scores[i]!
        if (score <= 0) {
          total = 0
          break
        }
        total += score
      }
      if (total > 0) {
        all[i] = total
        count++
      }
    }
    if (count || groups.length < 2) return { scores: all, count, match: count ? 'all' : 'none' }
    // Nothing has every word: rank by how many words match, then by score.
    let some = 0
    for (let i = 0; i < capacity; i++) {
      if (excluded[i] || !live.has(i)) continue
      let matched = 0
      let total = 0
      for (const scores of groups) {
        if (scores[i]! > 0) {
          matched++
          total += scores[i]!
        }
      }
      if (matched) {
        all[i] = matched * 1_000 + total
        some++
      }
    }
    return { scores: all, count: some, match: some ? 'some' : 'none' }
  }

  /** Rewrites the words found nowhere to their nearest known words; null when nothing changes. */
  private correctedQuery(q: string, parsed: ParsedQuery): string | null {
    let changed = false
    const replacements = new Map<string, string>()
    for (const group of parsed.groups) {
      for (const clause of group) {
        clause.words.forEach((word, i) => {
          const forms = clause.terms[i]
          if (!forms || forms.some((term) => this.termKnown(term))) return
          const better = this.correct(word)
          if (better && better !== word) {
            replacements.set(word, better)
            changed = true
          }
        })
      }
    }
    if (!changed) return null
    return q.replace(/[\p{L}\p{N}]+/gu, (token) => replacements.get(fold(token)) ?? token)
  }

  /** Each live slot's place in the newest-first order (ties in score go to the newest). */
  private ranks(): Int32Array {
    const order = this.sortedOrder()
    if (!this.rankCache || this.rankCache.order !== order) {
      const rank = new Int32Array(this.slots.length)
      for (let i = 0; i < order.length; i++) rank[order[i]!] = i
      this.rankCache = { order, rank }
    }
    return this.rankCache.rank
  }

  /** The k best members of `base` by score, newest first among equals, best first. */
  private topByScore(base: Bitset, scores: Float32Array, k: number): number[] {
    const rank = this.ranks()
    const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && rank[a]! < rank[b]!)
    // A bounded heap whose root is the worst of the best k so far.
    const heap: number[] = []
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let worst = i
        if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l
        if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r
        if (worst === i) return
        ;[heap[i], heap[worst]] = [heap[worst]!, heap[i]!]
        i = worst
      }
    }
    base.forEach((slot) => {
      if (heap.length < k) {
        heap.push(slot)
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1
          if (!better(heap[parent]!, heap[i]!)) break
          ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
          i = parent
        }
      } else if (k > 0 && better(slot, heap[0]!)) {
        heap[0] = slot
        down(0)
      }
    })
    return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
  }

  search(query: IndexQuery): IndexResult {
    let parsed = query.q ? parseQuery(query.q) : { groups: [], excluded: [] }
    let { scores, count, match } = this.textMatches(parsed)
    let correctedQuery: string | null = null
    if (query.q && scores && count === 0) {
      const corrected = this.correctedQuery(query.q, parsed)
      if (corrected) {
        const reparsed = parseQuery(corrected)
        const retry = this.textMatches(reparsed)
        if (retry.scores && retry.count) {
          parsed = reparsed
          ;({ scores, count, match } = retry)
          correctedQuery = corrected
        }
      }
    }
    const capacity = this.live.capacity
    let text: Bitset | null = null
    if (scores) {
      text = new Bitset(capacity)
      for (let i = 0; i < scores.length; i++) if (scores[i]! > 0) text.add(i)
    }
    const filterSets = {} as Record<IndexFacet, Bitset | null>
    for (const facet of FACET_KEYS) {
      const selected = query.filters[facet]
      if (!selected.length) {
        filterSets[facet] = null
        continue
      }
      const set = new Bitset(capacity)
      const values = this.facetValues(facet)
      for (const value of selected) {
        const bits = values.get(value)
        if (bits) set.or(bits)
      }
      filterSets[facet] = set
    }
    const baseExcept = (except?: IndexFacet): Bitset => {
      const base = this.live.clone()
      if (text) base.and(text)
      for (const facet of FACET_KEYS) if (facet !== except && filterSets[facet]) base.and(filterSets[facet]!)
      return base
    }
    const filtered = !!text || FACET_KEYS.some((facet) => filterSets[facet])
    const base = filtered ? baseExcept() : this.live
    const total = filtered ? base.count() : this.liveCount

    let ids: string[]
    if (scores && query.sort === 'relevance') {
      ids = this.topByScore(base, scores, query.offset + query.limit).slice(query.offset).map((slot) => this.slots[slot]!.id)
    } else {
      const order = this.sortedOrder()
      if (!filtered) {
        ids = Array.from(order.subarray(query.offset, query.offset + query.limit), (slot) => this.slots[slot]!.id)
      } else {
        ids = []
        let skipped = 0
        for (let i = 0; i < order.length && ids.length < query.limit; i++) {
          const slot = order[i]!
          if (!base.has(slot)) continue
          if (skipped < query.offset) skipped++
          else ids.push(this.slots[slot]!.id)
        }
      }
    }

    const facets = {} as Record<IndexFacet, FacetCount[]>
    if (!filtered && this.unfilteredFacets) {
      Object.assign(facets, this.unfilteredFacets)
    } else {
      for (const facet of FACET_KEYS) {
        const source = !filtered ? this.live : filterSets[facet] ? baseExcept(facet) : base
        const counts: FacetCount[] = []
        for (const [value, bits] of this.facetValues(facet)) {
          const count = source.countAnd(bits)
          if (count) counts.push({ value, label: this.label(facet, value), count })
        }
        facets[facet] = counts
      }
      if (!filtered) this.unfilteredFacets = { ...facets }
    }
    const highlight = new Set<string>()
    for (const group of parsed.groups) for (const clause of group) for (const word of clause.words) highlight.add(word)
    return { ids, total, facets, match: query.q ? (total ? match : 'none') : 'all', correctedQuery, highlight: [...highlight] }
  }
}
