// Translations in the library: a case study is found by the words of the translations readers
// are shown, counts under the languages of its approved ones, follows every change at once
// (the SearchChange triggers on ContentTranslation), and the API returns translations with
// their marks, a whole page of them in one statement.
import { describe, expect, it } from 'vitest'
import { caseStudyBySlug, caseStudyList } from '@/lib/api/case-studies'
import { db } from '@/lib/db'
import { searchLibrary } from '@/lib/library/search'
import { sourceHash } from '@/lib/translations'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { createLibrary } from '../library/fixtures'

const query = (input: Record<string, string | string[]> = {}) => LibraryQuerySchema.parse(input)
const slugs = async (input: Record<string, string | string[]> = {}) => (await searchLibrary(query(input))).items.map((item) => item.slug).sort()
const languageCount = async (language: string) => (await searchLibrary(query())).facets.language.find((option) => option.value === language)?.count ?? 0

async function translate(caseStudyId: string, language: string, fields: Record<string, string>, status: 'NEEDS_REVIEW' | 'APPROVED' | 'CHANGES_REQUESTED' = 'APPROVED') {
  const source = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudyId }, select: { title: true, summary: true, body: true, tenderClauses: true, language: true } })
  return db.contentTranslation.create({
    data: {
      subjectType: 'CASE_STUDY', subjectId: caseStudyId, language, sourceLanguage: source.language, sourceHash: sourceHash('CASE_STUDY', source),
      origin: 'HUMAN', status, reviewedAt: status === 'NEEDS_REVIEW' ? null : new Date(), fields,
    },
  })
}

describe('translations in the library index', () => {
  it('finds a case study by words of its translations, at once, and forgets them when they go', async () => {
    const { published } = await createLibrary()
    expect(await slugs({ q: 'abono' })).toEqual([])
    const translation = await translate(published.compost.id, 'es', { title: 'Abono de mercado para huertos urbanos', summary: 'Los residuos orgánicos se convierten en abono.', body: 'Los comerciantes separan los residuos.' }, 'NEEDS_REVIEW')
    expect(await slugs({ q: 'abono' })).toEqual(['accra-compost'])
    expect(await slugs({ q: 'comerciantes' })).toEqual(['accra-compost'])
    // Sent back: readers no longer see it, nor does search.
    await db.contentTranslation.update({ where: { id: translation.id }, data: { status: 'CHANGES_REQUESTED', reviewedAt: new Date() } })
    expect(await slugs({ q: 'abono' })).toEqual([])
    await db.contentTranslation.update({ where: { id: translation.id }, data: { status: 'APPROVED', fields: { title: 'Compostaje de mercado', summary: 'Residuos orgánicos.', body: 'Separación.' } } })
    expect(await slugs({ q: 'abono' })).toEqual([])
    expect(await slugs({ q: 'compostaje' })).toEqual(['accra-compost'])
    await db.contentTranslation.delete({ where: { id: translation.id } })
    expect(await slugs({ q: 'compostaje' })).toEqual([])
    // A translation of an unpublished case study is never searchable.
    const hidden = await db.caseStudy.findFirstOrThrow({ where: { status: 'DRAFT' } })
    await translate(hidden.id, hidden.language === 'de' ? 'it' : 'de', { title: 'Geheimer Kompostplan', summary: 'Geheim.', body: 'Geheim.' })
    expect(await slugs({ q: 'geheimer' })).toEqual([])
  })

  it('counts a case study under the languages of its approved translations', async () => {
    const { published } = await createLibrary()
    expect(await languageCount('fr')).toBe(0)
    const before = await languageCount('es')
    await translate(published.lighting.id, 'fr', { title: 'Éclairage public', summary: 'Coût total.', body: 'Luminaires modulaires.' }, 'NEEDS_REVIEW')
    expect(await languageCount('fr')).toBe(0)
    await db.contentTranslation.updateMany({ data: { status: 'APPROVED', reviewedAt: new Date() } })
    expect(await languageCount('fr')).toBe(1)
    expect(await slugs({ language: 'fr' })).toEqual(['nairobi-lighting'])
    await translate(published.lighting.id, 'es', { title: 'Alumbrado público', summary: 'Costo total.', body: 'Luminarias modulares.' })
    expect(await languageCount('es')).toBe(before + 1)
    expect(await slugs({ language: 'es' })).toContain('nairobi-lighting')
  })
})

describe('translations in the API', () => {
  it('returns the translations readers see with their marks, in the list and the detail', async () => {
    const { published } = await createLibrary()
    await translate(published.compost.id, 'fr', { title: 'Compost de marché', summary: 'Les déchets organiques deviennent du compost.', body: 'Les commerçants trient.' })
    await translate(published.compost.id, 'pt', { title: 'Composto', summary: 'Resumo.', body: 'Texto.' }, 'CHANGES_REQUESTED')
    await db.caseStudy.update({ where: { id: published.compost.id }, data: { summary: 'Organic waste from the markets becomes compost.' } })
    const detail = await caseStudyBySlug('accra-compost')
    expect(detail.translations).toEqual([
      expect.objectContaining({ language: 'fr', sourceLanguage: 'en', origin: 'HUMAN', status: 'APPROVED', outdated: true, title: 'Compost de marché', body: 'Les commerçants trient.' }),
    ])
    const list = await caseStudyList(query({ q: 'compost' }))
    const item = list.items.find((entry) => entry.slug === 'accra-compost')!
    expect(item.translations).toEqual([expect.objectContaining({ language: 'fr', outdated: true, title: 'Compost de marché' })])
    expect(item.translations[0]).not.toHaveProperty('body')
    expect(list.items.filter((entry) => entry.slug !== 'accra-compost').every((entry) => entry.translations.length === 0)).toBe(true)
  })
})
