// Every UI language has every key, with the same ICU placeholders, and every message parses.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { defaultLocale, locales } from '@/lib/i18n/config'

type Catalogue = { [key: string]: string | Catalogue }

const dir = path.resolve(import.meta.dirname, '../../lib/i18n/messages')
const areas = ['', 'library', 'authoring', 'messaging', 'figures', 'admin', 'console', 'site']
// A locale's catalogue is the merge of its area files; an area's namespaces must not collide.
const load = (locale: string) => {
  const merged: Catalogue = {}
  for (const area of areas) {
    const part = JSON.parse(readFileSync(path.join(dir, area, `${locale}.json`), 'utf8')) as Catalogue
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`namespace ${namespace} is defined twice (${locale}, ${area || 'base'})`)
      merged[namespace] = value
    }
  }
  return merged
}

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') entries.set(full, value)
    else for (const [k, v] of flatten(value, full)) entries.set(k, v)
  }
  return entries
}

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort()
}

const reference = flatten(load(defaultLocale))
// Proper names that stay the same in every language.
const untranslatable = new Set(['Metadata.siteName'])

describe('message catalogues', () => {
  it('has a non-trivial reference catalogue', () => {
    expect(reference.size).toBeGreaterThan(50)
  })

  it('covers every UI language, Arabic included, in every area', () => {
    expect([...locales]).toEqual(['en', 'es', 'pt', 'fr', 'zh', 'ar'])
    for (const area of areas) for (const locale of locales) expect(() => readFileSync(path.join(dir, area, `${locale}.json`))).not.toThrow()
  })

  for (const locale of locales) {
    describe(locale, () => {
      const catalogue = flatten(load(locale))

      it('has exactly the keys of the English catalogue', () => {
        expect([...catalogue.keys()].sort()).toEqual([...reference.keys()].sort())
      })

      it('keeps the placeholders of every message and parses as ICU', () => {
        for (const [key, english] of reference) {
          const message = catalogue.get(key)
          expect(message, key).toBeTypeOf('string')
          expect(message!.trim(), key).not.toBe('')
          expect(placeholders(message!), key).toEqual(placeholders(english))
          expect(() => new IntlMessageFormat(message!, locale), key).not.toThrow()
        }
      })

      if (locale !== defaultLocale) {
        it('is translated rather than copied from English', () => {
          const same = [...reference].filter(([key, english]) => !untranslatable.has(key) && catalogue.get(key) === english && english.length > 12)
          expect(same.map(([key]) => key)).toEqual([])
        })
      }
    })
  }
})
