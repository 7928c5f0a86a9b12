// Seeds the network's reference data (hubs, coalitions, topics, cities, memberships) and,
// for demo databases only, fictional demo people and sample case studies.
//
// Idempotent: everything is keyed by slug or e-mail and upserted, so running it twice changes
// nothing. It stops at the first error (no half-seeded database carries on silently): each part
// runs in one transaction.
import { pathToFileURL } from 'node:url'
import { hashPassword } from '../lib/auth/password'
import { createPrismaClient, type AppPrismaClient } from '../lib/db/client'
import { CASE_STUDY_HEADING_BASE, renderForStorage } from '../lib/markdown/render-for-storage'
import { defaultSitePages } from '../lib/site-pages/defaults'
import { sourceHash } from '../lib/translations/subjects'
import { sitePageKindOf, sitePageSlugs } from '../lib/validation/site-pages'
import { caseStudies, cities, coalitions, demoUsers, hubs, topics, translations } from './seed-data'

export const DEMO_PASSWORD = 'circulars-demo'

export type SeedOptions = { demo: boolean; now?: Date; log?: (line: string) => void }

export async function seedReferenceData(prisma: AppPrismaClient) {
  await prisma.$transaction(
    async (tx) => {
      const hubIds = new Map<string, string>()
      for (const hub of hubs) {
        const row = await tx.hub.upsert({
          where: { slug: hub.slug },
          create: hub,
          update: { name: hub.name, region: hub.region, description: hub.description, contactEmail: hub.contactEmail },
        })
        hubIds.set(hub.slug, row.id)
      }
      const coalitionIds = new Map<string, string>()
      for (const coalition of coalitions) {
        const { hubs: spanned, coordinatingHub, ...fields } = coalition
        const coordinatingHubId = coordinatingHub ? hubIds.get(coordinatingHub) ?? null : null
        const row = await tx.coalition.upsert({
          where: { slug: coalition.slug },
          create: { ...fields, coordinatingHubId },
          update: { ...fields, coordinatingHubId },
        })
        coalitionIds.set(coalition.slug, row.id)
        for (const hubSlug of spanned) {
          const hubId = requireId(hubIds, hubSlug, 'hub')
          const role = hubSlug === coordinatingHub ? 'COORDINATOR' : 'PARTNER'
          await tx.coalitionHub.upsert({
            where: { coalitionId_hubId: { coalitionId: row.id, hubId } },
            create: { coalitionId: row.id, hubId, role },
            update: { role },
          })
        }
      }
      const topicIds = new Map<string, string>()
      for (const [position, topic] of topics.entries()) {
        const parentId = topic.parent ? requireId(topicIds, topic.parent, 'topic') : null
        const row = await tx.topic.upsert({
          where: { slug: topic.slug },
          create: { slug: topic.slug, name: topic.name, description: topic.description, parentId, position },
          update: { name: topic.name, description: topic.description, parentId, position },
        })
        topicIds.set(topic.slug, row.id)
      }
      for (const city of cities) {
        const { hubs: cityHubs, coalitions: cityCoalitions, ...fields } = city
        const row = await tx.city.upsert({ where: { slug: city.slug }, create: fields, update: fields })
        for (const hubSlug of cityHubs) {
          const hubId = requireId(hubIds, hubSlug, 'hub')
          const current = await tx.cityHubMembership.findFirst({ where: { cityId: row.id, hubId, leftAt: null } })
          if (!current) await tx.cityHubMembership.create({ data: { cityId: row.id, hubId } })
        }
        for (const coalitionSlug of cityCoalitions) {
          const coalitionId = requireId(coalitionIds, coalitionSlug, 'coalition')
          const current = await tx.cityCoalitionMembership.findFirst({
            where: { cityId: row.id, coalitionId, leftAt: null },
          })
          if (!current) await tx.cityCoalitionMembership.create({ data: { cityId: row.id, coalitionId } })
        }
      }
      // The footer pages' default texts, in English; an admin's edits are kept (create only).
      for (const page of sitePageSlugs) {
        const kind = sitePageKindOf[page]
        const text = defaultSitePages[page]
        await tx.sitePage.upsert({
          where: { kind_language: { kind, language: 'en' } },
          create: { kind, language: 'en', ...text, ...renderForStorage(text.body, CASE_STUDY_HEADING_BASE) },
          update: {},
        })
      }
    },
    { timeout: 60_000 },
  )
}

export async function seedDemoData(prisma: AppPrismaClient, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  await prisma.$transaction(
    async (tx) => {
      const userIds = new Map<string, string>()
      for (const person of demoUsers) {
        const user = await tx.user.upsert({
          where: { email: person.email },
          create: {
            email: person.email,
            name: person.name,
            jobTitle: person.jobTitle,
            passwordHash,
            emailVerified: now,
            isNetworkAdmin: person.isNetworkAdmin ?? false,
            isDemo: true,
          },
          update: { name: person.name, jobTitle: person.jobTitle, isNetworkAdmin: person.isNetworkAdmin ?? false },
        })
        userIds.set(person.key, user.id)
        if (person.city) {
          const city = await tx.city.findUniqueOrThrow({ where: { slug: person.city.slug } })
          const current = await tx.cityOfficial.findFirst({
            where: { userId: user.id, status: { in: ['PENDING', 'ACTIVE'] } },
          })
          if (!current) {
            await tx.cityOfficial.create({
              data: {
                userId: user.id,
                cityId: city.id,
                role: person.city.role,
                status: 'ACTIVE',
                decidedAt: now,
              },
            })
          }
        }
        for (const hubRole of person.hubRoles ?? []) {
          const hub = await tx.hub.findUniqueOrThrow({ where: { slug: hubRole.hub } })
          await tx.hubRole.upsert({
            where: { userId_hubId: { userId: user.id, hubId: hub.id } },
            create: { userId: user.id, hubId: hub.id, role: hubRole.role },
            update: { role: hubRole.role },
          })
        }
      }

      const day = 24 * 60 * 60 * 1000
      for (const sample of caseStudies) {
        const existing = await tx.caseStudy.findUnique({ where: { slug: sample.slug } })
        if (existing) continue
        const city = await tx.city.findUniqueOrThrow({
          where: { slug: sample.city },
          include: { hubMemberships: { where: { leftAt: null }, orderBy: { joinedAt: 'asc' }, take: 1 } },
        })
        const authorId = requireId(userIds, sample.author, 'demo user')
        const published = sample.status === 'PUBLISHED'
        const publishedAt = published ? new Date(now.getTime() - (sample.publishedDaysAgo ?? 1) * day) : null
        const topicRows = await tx.topic.findMany({ where: { slug: { in: sample.topics } } })
        const coalitionRows = await tx.coalition.findMany({ where: { slug: { in: sample.coalitions } } })
        if (topicRows.length !== sample.topics.length || coalitionRows.length !== sample.coalitions.length) {
          throw new Error(`sample case study ${sample.slug} refers to an unknown topic or coalition`)
        }
        const created = await tx.caseStudy.create({
          data: {
            slug: sample.slug,
            cityId: city.id,
            status: sample.status,
            title: sample.title,
            summary: sample.summary,
            body: sample.body,
            ...renderForStorage(sample.body, CASE_STUDY_HEADING_BASE),
            language: sample.language,
            startYear: sample.startYear,
            projectStatus: sample.projectStatus,
            procurementPractices: sample.procurementPractices ?? [],
            tenderClauses: sample.tenderClauses ?? null,
            contactOfficialId: authorId,
            createdById: authorId,
            reviewHubId: published ? city.hubMemberships[0]?.hubId ?? null : null,
            rejectionReason: sample.rejectionReason ?? null,
            isSample: true,
            publishedAt,
            createdAt: publishedAt ? new Date(publishedAt.getTime() - 14 * day) : now,
            authors: { create: [{ userId: authorId }] },
            topics: { create: topicRows.map((topic) => ({ topicId: topic.id })) },
            coalitions: { create: coalitionRows.map((coalition) => ({ coalitionId: coalition.id })) },
            metrics: {
              create: sample.metrics.map((metric) => ({
                type: metric.type,
                value: metric.value,
                currency: metric.currency ?? null,
                baselineYear: metric.baselineYear ?? null,
                method: metric.method ?? null,
                verified: metric.verified,
              })),
            },
          },
        })
        // Revision 1 is the submitted state and the decision on it (lib/case-studies/workflow.ts);
        // a draft that was never submitted has none.
        if (sample.status !== 'DRAFT') {
          const decided = sample.status !== 'SUBMITTED'
          await tx.caseStudyRevision.create({
            data: {
              caseStudyId: created.id,
              number: 1,
              status: sample.status === 'PUBLISHED' ? 'APPROVED' : sample.status,
              authorId,
              submittedAt: created.createdAt,
              reviewedAt: decided ? (publishedAt ?? now) : null,
              reviewNote: sample.rejectionReason ?? null,
              content: {
                title: sample.title,
                summary: sample.summary,
                body: sample.body,
                language: sample.language,
                startYear: sample.startYear,
                projectStatus: sample.projectStatus,
                topics: [...sample.topics].sort(),
                coalitions: [...sample.coalitions].sort(),
                procurementPractices: [...(sample.procurementPractices ?? [])].sort(),
                tenderClauses: sample.tenderClauses ?? null,
                metrics: sample.metrics.map((metric) => ({
                  type: metric.type,
                  value: String(metric.value),
                  currency: metric.currency ?? null,
                  baselineYear: metric.baselineYear ?? null,
                  method: metric.method ?? null,
                  verified: metric.verified,
                })),
              },
            },
          })
        }
      }

      // Demo translations, stamped with their source's hash as it is now (so they are current).
      for (const sample of translations) {
        const caseStudy = await tx.caseStudy.findUniqueOrThrow({
          where: { slug: sample.caseStudy },
          select: { id: true, language: true, title: true, summary: true, body: true, tenderClauses: true },
        })
        const key = { subjectType: 'CASE_STUDY' as const, subjectId: caseStudy.id, language: sample.language }
        if (await tx.contentTranslation.findUnique({ where: { subjectType_subjectId_language: key } })) continue
        const reviewHub = sample.reviewHub ? await tx.hub.findUniqueOrThrow({ where: { slug: sample.reviewHub } }) : null
        await tx.contentTranslation.create({
          data: {
            ...key,
            fields: sample.fields,
            origin: sample.origin,
            engine: sample.origin === 'MACHINE' ? 'libretranslate' : null,
            status: sample.reviewer ? 'APPROVED' : 'NEEDS_REVIEW',
            sourceLanguage: caseStudy.language,
            sourceHash: sourceHash('CASE_STUDY', caseStudy),
            translatedById: sample.translator ? requireId(userIds, sample.translator, 'demo user') : null,
            reviewedById: sample.reviewer ? requireId(userIds, sample.reviewer, 'demo user') : null,
            reviewedAt: sample.reviewer ? now : null,
            reviewHubId: reviewHub?.id ?? null,
          },
        })
      }
    },
    { timeout: 60_000 },
  )
}

export async function seed(prisma: AppPrismaClient, options: SeedOptions) {
  const log = options.log ?? (() => {})
  await seedReferenceData(prisma)
  log(`seeded ${hubs.length} hubs, ${coalitions.length} coalitions, ${topics.length} topics, ${cities.length} cities`)
  if (options.demo) {
    await seedDemoData(prisma, options.now)
    log(`seeded ${demoUsers.length} demo accounts and ${caseStudies.length} sample case studies`)
  }
}

function requireId(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key)
  if (!id) throw new Error(`seed data refers to unknown ${what} "${key}"`)
  return id
}

export const demoAccounts = demoUsers.map((user) => ({
  email: user.email,
  role: user.isNetworkAdmin
    ? 'network admin'
    : user.hubRoles?.length
      ? user.hubRoles.map((role) => `${role.hub} hub ${role.role.toLowerCase()}`).join(', ')
      : user.city
        ? `${user.city.slug} ${user.city.role === 'FOCAL_POINT' ? 'focal point' : 'official'}`
        : 'member',
}))

// `npm run db:seed` — reference data always; demo people only with SEED_DEMO=true.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const prisma = createPrismaClient()
  try {
    await seed(prisma, { demo: process.env.SEED_DEMO === 'true', log: console.log })
  } catch (error) {
    console.error('seed failed:', error)
    process.exitCode = 1
  } finally {
    await prisma.$disconnect()
  }
}
