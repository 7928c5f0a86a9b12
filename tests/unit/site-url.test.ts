import { afterEach, describe, expect, it, vi } from 'vitest'
import { configuredOrigin, exitUnlessPublicOriginConfigured } from '@/lib/site-url'

describe('configuredOrigin', () => {
  it('prefers PUBLIC_URL, falls back to NEXTAUTH_URL, and keeps the origin only', () => {
    expect(configuredOrigin({ PUBLIC_URL: 'https://portal.example.org/', NEXTAUTH_URL: 'http://localhost:3000' })).toBe('https://portal.example.org')
    expect(configuredOrigin({ NEXTAUTH_URL: 'https://portal.example.org/api/auth' })).toBe('https://portal.example.org')
    expect(configuredOrigin({})).toBeNull()
  })

  it('refuses what is not an http(s) origin, naming the variable', () => {
    expect(() => configuredOrigin({ PUBLIC_URL: 'portal.example.org' })).toThrow(/^PUBLIC_URL must be an absolute/)
    expect(() => configuredOrigin({ PUBLIC_URL: 'ftp://portal.example.org' })).toThrow(/^PUBLIC_URL must start with https/)
    expect(() => configuredOrigin({ PUBLIC_URL: 'https://portal.example.org/portal' })).toThrow(/^PUBLIC_URL must be an origin only/)
    expect(() => configuredOrigin({ NEXTAUTH_URL: 'https://user:pw@portal.example.org' })).toThrow(/^NEXTAUTH_URL must be an origin only/)
  })
})

describe('exitUnlessPublicOriginConfigured', () => {
  afterEach(() => vi.restoreAllMocks())
  const exits = () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    return { exit, error }
  }

  it('stops a production server without a public origin, saying what to set', () => {
    const { error } = exits()
    expect(() => exitUnlessPublicOriginConfigured({ NODE_ENV: 'production' })).toThrow('exit 1')
    expect(error.mock.calls[0]![0]).toContain('PUBLIC_URL is not set')
  })

  it('stops a server with a malformed one, in any mode', () => {
    exits()
    expect(() => exitUnlessPublicOriginConfigured({ NODE_ENV: 'development', PUBLIC_URL: 'localhost' })).toThrow('exit 1')
  })

  it('lets development run without one, and gives next-auth the public origin', () => {
    const { exit } = exits()
    exitUnlessPublicOriginConfigured({ NODE_ENV: 'development' })
    const env: Record<string, string | undefined> = { NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example.org' }
    exitUnlessPublicOriginConfigured(env)
    expect(env.NEXTAUTH_URL).toBe('https://portal.example.org')
    expect(exit).not.toHaveBeenCalled()
  })
})
