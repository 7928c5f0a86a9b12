// The production server's last line: an error nobody caught is logged and the process exits 1.
// Before this change serve.ts logged and carried on: the first case fails there (exit never
// called). The second keeps new silent catches out of lib/ and scripts/.
import { EventEmitter } from 'node:events'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exitOnUncaughtErrors } from '@/lib/server/process-guards'

describe('uncaught errors', () => {
  it('are logged and end the process with status 1, exceptions and rejections alike', () => {
    for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
      const target = new EventEmitter()
      const logged: unknown[][] = []
      const exits: number[] = []
      exitOnUncaughtErrors(target, { log: (...args) => logged.push(args), exit: (code) => exits.push(code) })
      const error = new Error('boom')
      target.emit(event, error)
      expect(exits).toEqual([1])
      expect(logged).toHaveLength(1)
      expect(logged[0]).toContain(error)
    }
  })

  it('scripts/serve.ts installs the guard', () => {
    const serve = readFileSync(path.resolve(import.meta.dirname, '../../scripts/serve.ts'), 'utf8')
    expect(serve).toMatch(/^exitOnUncaughtErrors\(\)$/m)
    expect(serve).not.toMatch(/process\.on\('(uncaughtException|unhandledRejection)'/)
  })
})

describe('swallowed errors', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  function files(dir: string): string[] {
    return readdirSync(path.join(root, dir)).flatMap((name) => {
      const relative = path.join(dir, name)
      if (relative === path.join('lib', 'generated')) return []
      return statSync(path.join(root, relative)).isDirectory() ? files(relative) : /\.(ts|tsx|mjs)$/.test(name) ? [relative] : []
    })
  }
  // An empty handler, or one holding nothing but comments. A catch that returns a value (a parse
  // that failed means "no") is a decision, not a swallowed error, and is not matched.
  const EMPTY_CATCH = /catch\s*(?:\(\s*\w*\s*\))?\s*\{(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*\}|\.catch\(\s*\(\s*\w*\s*\)\s*=>\s*(?:\{\s*\}|undefined|null)\s*\)/g

  it('finds the pattern it looks for', () => {
    expect('try { x() } catch {\n  // not up yet\n}'.match(EMPTY_CATCH)).toHaveLength(1)
    expect('p.catch(() => {})'.match(EMPTY_CATCH)).toHaveLength(1)
    expect('try { x() } catch (error) { log(error) }'.match(EMPTY_CATCH)).toBeNull()
  })

  it('none is left in lib/ and scripts/: every caught error is logged or answered', () => {
    const found = [...files('lib'), ...files('scripts')].flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(EMPTY_CATCH)].map((match) => `${file}: ${match[0].replace(/\s+/g, ' ')}`))
    expect(found).toEqual([])
  })
})
