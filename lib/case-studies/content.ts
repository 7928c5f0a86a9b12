// The content of a case study as authors write it and as each revision snapshots it
// (CaseStudyRevision.content), plus the conversions between that snapshot, validated input and
// the case study's rows (fields, topics, coalitions, metrics).
//
// Decisions: topics and coalitions are kept as slugs (readable in a diff, stable across
// environments) and sorted, metrics sorted by type, metric values as decimal strings (exact,
// as the Decimal(20,4) column holds them). Old snapshots (the seed writes fewer fields) are read
// with defaults rather than refused.
import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { Prisma } from '@/lib/generated/prisma/client'
import { MetricType, ProcurementPractice, ProjectStatus } from '@/lib/generated/prisma/enums'
import { CASE_STUDY_HEADING_BASE, renderForStorage } from '@/lib/markdown/stored'
import type { CaseStudyContentInput } from '@/lib/validation/case-study'

type Tx = Prisma.TransactionClient

export const PROCUREMENT_TOPIC = 'circular-public-procurement'

export type ContentMetric = {
  type: MetricType
  /** Decimal string, e.g. "1250.5". */
  value: string
  currency: string | null
  baselineYear: number | null
  method: string | null
  verified: boolean
}

export type CaseStudyContent = {
  title: string
  summary: string
  body: string
  language: string
  startYear: number | null
  projectStatus: ProjectStatus
  topics: string[]
  coalitions: string[]
  procurementPractices: ProcurementPractice[]
  tenderClauses: string | null
  metrics: ContentMetric[]
}

export const contentFields = [
  'title',
  'summary',
  'body',
  'language',
  'startYear',
  'projectStatus',
  'topics',
  'coalitions',
  'procurementPractices',
  'tenderClauses',
  'metrics',
] as const satisfies readonly (keyof CaseStudyContent)[]
export type ContentField = (typeof contentFields)[number]

const metricOrder = Object.keys(MetricType)
const byMetricOrder = (a: { type: string }, b: { type: string }) => metricOrder.indexOf(a.type) - metricOrder.indexOf(b.type)

/** 1250.5, "1250.50", Decimal(1250.5) → "1250.5"; four decimals as the column stores them. */
export function decimalString(value: number | string | Prisma.Decimal): string {
  return new Prisma.Decimal(value).toDecimalPlaces(4).plus(0).toString()
}

/**
 * Validated input → snapshot. `verified` comes only from `keepVerified` (a reviewer's decision);
 * what an author sends is ignored.
 */
export function contentFromInput(input: CaseStudyContentInput): CaseStudyContent {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    language: input.language,
    startYear: input.startYear ?? null,
    projectStatus: input.projectStatus,
    topics: [...input.topics].sort(),
    coalitions: [...input.coalitions].sort(),
    procurementPractices: [...input.procurementPractices].sort(),
    tenderClauses: input.tenderClauses ?? null,
    metrics: input.metrics
      .map((metric) => ({
        type: metric.type,
        value: decimalString(metric.value),
        currency: metric.currency ?? null,
        baselineYear: metric.baselineYear ?? null,
        method: metric.method ?? null,
        verified: false,
      }))
      .sort(byMetricOrder),
  }
}

const sameFigure = (a: ContentMetric, b: ContentMetric) =>
  a.type === b.type && a.value === b.value && a.currency === b.currency && a.baselineYear === b.baselineYear && a.method === b.method

/**
 * Keeps a reviewer's verification on metrics that did not change: a metric is verified when an
 * identical figure (type, value, currency, baseline year, method) is verified in `reference`.
 */
export function carryVerification(content: CaseStudyContent, reference: ContentMetric[]): CaseStudyContent {
  return {
    ...content,
    metrics: content.metrics.map((metric) => ({
      ...metric,
      verified: reference.some((known) => known.verified && sameFigure(known, metric)),
    })),
  }
}

export const caseStudyContentSelect = {
  title: true,
  summary: true,
  body: true,
  language: true,
  startYear: true,
  projectStatus: true,
  procurementPractices: true,
  tenderClauses: true,
  topics: { select: { topic: { select: { slug: true } } } },
  coalitions: { select: { coalition: { select: { slug: true } } } },
  metrics: { select: { type: true, value: true, currency: true, baselineYear: true, method: true, verified: true } },
} satisfies Prisma.CaseStudySelect

type CaseStudyContentRow = Prisma.CaseStudyGetPayload<{ select: typeof caseStudyContentSelect }>

export function contentFromRow(row: CaseStudyContentRow): CaseStudyContent {
  return {
    title: row.title,
    summary: row.summary,
    body: row.body,
    language: row.language,
    startYear: row.startYear,
    projectStatus: row.projectStatus,
    topics: row.topics.map((t) => t.topic.slug).sort(),
    coalitions: row.coalitions.map((c) => c.coalition.slug).sort(),
    procurementPractices: [...row.procurementPractices].sort(),
    tenderClauses: row.tenderClauses,
    metrics: row.metrics
      .map((metric) => ({
        type: metric.type,
        value: decimalString(metric.value),
        currency: metric.currency,
        baselineYear: metric.baselineYear,
        method: metric.method,
        verified: metric.verified,
      }))
      .sort(byMetricOrder),
  }
}

/**
 * The case study's own rows as a snapshot (what is published, or the draft before publication).
 * One query per table, in sequence: inside a transaction the driver has one connection, and
 * Prisma would otherwise load the three lists at once on it.
 */
export async function readCaseStudyContent(client: Tx | typeof db, caseStudyId: string): Promise<CaseStudyContent> {
  const { topics, coalitions, metrics, ...scalars } = caseStudyContentSelect
  const row = await client.caseStudy.findUnique({ where: { id: caseStudyId }, select: scalars })
  if (!row) throw new AppError('NOT_FOUND', 'Case study not found.')
  return contentFromRow({
    ...row,
    topics: await client.caseStudyTopic.findMany({ where: { caseStudyId }, select: topics.select }),
    coalitions: await client.caseStudyCoalition.findMany({ where: { caseStudyId }, select: coalitions.select }),
    metrics: await client.impactMetric.findMany({ where: { caseStudyId }, select: metrics.select }),
  })
}

const StoredMetricSchema = z.object({
  type: z.enum(MetricType),
  value: z.union([z.number(), z.string()]).transform((value) => decimalString(value)),
  currency: z.string().nullish().transform((value) => value ?? null),
  baselineYear: z.number().int().nullish().transform((value) => value ?? null),
  method: z.string().nullish().transform((value) => value ?? null),
  verified: z.boolean().catch(false),
})

const StoredContentSchema = z.object({
  title: z.string().catch(''),
  summary: z.string().catch(''),
  body: z.string().catch(''),
  language: z.string().catch('en'),
  startYear: z.number().int().nullable().catch(null),
  projectStatus: z.enum(ProjectStatus).catch('ONGOING'),
  topics: z.array(z.string()).catch([]),
  coalitions: z.array(z.string()).catch([]),
  procurementPractices: z.array(z.enum(ProcurementPractice)).catch([]),
  tenderClauses: z.string().nullable().catch(null),
  metrics: z.array(StoredMetricSchema).catch([]),
})

/** A revision's stored JSON as content; missing or malformed fields read as empty. */
export function parseStoredContent(json: Prisma.JsonValue): CaseStudyContent {
  const parsed = StoredContentSchema.parse(json && typeof json === 'object' && !Array.isArray(json) ? json : {})
  return {
    ...parsed,
    topics: [...parsed.topics].sort(),
    coalitions: [...parsed.coalitions].sort(),
    procurementPractices: [...parsed.procurementPractices].sort(),
    metrics: [...parsed.metrics].sort(byMetricOrder),
  }
}

export function contentToJson(content: CaseStudyContent): Prisma.InputJsonObject {
  return content as unknown as Prisma.InputJsonObject
}

/** Names of the fields that differ between two snapshots (for audit rows). */
export function changedFields(before: CaseStudyContent, after: CaseStudyContent): ContentField[] {
  return contentFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}

export type ResolvedReferences = { topicIds: string[]; coalitionIds: string[] }

/**
 * Checks what needs the database: the topics exist; the coalitions exist and the city is a
 * current member (coalitions the case study already carries may stay after the city left: the
 * project did happen in it); procurement practices only with the procurement topic or one of
 * its children. Failures are INVALID on the field concerned; `lenient` skips what no longer
 * exists instead (for moves that must not fail on content, like unpublishing).
 */
export async function resolveReferences(
  client: Tx | typeof db,
  content: CaseStudyContent,
  options: { cityId: string; keepCoalitionSlugs?: string[]; lenient?: boolean },
): Promise<ResolvedReferences> {
  const fields: Record<string, string[]> = {}
  const topics = await client.topic.findMany({
    where: { slug: { in: content.topics } },
    select: { id: true, slug: true, parent: { select: { slug: true } } },
  })
  if (topics.length !== content.topics.length) fields.topics = ['unknownTopic']

  const coalitions = await client.coalition.findMany({
    where: { slug: { in: content.coalitions } },
    select: { id: true, slug: true, cityMemberships: { where: { cityId: options.cityId, leftAt: null }, select: { id: true } } },
  })
  if (coalitions.length !== content.coalitions.length) {
    fields.coalitions = ['unknownCoalition']
  } else if (
    coalitions.some((coalition) => !coalition.cityMemberships.length && !(options.keepCoalitionSlugs ?? []).includes(coalition.slug))
  ) {
    fields.coalitions = ['notCoalitionMember']
  }

  const procurementChosen = topics.some((topic) => topic.slug === PROCUREMENT_TOPIC || topic.parent?.slug === PROCUREMENT_TOPIC)
  if (content.procurementPractices.length && !procurementChosen) fields.procurementPractices = ['procurementNeedsTopic']

  if (Object.keys(fields).length && !options.lenient) throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields })
  return { topicIds: topics.map((topic) => topic.id), coalitionIds: coalitions.map((coalition) => coalition.id) }
}

/** The scalar columns of CaseStudy that hold content, the body with its stored render. */
export function contentColumns(content: CaseStudyContent) {
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    ...renderForStorage(content.body, CASE_STUDY_HEADING_BASE),
    language: content.language,
    startYear: content.startYear,
    projectStatus: content.projectStatus,
    procurementPractices: content.procurementPractices,
    tenderClauses: content.tenderClauses,
  } satisfies Prisma.CaseStudyUncheckedUpdateInput
}

/** Replaces the case study's topics, coalitions and metrics with the snapshot's. */
export async function replaceRelations(tx: Tx, caseStudyId: string, content: CaseStudyContent, refs: ResolvedReferences) {
  await tx.caseStudyTopic.deleteMany({ where: { caseStudyId } })
  await tx.caseStudyTopic.createMany({ data: refs.topicIds.map((topicId) => ({ caseStudyId, topicId })) })
  await tx.caseStudyCoalition.deleteMany({ where: { caseStudyId } })
  if (refs.coalitionIds.length) {
    await tx.caseStudyCoalition.createMany({ data: refs.coalitionIds.map((coalitionId) => ({ caseStudyId, coalitionId })) })
  }
  await tx.impactMetric.deleteMany({ where: { caseStudyId } })
  if (content.metrics.length) {
    await tx.impactMetric.createMany({
      data: content.metrics.map((metric) => ({
        caseStudyId,
        type: metric.type,
        value: metric.value,
        currency: metric.currency,
        baselineYear: metric.baselineYear,
        method: metric.method,
        verified: metric.verified,
      })),
    })
  }
}
