// A small library: two hubs, cities in three countries, topics, coalitions, and case studies
// in every status, so each test can check that only PUBLISHED ones show anywhere.
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CaseStudyStatus, MetricType } from '@/lib/generated/prisma/enums'
import { createCaseStudy, createCity, createCoalition, createHub } from '../../factories'

let topicCounter = 0

export async function createTopic(slug: string, name = slug) {
  return db.topic.create({ data: { slug, name, description: `${name} topic`, position: ++topicCounter } })
}

type Extra = {
  topics?: string[]
  coalitions?: string[]
  metrics?: { type: MetricType; value: number; currency?: string; verified?: boolean }[]
}

export async function createStudy(
  cityId: string,
  overrides: Partial<Prisma.CaseStudyUncheckedCreateInput> & { status?: CaseStudyStatus },
  extra: Extra = {},
) {
  const study = await createCaseStudy(cityId, { status: 'PUBLISHED', ...overrides })
  for (const slug of extra.topics ?? []) {
    const topic = await db.topic.findUniqueOrThrow({ where: { slug } })
    await db.caseStudyTopic.create({ data: { caseStudyId: study.id, topicId: topic.id } })
  }
  for (const slug of extra.coalitions ?? []) {
    const coalition = await db.coalition.findUniqueOrThrow({ where: { slug } })
    await db.caseStudyCoalition.create({ data: { caseStudyId: study.id, coalitionId: coalition.id } })
  }
  for (const metric of extra.metrics ?? []) {
    await db.impactMetric.create({
      data: {
        caseStudyId: study.id,
        type: metric.type,
        value: metric.value,
        currency: metric.currency ?? (metric.type === 'COST_SAVED_PER_YEAR' ? 'USD' : null),
        verified: metric.verified ?? false,
      },
    })
  }
  return study
}

export const unpublishedStatuses = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'UNPUBLISHED'] as const

/**
 * Accra (GH, Africa hub) and Nairobi (KE, Africa hub, also formerly USA hub) and Austin (US,
 * USA hub). Published: compost (Accra, 2018, en), lighting (Nairobi, 2022, en), materials
 * (Austin, 2023, en), comida (Austin, 2019, es). Hidden: one "compost" case study in every other
 * status, each with topics, a coalition and metrics that would otherwise be counted.
 */
export async function createLibrary() {
  const africa = await createHub({ slug: 'africa', name: 'Africa Hub' })
  const usa = await createHub({ slug: 'usa', name: 'USA Hub' })
  await createCoalition({ slug: 'cityfood', name: 'CityFood' })
  await createCoalition({ slug: 'acen', name: 'African Circular Economy Network' })
  await createTopic('food-systems', 'Food systems')
  await createTopic('procurement', 'Circular procurement')
  await createTopic('waste', 'Waste prevention')
  const accra = await createCity({ slug: 'accra', name: 'Accra', countryCode: 'GH', population: 2_500_000 }, { hubIds: [africa.id] })
  const nairobi = await createCity({ slug: 'nairobi', name: 'Nairobi', countryCode: 'KE', population: 4_400_000 }, { hubIds: [africa.id, usa.id] })
  await db.cityHubMembership.updateMany({ where: { cityId: nairobi.id, hubId: usa.id }, data: { leftAt: new Date() } })
  const austin = await createCity({ slug: 'austin', name: 'Austin', countryCode: 'US', population: null, latitude: 30.27, longitude: -97.74 }, { hubIds: [usa.id] })

  const compost = await createStudy(
    accra.id,
    {
      slug: 'accra-compost',
      title: 'Market compost for urban farms',
      summary: 'Organic waste from markets becomes compost.',
      body: 'Traders separate organic waste.',
      startYear: 2018,
      publishedAt: new Date('2025-03-01'),
    },
    {
      topics: ['food-systems', 'waste'],
      coalitions: ['cityfood', 'acen'],
      metrics: [
        { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 4200, verified: true },
        { type: 'JOBS_CREATED', value: 50 },
      ],
    },
  )
  const lighting = await createStudy(
    nairobi.id,
    {
      slug: 'nairobi-lighting',
      title: 'Lifecycle costing for street lighting',
      summary: 'Bids judged on total cost of ownership.',
      body: 'Modular luminaires are repaired, not replaced.',
      startYear: 2022,
      publishedAt: new Date('2025-06-01'),
    },
    {
      topics: ['procurement'],
      coalitions: ['acen'],
      metrics: [
        { type: 'ENERGY_SAVED_MWH_PER_YEAR', value: 3100 },
        { type: 'COST_SAVED_PER_YEAR', value: 96_000_000, currency: 'KES' },
      ],
    },
  )
  const materials = await createStudy(
    austin.id,
    {
      slug: 'austin-materials',
      title: 'Low-carbon materials in public works',
      summary: 'Contracts reward recycled aggregate.',
      body: 'Concrete with recycled content and local sourcing.',
      startYear: 2023,
      publishedAt: new Date('2025-09-01'),
    },
    { topics: ['procurement', 'waste'], metrics: [{ type: 'EMISSIONS_AVOIDED_TCO2E_PER_YEAR', value: 900 }] },
  )
  const comida = await createStudy(
    austin.id,
    {
      slug: 'austin-comida',
      title: 'Compra pública de alimentos',
      summary: 'Comedores escolares compran a productores locales.',
      body: 'Alimentos frescos.',
      language: 'es',
      startYear: 2019,
      publishedAt: new Date('2024-01-01'),
    },
    { topics: ['food-systems'], coalitions: ['cityfood'], metrics: [{ type: 'JOBS_CREATED', value: 20 }] },
  )
  const hidden = []
  for (const status of unpublishedStatuses) {
    hidden.push(
      await createStudy(
        accra.id,
        {
          slug: `hidden-${status.toLowerCase().replace(/_/g, '-')}`,
          status,
          title: `Secret compost plan ${status}`,
          summary: 'Compost compost compost.',
          body: 'Unpublished compost.',
          language: 'fr',
          startYear: 2001,
          publishedAt: status === 'UNPUBLISHED' ? new Date('2025-01-01') : null,
          rejectionReason: status === 'REJECTED' || status === 'CHANGES_REQUESTED' ? 'Needs figures.' : null,
        },
        {
          topics: ['food-systems', 'waste', 'procurement'],
          coalitions: ['cityfood'],
          metrics: [{ type: 'WATER_SAVED_M3_PER_YEAR', value: 10 }],
        },
      ),
    )
  }
  return { hubs: { africa, usa }, cities: { accra, nairobi, austin }, published: { compost, lighting, materials, comida }, hidden }
}
