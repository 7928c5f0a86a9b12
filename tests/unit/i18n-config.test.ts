import { describe, expect, it } from 'vitest'
import { isLocale, negotiateLocale, textDirection } from '@/lib/i18n/config'

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,pt-BR;q=0.8,en;q=0.5', 'pt'],
    ['zh-CN', 'zh'],
    ['en;q=0.4, es;q=0.9', 'es'],
    ['de, it', 'en'],
    ['es;q=0, fr;q=0.1', 'fr'],
    ['garbage;;;,,', 'en'],
    ['ar-EG,ar;q=0.9,en;q=0.5', 'ar'],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })

  it('recognises only supported locales', () => {
    expect(isLocale('pt')).toBe(true)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})

describe('textDirection', () => {
  it('writes Arabic right to left and the other languages left to right', () => {
    expect(textDirection('ar')).toBe('rtl')
    for (const locale of ['en', 'es', 'pt', 'fr', 'zh'] as const) expect(textDirection(locale)).toBe('ltr')
  })
})
