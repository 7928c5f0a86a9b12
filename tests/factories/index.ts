// Test data with sensible defaults and overrides. Every name is unique per call.
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'

let counter = 0
const next = () => `${Date.now().toString(36)}${(++counter).toString(36)}`

export async function createHub(overrides: Partial<Prisma.HubUncheckedCreateInput> = {}) {
  const id = next()
  return db.hub.create({
    data: { slug: `hub-${id}`, name: `Hub ${id}`, region: 'Test region', description: 'A test hub.', ...overrides },
  })
}

export async function createCoalition(overrides: Partial<Prisma.CoalitionUncheckedCreateInput> = {}) {
  const id = next()
  return db.coalition.create({
    data: { slug: `coalition-${id}`, name: `Coalition ${id}`, scope: 'Global', description: 'A test coalition.', ...overrides },
  })
}

export async function createCity(
  overrides: Partial<Prisma.CityUncheckedCreateInput> = {},
  memberships: { hubIds?: string[]; coalitionIds?: string[] } = {},
) {
  const id = next()
  const city = await db.city.create({
    data: {
      slug: `city-${id}`,
      name: `City ${id}`,
      countryCode: 'GH',
      region: 'West Africa',
      population: 100_000,
      latitude: 5.6,
      longitude: -0.19,
      ...overrides,
    },
  })
  for (const hubId of memberships.hubIds ?? []) {
    await db.cityHubMembership.create({ data: { cityId: city.id, hubId } })
  }
  for (const coalitionId of memberships.coalitionIds ?? []) {
    await db.cityCoalitionMembership.create({ data: { cityId: city.id, coalitionId } })
  }
  return city
}

export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = next()
  // Confirmed addresses by default, as every account but a fresh registration has.
  return db.user.create({ data: { email: `user-${id}@example.org`, name: `User ${id}`, emailVerified: new Date(), ...overrides } })
}

export async function createCaseStudy(
  cityId: string,
  overrides: Partial<Prisma.CaseStudyUncheckedCreateInput> = {},
) {
  const id = next()
  const published = overrides.status === 'PUBLISHED'
  return db.caseStudy.create({
    data: {
      slug: `case-${id}`,
      cityId,
      title: `Case study ${id}`,
      summary: 'What the city did and what it achieved.',
      body: 'The **body** of the case study.',
      publishedAt: published ? new Date() : null,
      ...overrides,
    },
  })
}
