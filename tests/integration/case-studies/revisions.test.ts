// Revisions of published case studies (the public version stays until approval), the revision
// history, field-by-field diffs, metric verification, and unpublishing with work in progress.
import { beforeEach, describe, expect, it } from 'vitest'
import {
  diffRevisions,
  getRevision,
  listRevisions,
  publishCaseStudy,
  rejectCaseStudy,
  requestCaseStudyChanges,
  submitCaseStudy,
  unpublishCaseStudy,
  updateCaseStudy,
} from '@/lib/case-studies'
import { diffContent } from '@/lib/case-studies/diff-revisions'
import { parseStoredContent } from '@/lib/case-studies/content'
import { db } from '@/lib/db'
import { createAdmin, createHubManager, createHubOfficer, createOfficial } from '../../factories/actors'
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

/** What the public library reads: the case study row and its relations. */
async function publicView(caseStudyId: string) {
  const row = await db.caseStudy.findUniqueOrThrow({
    where: { id: caseStudyId },
    select: {
      status: true,
      title: true,
      summary: true,
      body: true,
      language: true,
      startYear: true,
      projectStatus: true,
      procurementPractices: true,
      tenderClauses: true,
      publishedAt: true,
      topics: { select: { topic: { select: { slug: true } } }, orderBy: { topicId: 'asc' } },
      coalitions: { select: { coalition: { select: { slug: true } } } },
      metrics: { select: { type: true, value: true, currency: true, verified: true }, orderBy: { type: 'asc' } },
    },
  })
  return { ...row, metrics: row.metrics.map((m) => ({ ...m, value: m.value.toString() })) }
}

const revisedContent = () =>
  validContent({
    title: 'Composting market waste, now in every district',
    body: 'First line.\nSecond line, rewritten.\nThird line.\nA fourth line.\n',
    topics: ['circular-public-procurement', 'food-systems'],
    coalitions: [network.coalition.slug],
    procurementPractices: ['LOCAL_SOURCING'],
    tenderClauses: 'Suppliers must take back packaging.',
    metrics: [
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 100, baselineYear: 2018 },
      { type: 'COST_SAVED_PER_YEAR', value: '25000.50', currency: 'usd' },
    ],
  })

describe('editing a published case study', () => {
  it('opens a revision, keeps the public fields until approval, then copies the revision onto the case study', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const coEditor = await createOfficial(network.cityA.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const published = await publicView(caseStudy.id)

    const first = await updateCaseStudy(network.author.actor, { ...revisedContent(), caseStudyId: caseStudy.id })
    expect(first).toMatchObject({ status: 'PUBLISHED', revision: { number: 2, status: 'DRAFT' } })
    expect(first.changedFields).toEqual(
      expect.arrayContaining(['title', 'body', 'topics', 'coalitions', 'procurementPractices', 'tenderClauses', 'metrics']),
    )
    expect(await publicView(caseStudy.id)).toEqual(published)

    // A second edit (by a co-editor) goes into the same open revision.
    const second = await updateCaseStudy(coEditor.actor, { ...revisedContent(), summary: 'A summary rewritten by a colleague of the author.', caseStudyId: caseStudy.id })
    expect(second).toMatchObject({ revision: { number: 2, status: 'DRAFT' }, changedFields: ['summary'] })
    expect(await db.caseStudyRevision.count({ where: { caseStudyId: caseStudy.id } })).toBe(2)

    expect(await submitCaseStudy(coEditor.actor, { caseStudyId: caseStudy.id })).toEqual({ id: caseStudy.id, status: 'PUBLISHED', revisionNumber: 2 })
    expect(await db.notification.findMany({ where: { userId: officer.user.id } })).toMatchObject([{ type: 'caseStudy.revisionSubmitted' }])
    // Under review, no more edits until a decision.
    await expectRefusedUnchanged(() => updateCaseStudy(network.author.actor, { ...revisedContent(), caseStudyId: caseStudy.id }), 'CONFLICT', 'illegalTransition')

    await requestCaseStudyChanges(officer.actor, { caseStudyId: caseStudy.id, note: 'Which currency year?' })
    expect(await publicView(caseStudy.id)).toEqual(published)
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })).status).toBe('PUBLISHED')

    // Editing after changes were requested starts the next numbered revision.
    const third = await updateCaseStudy(network.author.actor, {
      ...revisedContent(),
      summary: 'A summary rewritten by a colleague of the author.',
      metrics: [
        { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 100, baselineYear: 2018 },
        { type: 'COST_SAVED_PER_YEAR', value: '25000.50', currency: 'USD', baselineYear: 2023 },
      ],
      caseStudyId: caseStudy.id,
    })
    expect(third.revision).toEqual({ number: 3, status: 'DRAFT' })
    await submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id })
    expect(await publicView(caseStudy.id)).toEqual(published)

    await db.notification.deleteMany()
    const approved = await publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id })
    expect(approved).toMatchObject({ status: 'PUBLISHED', revisionNumber: 3, firstPublication: false, publishedAt: published.publishedAt })
    const after = await publicView(caseStudy.id)
    expect(after).toMatchObject({
      status: 'PUBLISHED',
      title: 'Composting market waste, now in every district',
      summary: 'A summary rewritten by a colleague of the author.',
      body: 'First line.\nSecond line, rewritten.\nThird line.\nA fourth line.',
      tenderClauses: 'Suppliers must take back packaging.',
      procurementPractices: ['LOCAL_SOURCING'],
      publishedAt: published.publishedAt,
      coalitions: [{ coalition: { slug: network.coalition.slug } }],
    })
    expect(after.topics.map((t) => t.topic.slug).sort()).toEqual(['circular-public-procurement', 'food-systems'])
    expect(after.metrics).toEqual([
      // Unchanged figure: the reviewer's earlier verification stays. New figure: unverified.
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: '100', currency: null, verified: true },
      { type: 'COST_SAVED_PER_YEAR', value: '25000.5', currency: 'USD', verified: false },
    ])
    expect((await db.notification.findMany()).map((n) => [n.userId, n.type]).sort()).toEqual(
      [
        [network.author.user.id, 'caseStudy.revisionPublished'],
        [coEditor.user.id, 'caseStudy.revisionPublished'],
      ].sort(),
    )

    const history = await listRevisions(officer.actor, { caseStudyId: caseStudy.id })
    expect(history.map((r) => [r.number, r.status])).toEqual([
      [1, 'APPROVED'],
      [2, 'CHANGES_REQUESTED'],
      [3, 'APPROVED'],
    ])
    expect(history[1]).toMatchObject({ reviewNote: 'Which currency year?', reviewer: { id: officer.user.id } })
    const stored = await getRevision(officer.actor, { caseStudyId: caseStudy.id, number: '3' })
    expect(stored.content).toMatchObject({ title: 'Composting market waste, now in every district', coalitions: [network.coalition.slug] })
    await expect(getRevision(officer.actor, { caseStudyId: caseStudy.id, number: 9 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lets a reviewer reject a revision while the published version stays; a new revision can follow', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED_WITH_SUBMITTED_REVISION')
    const published = await publicView(caseStudy.id)
    expect(await rejectCaseStudy(officer.actor, { caseStudyId: caseStudy.id, reason: 'The new title oversells it.' })).toEqual({
      id: caseStudy.id,
      status: 'PUBLISHED',
      revisionNumber: 2,
    })
    expect(await publicView(caseStudy.id)).toEqual(published)
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })).toMatchObject({ rejectionReason: null })
    expect(await db.notification.findMany()).toMatchObject([{ type: 'caseStudy.revisionRejected', data: { reason: 'The new title oversells it.' } }])
    expect(await db.outboxEmail.findMany()).toMatchObject([{ subject: `Not accepted: ${caseStudy.title}` }])
    const next = await updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: caseStudy.id })
    expect(next.revision).toEqual({ number: 3, status: 'DRAFT' })
  })

  it('lets the reviewer say which metrics they verified, and ignores an author’s claim', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    await updateCaseStudy(network.author.actor, {
      ...revisedContent(),
      metrics: [
        { type: 'WASTE_DIVERTED_T_PER_YEAR', value: 120, verified: true },
        { type: 'JOBS_CREATED', value: 12, verified: 'true' },
      ],
      caseStudyId: caseStudy.id,
    })
    expect((await db.impactMetric.findMany({ where: { caseStudyId: caseStudy.id } })).every((m) => !m.verified)).toBe(true)
    await submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id })
    await expectRefusedUnchanged(
      () => publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id, verifiedMetrics: ['COST_SAVED_PER_YEAR'] }),
      'INVALID',
    )
    await publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id, verifiedMetrics: ['JOBS_CREATED'] })
    const metrics = await db.impactMetric.findMany({ where: { caseStudyId: caseStudy.id }, orderBy: { type: 'asc' } })
    expect(metrics.map((m) => [m.type, m.verified])).toEqual([
      ['WASTE_DIVERTED_T_PER_YEAR', false],
      ['JOBS_CREATED', true],
    ])
  })
})

describe('diffRevisions', () => {
  it('compares two revisions field by field, text word by word', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await updateCaseStudy(network.author.actor, { ...revisedContent(), caseStudyId: caseStudy.id })
    await submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id })

    const diff = await diffRevisions(officer.actor, { caseStudyId: caseStudy.id, from: 1, to: 2 })
    expect(diff.from).toEqual({ number: 1, status: 'APPROVED' })
    expect(diff.to).toEqual({ number: 2, status: 'SUBMITTED' })
    expect(diff.changes.map((change) => change.field)).toEqual([
      'title',
      'summary',
      'body',
      'startYear',
      'topics',
      'coalitions',
      'procurementPractices',
      'tenderClauses',
      'metrics',
    ])
    const body = diff.changes.find((change) => change.field === 'body')
    // Only the words that changed are marked; the unchanged lines (and the last one, which gained
    // a newline) stay unmarked.
    const textOf = (change: unknown, pick: (part: { added: boolean; removed: boolean }) => boolean) =>
      (change as { parts: { value: string; added: boolean; removed: boolean }[] }).parts.filter(pick).map((part) => part.value)
    expect(body).toMatchObject({ field: 'body', kind: 'text' })
    expect(textOf(body, (part) => part.removed)).toEqual(['line.'])
    expect(textOf(body, (part) => part.added)).toEqual(['line,', 'rewritten.\n', '\nA fourth line.'])
    expect(textOf(body, (part) => !part.added && !part.removed)).toEqual(['First line.\nSecond ', ' ', 'Third line.'])
    const title = diff.changes.find((change) => change.field === 'title')
    expect(textOf(title, (part) => part.added).join('')).toContain('now in every district')
    expect(diff.changes.find((change) => change.field === 'startYear')).toEqual({ field: 'startYear', kind: 'value', from: 2019, to: 2020 })
    expect(diff.changes.find((change) => change.field === 'topics')).toEqual({
      field: 'topics',
      kind: 'set',
      added: ['circular-public-procurement'],
      removed: [],
    })
    expect(diff.changes.find((change) => change.field === 'metrics')).toEqual({
      field: 'metrics',
      kind: 'metrics',
      added: [{ type: 'COST_SAVED_PER_YEAR', value: '25000.5', currency: 'USD', baselineYear: null, method: null, verified: false }],
      removed: [],
      changed: [],
    })
    expect((await diffRevisions(officer.actor, { caseStudyId: caseStudy.id, from: 2, to: 2 })).changes).toEqual([])
    await expect(diffRevisions(officer.actor, { caseStudyId: caseStudy.id, from: 1, to: 7 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(diffRevisions(officer.actor, { caseStudyId: caseStudy.id, from: 0, to: 'x' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { from: ['invalid'], to: ['invalid'] },
    })
  })

  it('compares the text as read, word by word: syntax and a trailing newline are no change', async () => {
    const old = parseStoredContent({ title: 'Crates', body: 'A deposit on crates.\n\nThree markets took part.' })
    // Issue 15, defect 7: a line diff showed the unchanged last line as removed and added again.
    expect(diffContent(old, { ...old, body: 'A deposit on **crates**.\n\nThree markets took part.\n' })).toEqual([])
    const changes = diffContent(old, { ...old, body: 'A deposit on crates.\n\nFour markets took part.\n' })
    const parts = (changes[0] as { parts: { value: string; added: boolean; removed: boolean }[] }).parts
    expect(parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['Three'])
    expect(parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Four'])
    expect(parts.filter((part) => !part.added && !part.removed).map((part) => part.value).join('')).toContain('A deposit on crates.')
  })

  it('reads old snapshots with missing fields, and gives up on a pathological diff gracefully', async () => {
    const old = parseStoredContent({ title: 'Old', metrics: [{ type: 'JOBS_CREATED', value: 4, verified: true }] })
    expect(old).toMatchObject({ title: 'Old', summary: '', language: 'en', topics: [], metrics: [{ type: 'JOBS_CREATED', value: '4', verified: true }] })
    const next = { ...old, metrics: [{ ...old.metrics[0]!, value: '5' }] }
    expect(diffContent(old, next)).toEqual([
      { field: 'metrics', kind: 'metrics', added: [], removed: [], changed: [{ type: 'JOBS_CREATED', from: old.metrics[0], to: next.metrics[0] }] },
    ])
    const a = Array.from({ length: 25_000 }, (_, i) => `a${i}`).join('\n')
    const b = Array.from({ length: 25_000 }, (_, i) => `b${i}`).join('\n')
    const started = Date.now()
    const changes = diffContent({ ...old, body: a }, { ...old, body: b })
    expect(Date.now() - started).toBeLessThan(5000)
    expect(changes[0]).toMatchObject({ field: 'body', kind: 'text' })
    const parts = (changes[0] as { parts: { value: string; added: boolean; removed: boolean }[] }).parts
    expect(parts.filter((p) => p.removed).map((p) => p.value).join('')).toBe(a)
    expect(parts.filter((p) => p.added).map((p) => p.value).join('')).toBe(b)
  })
})

describe('unpublishing', () => {
  it('takes a published case study down with a reason; its officials may fix and resubmit it', async () => {
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await expectRefusedUnchanged(() => unpublishCaseStudy(manager.actor, { caseStudyId: caseStudy.id, reason: '' }), 'INVALID')
    expect(await unpublishCaseStudy(manager.actor, { caseStudyId: caseStudy.id, reason: 'The city asked to withdraw it.' })).toEqual({
      id: caseStudy.id,
      status: 'UNPUBLISHED',
      foldedRevisionNumber: null,
    })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'caseStudy.unpublish', hubId: network.hubX.id, reason: 'The city asked to withdraw it.' }])
    expect(await db.notification.findMany()).toMatchObject([{ userId: network.author.user.id, type: 'caseStudy.unpublished' }])
    expect(await db.outboxEmail.findMany()).toMatchObject([{ subject: `Unpublished: ${caseStudy.title}` }])
    await expectRefusedUnchanged(() => unpublishCaseStudy(manager.actor, { caseStudyId: caseStudy.id, reason: 'Again.' }), 'CONFLICT', 'illegalTransition')
  })

  it('folds a revision in progress into the working copy (admins may unpublish too)', async () => {
    const admin = await createAdmin()
    const withDraft = await createCaseStudyInState(network, 'PUBLISHED_WITH_DRAFT_REVISION')
    expect(await unpublishCaseStudy(admin.actor, { caseStudyId: withDraft.id, reason: 'Misleading figures.' })).toMatchObject({ foldedRevisionNumber: 2 })
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: withDraft.id } })).toMatchObject({ status: 'UNPUBLISHED', title: `${withDraft.title} (updated)` })
    expect((await db.caseStudyRevision.findMany({ where: { caseStudyId: withDraft.id } })).map((r) => [r.number, r.status])).toEqual([[1, 'APPROVED']])
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'caseStudy.unpublish', hubId: null }])

    const underReview = await createCaseStudyInState(network, 'PUBLISHED_WITH_SUBMITTED_REVISION')
    await unpublishCaseStudy(admin.actor, { caseStudyId: underReview.id, reason: 'Misleading figures.' })
    expect((await db.caseStudyRevision.findMany({ where: { caseStudyId: underReview.id }, orderBy: { number: 'asc' } })).map((r) => [r.number, r.status, r.reviewNote])).toEqual([
      [1, 'APPROVED', null],
      [2, 'REJECTED', 'Misleading figures.'],
    ])
    const resubmitted = await submitCaseStudy(network.author.actor, { caseStudyId: underReview.id })
    expect(resubmitted).toEqual({ id: underReview.id, status: 'SUBMITTED', revisionNumber: 3 })
  })
})
