import { describe, expect, it } from 'vitest'
import { safeCallbackPath, sameOriginRedirect } from '@/lib/auth/redirect'

describe('safeCallbackPath', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/cities?hub=africa#list', '/cities?hub=africa#list'],
    ['/hubs/../admin', '/admin'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected)
  })

  it.each([
    'https://evil.example.net/x',
    '//evil.example.net/x',
    '/\\evil.example.net',
    '\\\\evil.example.net',
    'javascript:alert(1)',
    '/\u0000/x',
    '/\tjavascript:alert(1)',
    '',
    'x'.repeat(501),
    42,
    undefined,
    ['/dashboard'],
  ])('falls back for %j', (input) => {
    expect(safeCallbackPath(input)).toBe('/dashboard')
  })
})

describe('sameOriginRedirect', () => {
  const base = 'https://portal.example.org'
  it('keeps same-origin targets and sends everything else home', () => {
    expect(sameOriginRedirect('/dashboard', base)).toBe(`${base}/dashboard`)
    expect(sameOriginRedirect(`${base}/hubs/africa`, base)).toBe(`${base}/hubs/africa`)
    expect(sameOriginRedirect('https://evil.example.net/dashboard', base)).toBe(base)
    expect(sameOriginRedirect('https://portal.example.org.evil.net/', base)).toBe(base)
    expect(sameOriginRedirect('//evil.example.net', base)).toBe(`${base}/`)
    expect(sameOriginRedirect('not a url', base)).toBe(base)
  })
})
