// The in-memory library index against PostgreSQL: whatever writes to the database (a service, a
// script, a bulk statement, concurrent transactions committing out of order), the next answer is
// exactly what the database says.
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { searchLibrary } from '@/lib/library/search'
import { libraryIndexStats, resetLibraryIndex } from '@/lib/search/sync'
import { LibraryQuerySchema } from '@/lib/validation/library'
import { createCity, createHub } from '../../factories'
import { createLibrary, createStudy } from './fixtures'

const query = (input: Record<string, string | string[]> = {}) => LibraryQuerySchema.parse(input)
const slugs = async (input: Record<string, string | string[]> = {}) => (await searchLibrary(query(input))).items.map((item) => item.slug).sort()

describe('library index synchronisation', () => {
  it('sees direct writes at once: a new case study, an unpublish, new topics, a deletion', async () => {
    const { published } = await createLibrary()
    expect(await slugs({ q: 'compost' })).toEqual(['accra-compost'])
    const city = await createCity()
    await createStudy(city.id, { slug: 'late-compost', title: 'Compost of late', publishedAt: new Date('2026-01-01') })
    expect(await slugs({ q: 'compost' })).toEqual(['accra-compost', 'late-compost'])

    await db.caseStudy.update({ where: { id: published.compost.id }, data: { status: 'UNPUBLISHED' } })
    expect(await slugs({ q: 'compost' })).toEqual(['late-compost'])

    const waste = await db.topic.findUniqueOrThrow({ where: { slug: 'waste' } })
    const late = await db.caseStudy.findUniqueOrThrow({ where: { slug: 'late-compost' } })
    await db.caseStudyTopic.create({ data: { caseStudyId: late.id, topicId: waste.id } })
    expect(await slugs({ topic: 'waste' })).toEqual(['austin-materials', 'late-compost'])

    await db.caseStudy.delete({ where: { id: late.id } })
    expect(await slugs({ q: 'compost' })).toEqual([])
    expect((await searchLibrary(query())).total).toBe(3)
  })

  it('follows names and memberships: renamed topics are found by their new name, a hub that a city leaves stops counting it', async () => {
    await createLibrary()
    expect(await slugs({ hub: 'africa' })).toEqual(['accra-compost', 'nairobi-lighting'])
    const accra = await db.city.findUniqueOrThrow({ where: { slug: 'accra' } })
    await db.cityHubMembership.updateMany({ where: { cityId: accra.id }, data: { leftAt: new Date() } })
    expect(await slugs({ hub: 'africa' })).toEqual(['nairobi-lighting'])
    const usa = await db.hub.findUniqueOrThrow({ where: { slug: 'usa' } })
    await db.cityHubMembership.create({ data: { cityId: accra.id, hubId: usa.id } })
    expect(await slugs({ hub: 'usa' })).toEqual(['accra-compost', 'austin-comida', 'austin-materials'])

    expect(await slugs({ q: 'agroecology' })).toEqual([])
    await db.topic.update({ where: { slug: 'food-systems' }, data: { name: 'Agroecology' } })
    expect(await slugs({ q: 'agroecology' })).toEqual(['accra-compost', 'austin-comida'])
    const facets = (await searchLibrary(query())).facets.topic
    expect(facets.find((option) => option.value === 'food-systems')?.label).toBe('Agroecology')

    const hub = await createHub({ slug: 'lonely', name: 'Lonely Hub' })
    expect((await searchLibrary(query({ hub: 'lonely' }))).total).toBe(0)
    await db.cityHubMembership.create({ data: { cityId: accra.id, hubId: hub.id } })
    expect(await slugs({ hub: 'lonely' })).toEqual(['accra-compost'])
  })

  it('never misses a commit when transactions commit out of order', async () => {
    await createLibrary()
    const city = await db.city.findUniqueOrThrow({ where: { slug: 'accra' } })
    expect(await slugs({ q: 'photovoltaic' })).toEqual([])
    const first = new pg.Client({ connectionString: process.env.DATABASE_URL })
    const second = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await Promise.all([first.connect(), second.connect()])
    try {
      const insert = (client: pg.Client, slug: string) =>
        client.query(
          `INSERT INTO "CaseStudy" ("id", "slug", "cityId", "status", "title", "summary", "body", "publishedAt", "updatedAt")
           VALUES ($1, $1, $2, 'PUBLISHED', 'Photovoltaic ' || $1, 'Panels.', 'Text.', now(), now())`,
          [slug, city.id],
        )
      // The first transaction starts (and takes its id) first, but commits last.
      await first.query('BEGIN')
      await first.query('SELECT pg_current_xact_id()')
      await insert(first, 'early-start')
      await second.query('BEGIN')
      await insert(second, 'late-start')
      await second.query('COMMIT')
      expect(await slugs({ q: 'photovoltaic' })).toEqual(['late-start'])
      await first.query('COMMIT')
      expect(await slugs({ q: 'photovoltaic' })).toEqual(['early-start', 'late-start'])
      // A rolled-back change leaves nothing behind.
      await first.query('BEGIN')
      await first.query(`UPDATE "CaseStudy" SET "status" = 'UNPUBLISHED' WHERE "slug" = 'late-start'`)
      await first.query('ROLLBACK')
      expect(await slugs({ q: 'photovoltaic' })).toEqual(['early-start', 'late-start'])
    } finally {
      await Promise.all([first.end(), second.end()])
    }
  })

  it('is built once, not again on every look, while an old transaction elsewhere holds the horizon back', async () => {
    const old = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await old.connect()
    try {
      await old.query('BEGIN')
      await old.query('SELECT pg_current_xact_id()')
      // A truncation ('all') after the old transaction began: a build that did not remember what
      // its snapshot already held would rebuild on every look for as long as that one stays open.
      await db.$executeRawUnsafe('TRUNCATE "ImpactMetric"')
      await createLibrary()
      resetLibraryIndex()
      const before = libraryIndexStats().builds
      for (let i = 0; i < 5; i++) expect((await searchLibrary(query())).total).toBe(4)
      expect(libraryIndexStats().builds - before).toBe(1)
      await old.query('COMMIT')
    } finally {
      await old.end()
    }
  })

  it('is built again, identical, after a restart; empties when the tables are truncated; bulk writes are seen', async () => {
    await createLibrary()
    const before = await searchLibrary(query({ q: 'compost or lighting' }))
    resetLibraryIndex()
    const after = await searchLibrary(query({ q: 'compost or lighting' }))
    expect(after.items.map((i) => i.slug)).toEqual(before.items.map((i) => i.slug))
    expect(after.facets).toEqual(before.facets)

    const city = await createCity()
    await db.$executeRaw`
      INSERT INTO "CaseStudy" ("id", "slug", "cityId", "status", "title", "summary", "body", "publishedAt", "updatedAt")
      SELECT 'bulk' || g, 'bulk-' || g, ${city.id}, 'PUBLISHED', 'Bulk tyres ' || g, 'Tyres.', 'Text.', now(), now()
      FROM generate_series(1, 600) g`
    expect((await searchLibrary(query({ q: 'tyres' }))).total).toBe(600)
    await db.$executeRaw`UPDATE "CaseStudy" SET "status" = 'UNPUBLISHED' WHERE "slug" LIKE 'bulk-%'`
    expect((await searchLibrary(query({ q: 'tyres' }))).total).toBe(0)

    await db.$executeRawUnsafe('TRUNCATE "CaseStudy" CASCADE')
    expect((await searchLibrary(query())).total).toBe(0)
  })
})
