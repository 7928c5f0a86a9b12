// The library's data caches (lib/library/cache.ts) are off outside production, so no other
// integration test runs them. Here each one runs with a real TTL against PostgreSQL: within the
// TTL a change in the database is not seen (the cache answered), after it the change shows, and a
// publish (publicContentChanged) empties it at once. With createCache's `hit.expires > now`
// check removed, the "after the TTL" assertions fail (entries never expire); with caching
// disabled (ttl ignored), the "within the TTL" ones fail.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { createCache } from '@/lib/library/cache'
import { createCaseStudyInState, createCaseStudyNetwork } from '../../factories/case-studies'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const hubCount = () => db.hub.count()

afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
  vi.resetModules()
})

describe('createCache with a real TTL', () => {
  it('answers from memory within the TTL, from the database after it, and empties on a publish', async () => {
    const cache = createCache<number>('test-hubs', { ttlMs: 400 })
    const before = await cache.get('hubs', hubCount)
    await db.hub.create({ data: { slug: 'cache-hub-1', name: 'Cache Hub One', region: 'Test', description: 'A hub of the cache test.' } })
    expect(await hubCount()).toBe(before + 1)
    expect(await cache.get('hubs', hubCount)).toBe(before) // within the TTL
    await sleep(450)
    expect(await cache.get('hubs', hubCount)).toBe(before + 1) // expired
    await db.hub.create({ data: { slug: 'cache-hub-2', name: 'Cache Hub Two', region: 'Test', description: 'A hub of the cache test.' } })
    expect(await cache.get('hubs', hubCount)).toBe(before + 1)
    publicContentChanged()
    expect(await cache.get('hubs', hubCount)).toBe(before + 2) // emptied before its TTL
  })

  it('shares one computation among concurrent callers and does not remember a failure', async () => {
    const cache = createCache<number>('test-shared', { ttlMs: 5_000 })
    let computed = 0
    const compute = async () => {
      computed++
      return hubCount()
    }
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.get('k', compute)))
    expect(new Set(results).size).toBe(1)
    expect(computed).toBe(1)
    await expect(cache.get('failing', () => db.$queryRawUnsafe('SELECT * FROM "NoSuchTable"'))).rejects.toThrow()
    expect(await cache.get('failing', async () => 7)).toBe(7)
  })

  it('is on in production (5 s, LIBRARY_CACHE_SECONDS overrides, 0 turns it off) and off elsewhere', async () => {
    const cache = createCache<number>('test-default')
    let computed = 0
    const compute = async () => ++computed
    await cache.get('k', compute)
    await cache.get('k', compute)
    expect(computed).toBe(2) // tests run outside production: off
    vi.stubEnv('NODE_ENV', 'production')
    await cache.get('k', compute)
    await cache.get('k', compute)
    expect(computed).toBe(3)
    vi.stubEnv('LIBRARY_CACHE_SECONDS', '0')
    await cache.get('k', compute)
    expect(computed).toBe(4)
  })
})

describe('each library cache, through its own function, with a real TTL', () => {
  it('library-detail and library-related (LIBRARY_CACHE_SECONDS=1)', async () => {
    vi.stubEnv('LIBRARY_CACHE_SECONDS', '1')
    const { findPublishedCaseStudy, listRelated } = await import('@/lib/library/case-study')
    const network = await createCaseStudyNetwork()
    const one = await createCaseStudyInState(network, 'PUBLISHED')
    await createCaseStudyInState(network, 'PUBLISHED')
    const detail = await findPublishedCaseStudy(one.slug)
    const related = await listRelated(one.id)
    expect(related).toHaveLength(1)
    await db.caseStudy.update({ where: { id: one.id }, data: { title: 'A title changed in the database' } })
    await createCaseStudyInState(network, 'PUBLISHED')
    expect((await findPublishedCaseStudy(one.slug))?.title).toBe(detail?.title)
    expect(await listRelated(one.id)).toHaveLength(1)
    await sleep(1_100)
    expect((await findPublishedCaseStudy(one.slug))?.title).toBe('A title changed in the database')
    expect(await listRelated(one.id)).toHaveLength(2)
  })

  it('library-medians (10 minutes in production)', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.useFakeTimers({ toFake: ['Date'] })
    const { getNetworkMedians } = await import('@/lib/library/case-study')
    const network = await createCaseStudyNetwork()
    const published = await createCaseStudyInState(network, 'PUBLISHED')
    const median = async () => (await getNetworkMedians()).find((row) => row.type === 'WASTE_DIVERTED_T_PER_YEAR')?.median
    expect(await median()).toBe(100)
    await db.impactMetric.updateMany({ where: { caseStudyId: published.id }, data: { value: 300 } })
    vi.setSystemTime(Date.now() + 9 * 60_000)
    expect(await median()).toBe(100)
    vi.setSystemTime(Date.now() + 2 * 60_000)
    expect(await median()).toBe(300)
  })

  it('network-in-figures (60 s in production)', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-15T12:00:00Z')) // mid-month: the key (the month) stays put
    const { getNetworkInFigures } = await import('@/lib/network/figures')
    const network = await createCaseStudyNetwork()
    const cities = async () => (await getNetworkInFigures()).citiesPerHub.reduce((sum, hub) => sum + hub.cities, 0)
    const before = await cities()
    const city = await db.city.create({ data: { slug: 'cache-city', name: 'Cache City', countryCode: 'GH', region: 'Test', latitude: 5.6, longitude: -0.2 } })
    await db.cityHubMembership.create({ data: { cityId: city.id, hubId: network.hubX.id } })
    vi.setSystemTime(Date.now() + 50_000)
    expect(await cities()).toBe(before)
    vi.setSystemTime(Date.now() + 20_000)
    expect(await cities()).toBe(before + 1)
  })
})
