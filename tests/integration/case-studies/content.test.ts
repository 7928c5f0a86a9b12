// What authors may write: hostile metrics and text are refused with field keys and nothing is
// stored; topics, coalitions and procurement practices are checked against the database;
// slugs are made from titles; fields smuggled into the input are ignored.
import { beforeEach, describe, expect, it } from 'vitest'
import { createCaseStudy, updateCaseStudy } from '@/lib/case-studies'
import { slugify } from '@/lib/case-studies/slug'
import { db } from '@/lib/db'
import { createCoalition } from '../../factories'
import { createOfficial } from '../../factories/actors'
import {
  createCaseStudyInState,
  createCaseStudyNetwork,
  expectRefusedUnchanged,
  validContent,
  type CaseStudyNetwork,
} from '../../factories/case-studies'

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

async function expectFieldRefused(input: Record<string, unknown>, field: string, key: string, label: string) {
  const before = await db.caseStudy.count()
  const error = await createCaseStudy(network.author.actor, input).then(
    () => null,
    (e: unknown) => e as { code?: string; fields?: Record<string, string[]> },
  )
  expect(error?.code, label).toBe('INVALID')
  expect(error?.fields?.[field], label).toContain(key)
  expect(await db.caseStudy.count(), label).toBe(before)
}

const metric = (overrides: Record<string, unknown>) => ({ type: 'JOBS_CREATED', value: 5, ...overrides })

describe('metrics', () => {
  it('refuses hostile values: negative, NaN, Infinity, 1e309, junk strings, beyond 1e12', async () => {
    const hostile: [unknown, string][] = [
      [-5, '-5'],
      [-0.0001, 'a tiny negative'],
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [1e309, '1e309 (a number literal)'],
      ['1e309', "'1e309'"],
      ['5abc', "'5abc'"],
      ['', 'an empty string'],
      ['1,5', "'1,5'"],
      ['-5', "'-5'"],
      ['0x10', "'0x10'"],
      [1e12 + 1, '1e12 + 1'],
      [null, 'null'],
      [true, 'true'],
      [[5], '[5]'],
      [{ valueOf: () => 5 }, 'an object'],
    ]
    for (const [value, label] of hostile) {
      await expectFieldRefused(validContent({ metrics: [metric({ value })] }), 'metrics', 'metricValue', label)
    }
  })

  it('accepts zero, decimals, plain decimal strings and exactly 1e12, stored exactly', async () => {
    const created = await createCaseStudy(
      network.author.actor,
      validContent({
        metrics: [
          metric({ type: 'JOBS_CREATED', value: 0 }),
          metric({ type: 'WATER_SAVED_M3_PER_YEAR', value: ' 1250.5 ' }),
          metric({ type: 'ENERGY_SAVED_MWH_PER_YEAR', value: 1e12 }),
          metric({ type: 'COST_SAVED_PER_YEAR', value: 0.1234, currency: ' eur ' }),
        ],
      }),
    )
    const stored = await db.impactMetric.findMany({ where: { caseStudyId: created.id }, orderBy: { type: 'asc' } })
    expect(stored.map((m) => [m.type, m.value.toString(), m.currency])).toEqual([
      ['COST_SAVED_PER_YEAR', '0.1234', 'EUR'],
      ['JOBS_CREATED', '0', null],
      ['WATER_SAVED_M3_PER_YEAR', '1250.5', null],
      ['ENERGY_SAVED_MWH_PER_YEAR', '1000000000000', null],
    ])
  })

  it('requires a currency exactly for cost savings, and a real ISO 4217 code', async () => {
    await expectFieldRefused(validContent({ metrics: [metric({ currency: 'USD' })] }), 'metrics', 'currencyNotAllowed', 'currency on jobs')
    await expectFieldRefused(validContent({ metrics: [metric({ type: 'COST_SAVED_PER_YEAR' })] }), 'metrics', 'currencyRequired', 'cost without currency')
    await expectFieldRefused(validContent({ metrics: [metric({ type: 'COST_SAVED_PER_YEAR', currency: '' })] }), 'metrics', 'currencyRequired', 'blank currency')
    for (const currency of ['US', 'USDX', 'U$D', 'XYZ', '€']) {
      await expectFieldRefused(validContent({ metrics: [metric({ type: 'COST_SAVED_PER_YEAR', currency })] }), 'metrics', 'currencyInvalid', currency)
    }
  })

  it('refuses a metric type twice, unknown types, more than seven metrics, and out-of-range years', async () => {
    await expectFieldRefused(validContent({ metrics: [metric({}), metric({ value: 6 })] }), 'metrics', 'duplicate', 'twice')
    await expectFieldRefused(validContent({ metrics: [metric({ type: 'HAPPINESS' })] }), 'metrics', 'invalid', 'unknown type')
    await expectFieldRefused(validContent({ metrics: Array.from({ length: 8 }, () => metric({})) }), 'metrics', 'tooMany', 'eight')
    const nextYear = new Date().getUTCFullYear() + 1
    for (const baselineYear of [1899, nextYear, 2019.5, '20x9']) {
      await expectFieldRefused(validContent({ metrics: [metric({ baselineYear })] }), 'metrics', typeof baselineYear === 'number' && Number.isInteger(baselineYear) ? 'yearOutOfRange' : 'invalid', String(baselineYear))
    }
    await expectFieldRefused(validContent({ metrics: [metric({ method: 'x'.repeat(501) })] }), 'metrics', 'tooLong', 'long method')
    await expectFieldRefused(validContent({ metrics: 'lots' }), 'metrics', 'invalid', 'not a list')
  })
})

describe('text', () => {
  it('refuses NUL, control and bidi-override characters in every text field', async () => {
    const hostile = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202a', '\u202e', '\u2066', '\u2069']
    for (const bad of hostile) {
      const label = JSON.stringify(bad)
      await expectFieldRefused(validContent({ title: `Composting ${bad} market waste` }), 'title', 'controlCharacters', `title ${label}`)
      await expectFieldRefused(validContent({ summary: `The city turned the organic waste ${bad} into compost.` }), 'summary', 'controlCharacters', `summary ${label}`)
      await expectFieldRefused(validContent({ body: `## Context\n\nevil${bad}txt` }), 'body', 'controlCharacters', `body ${label}`)
      await expectFieldRefused(validContent({ tenderClauses: `Clause ${bad} one.` }), 'tenderClauses', 'controlCharacters', `clauses ${label}`)
      await expectFieldRefused(validContent({ metrics: [metric({ method: `Counted ${bad} by hand.` })] }), 'metrics', 'controlCharacters', `method ${label}`)
    }
    // Line breaks and tabs are fine in paragraphs (CRLF from browsers becomes LF), never in a title.
    await expectFieldRefused(validContent({ title: 'Composting\nmarket waste' }), 'title', 'controlCharacters', 'newline in title')
    const created = await createCaseStudy(network.author.actor, validContent({ body: '## Context\r\n\r\n\tIndented line.\r\nNext.' }))
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: created.id } })).body).toBe('## Context\n\n\tIndented line.\nNext.')
  })

  it('enforces lengths: title 5..200, summary 20..1000, body 1..50,000, clauses ≤ 5,000', async () => {
    await expectFieldRefused(validContent({ title: 'Shor' }), 'title', 'tooShort', 'short title')
    await expectFieldRefused(validContent({ title: '   ' }), 'title', 'required', 'blank title')
    await expectFieldRefused(validContent({ title: 'x'.repeat(201) }), 'title', 'tooLong', 'long title')
    await expectFieldRefused(validContent({ summary: 'Too short summary.' }), 'summary', 'tooShort', 'short summary')
    await expectFieldRefused(validContent({ summary: 'x'.repeat(1001) }), 'summary', 'tooLong', 'long summary')
    await expectFieldRefused(validContent({ body: '' }), 'body', 'required', 'empty body')
    await expectFieldRefused(validContent({ body: 'x'.repeat(50_001) }), 'body', 'tooLong', 'long body')
    await expectFieldRefused(validContent({ tenderClauses: 'x'.repeat(5001) }), 'tenderClauses', 'tooLong', 'long clauses')
    await expectFieldRefused(validContent({ title: 42 }), 'title', 'required', 'not a string')
    const created = await createCaseStudy(network.author.actor, validContent({ title: 'x'.repeat(200), body: 'y'.repeat(50_000) }))
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: created.id } })).body).toHaveLength(50_000)
  })

  it('accepts ISO 639-1 languages only, and years up to five years ahead', async () => {
    for (const language of ['xx', 'eng', 'en-US', '', 'e\u0000']) {
      await expectFieldRefused(validContent({ language }), 'language', 'invalid', language)
    }
    const ok = await createCaseStudy(network.author.actor, validContent({ language: ' SW ', startYear: new Date().getUTCFullYear() + 5 }))
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ language: 'sw' })
    await expectFieldRefused(validContent({ startYear: new Date().getUTCFullYear() + 6 }), 'startYear', 'yearOutOfRange', 'far future')
    await expectFieldRefused(validContent({ startYear: 1899 }), 'startYear', 'yearOutOfRange', '1899')
    await expectFieldRefused(validContent({ projectStatus: 'ABANDONED' }), 'projectStatus', 'invalid', 'status')
  })
})

describe('topics, coalitions and procurement practices', () => {
  it('needs 1..6 existing topics, without repeats', async () => {
    await expectFieldRefused(validContent({ topics: [] }), 'topics', 'chooseTopic', 'none')
    await expectFieldRefused(validContent({ topics: ['food-systems', 'food-systems'] }), 'topics', 'duplicate', 'twice')
    await expectFieldRefused(validContent({ topics: Array.from({ length: 7 }, (_, i) => `topic-${i}`) }), 'topics', 'tooMany', 'seven')
    await expectFieldRefused(validContent({ topics: ['no-such-topic'] }), 'topics', 'unknownTopic', 'unknown')
    await expectFieldRefused(validContent({ topics: ['../etc/passwd'] }), 'topics', 'invalid', 'not a slug')
  })

  it('takes only existing coalitions the city currently belongs to', async () => {
    await expectFieldRefused(validContent({ coalitions: [network.orphanCoalition.slug] }), 'coalitions', 'notCoalitionMember', 'not a member')
    await expectFieldRefused(validContent({ coalitions: ['no-such-coalition'] }), 'coalitions', 'unknownCoalition', 'unknown')
    const former = await createCoalition()
    await db.cityCoalitionMembership.create({ data: { cityId: network.cityA.id, coalitionId: former.id, leftAt: new Date(Date.now() + 1000) } })
    await expectFieldRefused(validContent({ coalitions: [former.slug] }), 'coalitions', 'notCoalitionMember', 'left')
    const created = await createCaseStudy(network.author.actor, validContent({ coalitions: [network.coalition.slug] }))
    expect(await db.caseStudyCoalition.findMany({ where: { caseStudyId: created.id } })).toMatchObject([{ coalitionId: network.coalition.id }])

    // A coalition the case study already names may stay after the city left it.
    await db.cityCoalitionMembership.updateMany({ where: { cityId: network.cityA.id, coalitionId: network.coalition.id }, data: { leftAt: new Date(Date.now() + 1000) } })
    await updateCaseStudy(network.author.actor, { ...validContent({ coalitions: [network.coalition.slug] }), caseStudyId: created.id })
    expect(await db.caseStudyCoalition.count({ where: { caseStudyId: created.id } })).toBe(1)
  })

  it('allows procurement practices only with the procurement topic or one of its children', async () => {
    await expectFieldRefused(validContent({ procurementPractices: ['LOCAL_SOURCING'] }), 'procurementPractices', 'procurementNeedsTopic', 'no topic')
    await expectFieldRefused(validContent({ topics: ['circular-public-procurement'], procurementPractices: ['BRIBERY'] }), 'procurementPractices', 'invalid', 'unknown practice')
    const viaParent = await createCaseStudy(network.author.actor, validContent({ topics: ['circular-public-procurement'], procurementPractices: ['LOCAL_SOURCING'] }))
    const viaChild = await createCaseStudy(network.author.actor, validContent({ topics: ['lifecycle-costing'], procurementPractices: ['LIFECYCLE_COSTING', 'CRADLE_TO_CRADLE'] }))
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: viaParent.id } })).procurementPractices).toEqual(['LOCAL_SOURCING'])
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: viaChild.id } })).procurementPractices).toEqual(['CRADLE_TO_CRADLE', 'LIFECYCLE_COSTING'])
  })
})

describe('slugs and smuggled fields', () => {
  it('makes ASCII kebab-case slugs from titles, unique with a numeric suffix', async () => {
    expect(slugify('São Paulo: Feiras Livres & Composting!')).toBe('sao-paulo-feiras-livres-composting')
    expect(slugify('上海的循环经济')).toBe('case-study')
    expect(slugify('Straße der Wiederverwendung')).toBe('strasse-der-wiederverwendung')
    expect(slugify(`${'word '.repeat(40)}end`).length).toBeLessThanOrEqual(80)
    const slugs = []
    for (let i = 0; i < 3; i++) slugs.push((await createCaseStudy(network.author.actor, validContent({ title: 'Compost for schools' }))).slug)
    expect(slugs).toEqual(['compost-for-schools', 'compost-for-schools-2', 'compost-for-schools-3'])
    const [a, b] = await Promise.all([
      createCaseStudy(network.author.actor, validContent({ title: 'Same title at once' })),
      createCaseStudy(network.author.actor, validContent({ title: 'Same title at once' })),
    ])
    expect([a.slug, b.slug].sort()).toEqual(['same-title-at-once', 'same-title-at-once-2'])
  })

  it('ignores status, slug, city, reviewer and verification smuggled into the input', async () => {
    const other = await createOfficial(network.cityB.id)
    const created = await createCaseStudy(network.author.actor, {
      ...validContent({ metrics: [metric({ verified: true })] }),
      status: 'PUBLISHED',
      slug: 'my-own-slug',
      publishedAt: new Date(),
      reviewHubId: network.hubX.id,
      createdById: other.user.id,
      isSample: true,
    })
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: created.id }, include: { metrics: true } })).toMatchObject({
      status: 'DRAFT',
      slug: 'composting-market-waste-for-urban-farms',
      publishedAt: null,
      reviewHubId: null,
      createdById: network.author.user.id,
      isSample: false,
      cityId: network.cityA.id,
      metrics: [expect.objectContaining({ verified: false })],
    })
    // Moving a case study to another city is not an edit.
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: draft.id, cityId: network.cityB.id, status: 'PUBLISHED' })
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ cityId: network.cityA.id, status: 'DRAFT' })
  })

  it('refuses a malformed input object without touching anything', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    for (const input of [null, 'text', 42, [], { caseStudyId: draft.id }]) {
      await expectRefusedUnchanged(() => updateCaseStudy(network.author.actor, input), 'INVALID')
    }
  })
})
