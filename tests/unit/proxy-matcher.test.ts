// Routes that serve stored files set their own CSP (`default-src 'none'; sandbox`); the proxy
// replaces a response's CSP with the page policy, so it must not run on them. Before issue 13
// /api/message-files/:id was missing from the exclusions and this test failed on it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { config } from '@/proxy'

const root = path.resolve(import.meta.dirname, '../..')

function routes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return routes(full)
    return entry.name === 'route.ts' ? [full] : []
  })
}

const matcher = new RegExp(`^${config.matcher[0]!.source}$`)

describe('the proxy matcher', () => {
  const fileRoutes = routes(path.join(root, 'app')).filter((file) => readFileSync(file, 'utf8').includes('fileHeaders('))

  it('finds the routes that serve files', () => {
    expect(fileRoutes.length).toBeGreaterThanOrEqual(2)
  })

  for (const file of fileRoutes) {
    const url = path.relative(path.join(root, 'app'), path.dirname(file)).replace(/\([^)]+\)\//g, '').replace(/\[[^\]]+\]/g, 'abc123')
    it(`leaves /${url} to its own headers`, () => {
      expect(matcher.test(`/${url}`)).toBe(false)
    })
  }

  it('still runs on pages', () => {
    expect(matcher.test('/inbox/abc123')).toBe(true)
    expect(matcher.test('/')).toBe(true)
  })
})
