import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { listLatestPublished } from '@/lib/case-studies/list-latest'
import { findCityBySlug, listCities } from '@/lib/network/cities'
import { findCoalitionBySlug, listCoalitions } from '@/lib/network/coalitions'
import { getNetworkFigures } from '@/lib/network/figures'
import { findHubBySlug, listHubs } from '@/lib/network/hubs'
import { createCaseStudy, createCity, createCoalition, createHub, createUser } from '../factories'

describe('hubs', () => {
  it('counts and lists only current member cities', async () => {
    const hub = await createHub({ slug: 'africa', name: 'Africa Hub' })
    const accra = await createCity({ name: 'Accra' }, { hubIds: [hub.id] })
    const left = await createCity({ name: 'Former Member' }, { hubIds: [hub.id] })
    await db.cityHubMembership.updateMany({ where: { cityId: left.id }, data: { leftAt: new Date() } })

    const [card] = await listHubs()
    expect(card?._count.cityMemberships).toBe(1)

    const detail = await findHubBySlug('africa')
    expect(detail?.cityMemberships.map((m) => m.city.slug)).toEqual([accra.slug])
  })

  it('shows the hub team without suspended users and without private fields', async () => {
    const hub = await createHub({ slug: 'china' })
    const officer = await createUser({ name: 'Officer One', jobTitle: 'Hub officer' })
    const suspended = await createUser({ name: 'Suspended One', status: 'SUSPENDED' })
    await db.hubRole.create({ data: { hubId: hub.id, userId: officer.id, role: 'OFFICER' } })
    await db.hubRole.create({ data: { hubId: hub.id, userId: suspended.id, role: 'MANAGER' } })

    const detail = await findHubBySlug('china')
    expect(detail?.roles).toEqual([{ role: 'OFFICER', user: { id: officer.id, name: 'Officer One', jobTitle: 'Hub officer' } }])
    expect(JSON.stringify(detail)).not.toContain('@example.org')
  })

  it('returns null for an unknown hub', async () => {
    expect(await findHubBySlug('nowhere')).toBeNull()
  })
})

describe('coalitions', () => {
  it('lists the coordinating hub, spanned hubs and current members', async () => {
    const hub = await createHub({ slug: 'china', name: 'China Hub' })
    const other = await createHub({ slug: 'usa', name: 'USA Hub' })
    const coalition = await createCoalition({ slug: 'green-circular-cities-coalition', coordinatingHubId: hub.id })
    await db.coalitionHub.createMany({
      data: [
        { coalitionId: coalition.id, hubId: hub.id, role: 'COORDINATOR' },
        { coalitionId: coalition.id, hubId: other.id, role: 'PARTNER' },
      ],
    })
    const city = await createCity({ name: 'Shanghai', countryCode: 'CN' }, { coalitionIds: [coalition.id] })

    const [card] = await listCoalitions()
    expect(card).toMatchObject({ coordinatingHub: { slug: 'china' }, _count: { cityMemberships: 1 } })
    const detail = await findCoalitionBySlug('green-circular-cities-coalition')
    expect(detail?.hubLinks.map((link) => [link.hub.slug, link.role])).toEqual([
      ['china', 'COORDINATOR'],
      ['usa', 'PARTNER'],
    ])
    expect(detail?.cityMemberships.map((m) => m.city.slug)).toEqual([city.slug])
  })
})

describe('cities', () => {
  it('filters by hub and ignores unknown hubs', async () => {
    const africa = await createHub({ slug: 'africa' })
    const usa = await createHub({ slug: 'usa' })
    const accra = await createCity({ name: 'Accra' }, { hubIds: [africa.id] })
    await createCity({ name: 'Austin', countryCode: 'US' }, { hubIds: [usa.id] })

    expect((await listCities({ hub: 'africa' })).map((c) => c.slug)).toEqual([accra.slug])
    expect(await listCities({ hub: 'antarctica' })).toEqual([])
    expect(await listCities({})).toHaveLength(2)
  })

  it('shows only published case studies on a city page', async () => {
    const city = await createCity({ slug: 'accra' })
    const published = await createCaseStudy(city.id, { status: 'PUBLISHED' })
    for (const status of ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'UNPUBLISHED'] as const) {
      await createCaseStudy(city.id, { status, ...(status === 'REJECTED' ? { rejectionReason: 'Out of scope.' } : {}) })
    }
    const detail = await findCityBySlug('accra')
    expect(detail?.caseStudies.map((c) => c.slug)).toEqual([published.slug])
  })
})

describe('home page data', () => {
  it('lists the newest published case studies first, and nothing unpublished', async () => {
    const city = await createCity()
    const older = await createCaseStudy(city.id, { status: 'PUBLISHED', publishedAt: new Date('2025-01-01') })
    const newer = await createCaseStudy(city.id, { status: 'PUBLISHED', publishedAt: new Date('2026-01-01') })
    await createCaseStudy(city.id, { status: 'SUBMITTED' })
    expect((await listLatestPublished(6)).map((c) => c.slug)).toEqual([newer.slug, older.slug])
    expect((await listLatestPublished(1)).map((c) => c.slug)).toEqual([newer.slug])
  })

  it('counts hubs, member cities, coalitions and published case studies', async () => {
    const hub = await createHub()
    await createCoalition()
    const member = await createCity({}, { hubIds: [hub.id] })
    await createCity() // not a member of any hub
    await createCaseStudy(member.id, { status: 'PUBLISHED' })
    await createCaseStudy(member.id, { status: 'DRAFT' })
    expect(await getNetworkFigures()).toEqual({ hubs: 1, cities: 1, coalitions: 1, caseStudies: 1 })
  })
})
