// The entry points as the production build has them, against the registry
// (tests/unit/entry-point-registry.ts): the server actions from Next's server-reference manifest,
// the route handlers from its app-paths manifest, and each route's methods from the running
// server (a method the route does not export answers 405). Every one must be listed; every
// guarded route must refuse an anonymous caller (401, 403 or 404, never a 2xx). The unit test
// finds entry points in the sources with regular expressions; this one cannot miss what the build
// contains. Runs at one width.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { registry } from '../unit/entry-point-registry'

const root = path.resolve(import.meta.dirname, '../..')
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, '.next/server', file), 'utf8')) as Record<string, unknown>
// Framework metadata routes generated from app/robots.ts and app/sitemap.ts: public by nature.
// Metadata routes Next makes from files (robots, sitemap, icons): no code of ours to guard.
const METADATA_ROUTES = new Set(['/robots.txt/route', '/sitemap.xml/route', '/favicon.ico/route', '/icon.svg/route'])
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const FAKE_ID = 'c0000000000000000000000000'

function builtActions(): string[] {
  const node = readJson('server-reference-manifest.json').node as Record<string, { filename: string; exportedName: string }>
  return [...new Set(Object.values(node).map((action) => `${action.filename}#${action.exportedName}`))].sort()
}

function builtRoutes(): { key: string; url: string }[] {
  return Object.keys(readJson('app-paths-manifest.json'))
    .filter((page) => page.endsWith('/route') && !METADATA_ROUTES.has(page))
    .map((page) => ({
      key: `app${page}.ts`,
      url: page
        .replace(/\/route$/, '')
        .replace(/\/\([^)]+\)/g, '')
        .replace('/[locale]/', '/en/')
        .replace(/\[\.\.\.[^\]]+\]/g, 'session')
        .replace(/\[[^\]]+\]/g, FAKE_ID),
    }))
}

test('every server action in the build is in the registry, and every listed action is built', () => {
  const actions = builtActions()
  expect(actions.length).toBeGreaterThan(20)
  expect(actions.filter((action) => !(action in registry))).toEqual([])
  const listedActions = Object.keys(registry).filter((entry) => !/\/route\.ts#/.test(entry))
  expect(listedActions.filter((entry) => !actions.includes(entry))).toEqual([])
})

test('every route method the server answers is in the registry, and guarded ones refuse anonymous callers', async ({ request, baseURL }) => {
  test.slow() // about a hundred requests
  const routes = builtRoutes()
  expect(routes.length).toBeGreaterThan(10)
  const answered: string[] = []
  const refusedWrongly: string[] = []
  for (const route of routes) {
    for (const method of METHODS) {
      const response = await request.fetch(`${route.url}`, {
        method,
        headers: { origin: baseURL!, 'content-type': 'application/json' },
        data: method === 'GET' ? undefined : '{}',
        maxRedirects: 0,
      })
      if (response.status() === 405) continue
      const entry = `${route.key}#${method}`
      answered.push(entry)
      const guard = registry[entry]
      if (guard && 'permissions' in guard && ![401, 403, 404].includes(response.status())) {
        refusedWrongly.push(`${method} ${route.url}: ${response.status()}`)
      }
    }
  }
  expect(answered.filter((entry) => !(entry in registry))).toEqual([])
  const listedRoutes = Object.keys(registry).filter((entry) => /\/route\.ts#/.test(entry))
  expect(listedRoutes.filter((entry) => !answered.includes(entry))).toEqual([])
  expect(refusedWrongly).toEqual([])
})
