import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { sourceHash } from '@/lib/translations/subjects'
import { verifyPassword } from '@/lib/auth/password'
import { DEMO_PASSWORD, seed } from '@/prisma/seed'
import { cities, hubs } from '@/prisma/seed-data'

describe('seed', () => {
  it('loads the network without demo people unless asked, and is idempotent', async () => {
    await seed(db, { demo: false })
    const counts = async () => ({
      hubs: await db.hub.count(),
      coalitions: await db.coalition.count(),
      cities: await db.city.count(),
      topics: await db.topic.count(),
      memberships: await db.cityHubMembership.count(),
      users: await db.user.count(),
      caseStudies: await db.caseStudy.count(),
    })
    const first = await counts()
    expect(first).toMatchObject({ hubs: 4, coalitions: 4, users: 0, caseStudies: 0 })
    expect(first.cities).toBe(cities.length)

    await seed(db, { demo: false })
    expect(await counts()).toEqual(first)
  })

  it('seeds the real hubs and the Africa hub cities', async () => {
    await seed(db, { demo: false })
    expect((await db.hub.findMany({ orderBy: { slug: 'asc' } })).map((hub) => hub.slug)).toEqual(
      ['africa', 'china', 'south-america', 'usa'],
    )
    const africa = await db.hub.findUniqueOrThrow({
      where: { slug: 'africa' },
      include: { cityMemberships: { include: { city: true } } },
    })
    const names = africa.cityMemberships.map((m) => m.city.name).sort()
    expect(names).toEqual(
      ['Accra', 'Blantyre', 'Cairo', 'Cape Town', 'Entebbe', 'Johannesburg', 'Kampala', 'Lilongwe', 'Nairobi', 'Rabat'],
    )
    const gccc = await db.coalition.findUniqueOrThrow({
      where: { slug: 'green-circular-cities-coalition' },
      include: { coordinatingHub: true },
    })
    expect(gccc.coordinatingHub?.slug).toBe('china')
    expect(hubs).toHaveLength(4)
  })

  it('creates the demo accounts with the demo password, roles and sample case studies', async () => {
    await seed(db, { demo: true })
    const admin = await db.user.findUniqueOrThrow({
      where: { email: 'admin@example.org' },
      omit: { passwordHash: false },
    })
    expect(admin.isNetworkAdmin).toBe(true)
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true)
    expect(await verifyPassword(admin.passwordHash!, 'wrong-password')).toBe(false)

    const accra = await db.user.findUniqueOrThrow({
      where: { email: 'accra.official@example.org' },
      include: { cityMemberships: { include: { city: true } } },
    })
    expect(accra.cityMemberships).toMatchObject([{ role: 'FOCAL_POINT', status: 'ACTIVE', city: { slug: 'accra' } }])
    const manager = await db.hubRole.findFirstOrThrow({
      where: { user: { email: 'africa.manager@example.org' } },
      include: { hub: true },
    })
    expect(manager).toMatchObject({ role: 'MANAGER', hub: { slug: 'africa' } })

    const all = await db.user.findMany()
    expect(all.every((user) => user.email.endsWith('@example.org') && user.isDemo)).toBe(true)

    const statuses = new Set((await db.caseStudy.findMany()).map((c) => c.status))
    expect(statuses).toContain('PUBLISHED')
    expect(statuses).toContain('DRAFT')
    expect(await db.caseStudy.count({ where: { isSample: false } })).toBe(0)

    // Demo translations: current (made from the source as seeded), one approved by the hub.
    const translated = await db.contentTranslation.findMany({ orderBy: { language: 'asc' } })
    expect(translated.map((row) => [row.language, row.origin, row.status])).toEqual([
      ['es', 'HUMAN', 'APPROVED'],
      ['fr', 'MACHINE', 'NEEDS_REVIEW'],
      ['pt', 'MACHINE', 'NEEDS_REVIEW'],
    ])
    for (const row of translated) {
      const source = await db.caseStudy.findUniqueOrThrow({ where: { id: row.subjectId }, select: { title: true, summary: true, body: true, tenderClauses: true } })
      expect(row.sourceHash).toBe(sourceHash('CASE_STUDY', source))
    }

    const before = await db.caseStudy.count()
    await seed(db, { demo: true })
    expect(await db.caseStudy.count()).toBe(before)
    expect(await db.contentTranslation.count()).toBe(3)
  })
})
