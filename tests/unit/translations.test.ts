// The pure parts of translations: the source hash, states and reader marks, the glossary's
// placeholders, paragraph segments and Retry-After.
import { describe, expect, it } from 'vitest'
import { protectTerms, restoreTerms } from '@/lib/translations/machine/glossary'
import { retryAfterMs } from '@/lib/translations/machine/http'
import { batches, MAX_BATCH_CHARACTERS, splitParagraphs } from '@/lib/translations/machine/segments'
import { isShownToReaders, readerMark, stateOf } from '@/lib/translations/state'
import { requiredFields, sourceHash } from '@/lib/translations/subjects'

const source = { title: 'Crates', summary: 'Reusable crates at markets.', body: 'Text.', tenderClauses: null }

describe('the source hash', () => {
  it('is the sha256 of the translated fields only, in order, blank fields as none', () => {
    const hash = sourceHash('CASE_STUDY', source)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(sourceHash('CASE_STUDY', { ...source, tenderClauses: '  ' })).toBe(hash)
    expect(sourceHash('CASE_STUDY', { ...source, startYear: '2020' } as never)).toBe(hash)
    expect(sourceHash('CASE_STUDY', { ...source, body: 'Text!' })).not.toBe(hash)
    expect(sourceHash('CASE_STUDY', { ...source, title: source.summary, summary: source.title })).not.toBe(hash)
    expect(requiredFields('CASE_STUDY', source).map((spec) => spec.name)).toEqual(['title', 'summary', 'body'])
  })
})

describe('states and marks', () => {
  it('never shows a machine translation as a person\u2019s or as reviewed when it was not', () => {
    expect(stateOf(null)).toBe('missing')
    expect(stateOf({ status: 'CHANGES_REQUESTED', origin: 'HUMAN', sourceHash: '' })).toBe('changesRequested')
    expect(isShownToReaders({ status: 'CHANGES_REQUESTED' })).toBe(false)
    expect(isShownToReaders({ status: 'NEEDS_REVIEW' })).toBe(true)
    expect(readerMark({ status: 'NEEDS_REVIEW', origin: 'MACHINE', reviewHubName: 'Hub' })).toEqual({ kind: 'machine', reviewed: false })
    expect(readerMark({ status: 'APPROVED', origin: 'MACHINE', reviewHubName: 'Hub' })).toEqual({ kind: 'machine', reviewed: true, hubName: 'Hub' })
    expect(readerMark({ status: 'NEEDS_REVIEW', origin: 'MACHINE_POST_EDITED', reviewHubName: null })).toEqual({ kind: 'human', reviewed: false })
    expect(readerMark({ status: 'APPROVED', origin: 'HUMAN', reviewHubName: 'Hub' })).toEqual({ kind: 'human', reviewed: true, hubName: 'Hub' })
  })
})

describe('the glossary', () => {
  it('matches whole words only, longest first, and CJK terms anywhere', () => {
    const result = protectTerms('Circular public procurement, not circular publicity.', 'en', 'fr')
    expect(restoreTerms(result.text, result.replacements)).toBe('Achats publics circulaires, not circular publicity.')
    const chinese = protectTerms('推动循环经济发展', 'zh', 'en')
    expect(restoreTerms(chinese.text, chinese.replacements)).toBe('推动circular economy发展')
    expect(protectTerms('no terms here', 'en', 'de').replacements).toEqual([])
  })
})

describe('segments', () => {
  it('cuts at blank lines and joins back exactly, and keeps batches under the limit', () => {
    const text = `# Title\n\nFirst paragraph.\n\n\nSecond ${'word '.repeat(1200)}end.`
    const parts = splitParagraphs(text)
    expect(parts.join('')).toBe(text)
    expect(parts.filter((_, index) => index % 2 === 0).every((part) => part.length <= 4_000)).toBe(true)
    const groups = batches(['a'.repeat(15_000), 'b'.repeat(6_000), 'c'.repeat(100)])
    expect(groups.map((group) => group.length)).toEqual([1, 2])
    expect(groups.every((group) => group.join('').length <= MAX_BATCH_CHARACTERS)).toBe(true)
  })
})

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3_000)
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(10_000)
    expect(retryAfterMs('soon')).toBeNull()
    expect(retryAfterMs(null)).toBeNull()
  })
})
