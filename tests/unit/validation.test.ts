import { describe, expect, it } from 'vitest'
import { CityFilterSchema } from '@/lib/network/cities'
import { SlugSchema } from '@/lib/validation/common'
import { isLocalDatabase } from '@/scripts/lib/app-server'

describe('SlugSchema', () => {
  it.each(['africa', 'south-america', 'green-circular-cities-coalition', 'a1'])('accepts %s', (slug) => {
    expect(SlugSchema.safeParse(slug).success).toBe(true)
  })
  it.each(['', 'Africa', 'south--america', '-x', 'x-', 'a b', '../etc', 'são-paulo', 'x'.repeat(121)])(
    'refuses %j',
    (slug) => {
      expect(SlugSchema.safeParse(slug).success).toBe(false)
    },
  )
})

describe('CityFilterSchema', () => {
  it('keeps a well-formed hub and drops a malformed one', () => {
    expect(CityFilterSchema.parse({ hub: 'africa' })).toEqual({ hub: 'africa' })
    expect(CityFilterSchema.parse({ hub: "'; DROP TABLE" })).toEqual({})
    expect(CityFilterSchema.parse({ hub: ['a', 'b'] })).toEqual({})
    expect(CityFilterSchema.parse({})).toEqual({})
  })
})

describe('isLocalDatabase', () => {
  it.each([
    ['postgresql://postgres@127.0.0.1:5432/x', true],
    ['postgresql://postgres@localhost/x', true],
    ['postgresql://postgres@[::1]:5432/x', true],
    ['postgresql://u:p@db.example.org:5432/x', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLocalDatabase(url)).toBe(expected)
  })
})
