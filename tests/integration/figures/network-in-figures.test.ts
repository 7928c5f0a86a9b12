import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { figureMonths, getNetworkFigures, getNetworkInFigures } from '@/lib/network/figures'
import { createCity, createHub } from '../../factories'
import { createFigureCaseStudy, createTopic } from '../../factories/figures'

const now = new Date('2026-06-15T12:00:00Z')
const months = figureMonths(now)
const at = (month: string) => months.indexOf(month)

async function createWorld() {
  const hubX = await createHub({ name: 'Alpha hub' })
  const hubY = await createHub({ name: 'Beta hub' })
  const hubZ = await createHub({ name: 'Gamma hub' })
  const cityA = await createCity({}, { hubIds: [hubX.id] })
  const cityB = await createCity({}, { hubIds: [hubY.id] })
  const cityC = await createCity({}, { hubIds: [hubX.id, hubY.id] })
  // City D left hub X: neither it nor its case studies count for X any more.
  const cityD = await createCity()
  await db.cityHubMembership.create({
    data: { cityId: cityD.id, hubId: hubX.id, joinedAt: new Date('2025-01-01Z'), leftAt: new Date('2026-01-01Z') },
  })
  const topic1 = await createTopic('Food', 0)
  const topic2 = await createTopic('Reuse', 1)

  // Published in June (current month), city A, topic 1.
  await createFigureCaseStudy(cityA.id, {
    publishedAt: new Date('2026-06-01T00:00:00Z'),
    topicIds: [topic1.id],
    metrics: [
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 100, verified: true },
      { type: 'COST_SAVED_PER_YEAR', value: 1000, currency: 'USD', verified: true },
      { type: 'JOBS_CREATED', value: 5, verified: false },
    ],
  })
  // Published on the last second of May, city C (both hubs), both topics.
  await createFigureCaseStudy(cityC.id, {
    publishedAt: new Date('2026-05-31T23:59:59Z'),
    topicIds: [topic1.id, topic2.id],
    metrics: [
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: '50.5', verified: true },
      { type: 'COST_SAVED_PER_YEAR', value: 200, currency: 'EUR', verified: true },
    ],
  })
  // Published in May, city B, topic 2.
  await createFigureCaseStudy(cityB.id, {
    publishedAt: new Date('2026-05-10T08:00:00Z'),
    topicIds: [topic2.id],
    metrics: [
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 7, verified: true },
      { type: 'COST_SAVED_PER_YEAR', value: 300, currency: 'USD', verified: true },
    ],
  })
  // Not published: submitted, and taken down again. Their verified metrics do not count.
  await createFigureCaseStudy(cityA.id, {
    status: 'SUBMITTED',
    topicIds: [topic1.id],
    metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 1000, verified: true }],
  })
  await createFigureCaseStudy(cityB.id, {
    status: 'UNPUBLISHED',
    publishedAt: new Date('2026-04-01T00:00:00Z'),
    topicIds: [topic2.id],
    metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 999, verified: true }],
  })
  // Published before the 12-month window: in the impact sums, not in the monthly counts.
  await createFigureCaseStudy(cityA.id, {
    publishedAt: new Date('2025-06-30T23:00:00Z'),
    topicIds: [topic1.id],
    metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 1, verified: true }],
  })
  // Published in the window by the city that left hub X.
  await createFigureCaseStudy(cityD.id, { publishedAt: new Date('2026-03-03T00:00:00Z'), topicIds: [topic1.id] })
  return { hubX, hubY, hubZ, topic1, topic2 }
}

let world: Awaited<ReturnType<typeof createWorld>>

beforeEach(async () => {
  world = await createWorld()
})

describe('getNetworkInFigures', () => {
  it('covers the last 12 calendar months, oldest first', () => {
    expect(months).toEqual([
      '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12',
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06',
    ])
  })

  it('counts the current member cities of every hub', async () => {
    const figures = await getNetworkInFigures(now)
    expect(figures.citiesPerHub).toEqual([
      { slug: world.hubX.slug, name: 'Alpha hub', cities: 2 },
      { slug: world.hubY.slug, name: 'Beta hub', cities: 2 },
      { slug: world.hubZ.slug, name: 'Gamma hub', cities: 0 },
    ])
  })

  it('counts published case studies per month and hub, by UTC month, published ones only', async () => {
    const { publishedPerHub } = await getNetworkInFigures(now)
    expect(publishedPerHub.series.map((hub) => hub.name)).toEqual(['Alpha hub', 'Beta hub', 'Gamma hub'])
    const expected = (entries: Record<string, number>) => months.map((month) => entries[month] ?? 0)
    expect(publishedPerHub.counts).toEqual([
      expected({ '2026-05': 1, '2026-06': 1 }),
      expected({ '2026-05': 2 }),
      expected({}),
    ])
    // The city that left hub X took its March case study with it; nothing is dated before the window.
    expect(publishedPerHub.counts[0]![at('2026-03')]).toBe(0)
    expect(publishedPerHub.counts[0]![at('2025-07')]).toBe(0)
  })

  it('counts published case studies per month and topic', async () => {
    const { publishedPerTopic } = await getNetworkInFigures(now)
    expect(publishedPerTopic.series.map((topic) => topic.slug)).toEqual([world.topic1.slug, world.topic2.slug])
    const expected = (entries: Record<string, number>) => months.map((month) => entries[month] ?? 0)
    expect(publishedPerTopic.counts).toEqual([
      expected({ '2026-03': 1, '2026-05': 1, '2026-06': 1 }),
      expected({ '2026-05': 2 }),
    ])
  })

  it('sums verified metrics of published case studies per topic, one sum per currency', async () => {
    const { impactPerTopic } = await getNetworkInFigures(now)
    expect(impactPerTopic).toEqual([
      {
        type: 'WASTE_DIVERTED_T_PER_YEAR',
        currency: null,
        rows: [
          { topicSlug: world.topic1.slug, topicName: world.topic1.name, total: 151.5, caseStudies: 3 },
          { topicSlug: world.topic2.slug, topicName: world.topic2.name, total: 57.5, caseStudies: 2 },
        ],
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        currency: 'EUR',
        rows: [
          { topicSlug: world.topic1.slug, topicName: world.topic1.name, total: 200, caseStudies: 1 },
          { topicSlug: world.topic2.slug, topicName: world.topic2.name, total: 200, caseStudies: 1 },
        ],
      },
      {
        type: 'COST_SAVED_PER_YEAR',
        currency: 'USD',
        rows: [
          { topicSlug: world.topic1.slug, topicName: world.topic1.name, total: 1000, caseStudies: 1 },
          { topicSlug: world.topic2.slug, topicName: world.topic2.name, total: 300, caseStudies: 1 },
        ],
      },
    ])
  })

  it('leaves the home page headline figures as they were', async () => {
    expect(await getNetworkFigures()).toEqual({ hubs: 3, cities: 3, coalitions: 0, caseStudies: 5 })
  })
})
