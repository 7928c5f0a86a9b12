// Every server action and API route must be listed in entry-point-registry.ts with the
// permissions that guard it, or be declared public with the reason. A new action or route found
// in the sources that is not listed fails this test; tests/e2e/entry-points.spec.ts checks the
// same registry against the production build and refuses each guarded route to anonymous callers.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { permissions } from '@/lib/auth/permissions'
import { registry } from './entry-point-registry'

const root = path.resolve(import.meta.dirname, '../..')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? (entry === 'generated' ? [] : walk(full)) : [full]
  })
}

function discoverEntryPoints(): string[] {
  const found: string[] = []
  for (const file of [...walk(path.join(root, 'app')), ...walk(path.join(root, 'lib'))]) {
    if (!/\.(ts|tsx)$/.test(file)) continue
    const source = readFileSync(file, 'utf8')
    const relative = path.relative(root, file).split(path.sep).join('/')
    const isServerActionFile = /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source)
    const isRoute = /\/route\.ts$/.test(relative)
    if (!isServerActionFile && !isRoute) continue
    for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z0-9_]+)/g)) {
      found.push(`${relative}#${match[1]}`)
    }
    for (const match of source.matchAll(/export\s+const\s+([A-Za-z0-9_]+)\s*=/g)) {
      if (isRoute && !/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(match[1]!)) continue
      found.push(`${relative}#${match[1]}`)
    }
  }
  return found.filter((entry) => !/#(dynamic|revalidate|runtime)$/.test(entry)).sort()
}

describe('entry points', () => {
  const discovered = discoverEntryPoints()

  it('finds the server actions and routes', () => {
    expect(discovered.length).toBeGreaterThan(10)
  })

  it('lists every server action and API route with its guard', () => {
    expect(discovered.filter((entry) => !(entry in registry))).toEqual([])
  })

  it('has no stale entries', () => {
    expect(Object.keys(registry).filter((entry) => !discovered.includes(entry))).toEqual([])
  })

  it('guards each listed entry with permissions the matrix covers, or says why it is public', () => {
    for (const [entry, guard] of Object.entries(registry)) {
      if ('public' in guard) {
        expect(guard.public.length, entry).toBeGreaterThan(10)
      } else {
        expect(guard.permissions.length, entry).toBeGreaterThan(0)
        for (const permission of guard.permissions) expect(permissions, entry).toContain(permission)
      }
    }
  })
})
