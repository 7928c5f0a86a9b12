// The life of a case study through the services: draft, co-editing, submission, changes
// requested, resubmission, publication or rejection; who is told what, one audit row per
// decision, the numbered revisions left behind, self-approval, illegal moves and races.
import { beforeEach, describe, expect, it } from 'vitest'
import {
  commentOnCaseStudy,
  createCaseStudy,
  getCaseStudyDraft,
  listCityCaseStudies,
  listReviewQueue,
  listRevisions,
  publishCaseStudy,
  rejectCaseStudy,
  requestCaseStudyChanges,
  submitCaseStudy,
  unpublishCaseStudy,
  updateCaseStudy,
} from '@/lib/case-studies'
import { db } from '@/lib/db'
import { createFocalPoint, createHubManager, createHubOfficer, createOfficial } from '../../factories/actors'
import {
  caseStudySnapshot,
  caseStudyStates,
  createCaseStudyInState,
  createCaseStudyNetwork,
  createOfficerWhoIsOfficialA,
  expectRefusedUnchanged,
  validContent,
  type CaseStudyNetwork,
  type CaseStudyState,
} from '../../factories/case-studies'

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

const auditActions = async () => (await db.auditLog.findMany({ orderBy: { id: 'asc' } })).map((row) => row.action)

describe('a case study from draft to publication', () => {
  it('goes draft → submitted → changes requested → resubmitted → published, keeping every submitted state', async () => {
    const { author } = network
    const coEditor = await createOfficial(network.cityA.id, 'ACTIVE', { name: 'Kofi Coeditor' })
    const officer = await createHubOfficer(network.hubX.id, { name: 'Olu Officer' })
    const manager = await createHubManager(network.hubX.id, { name: 'Mona Manager' })
    const otherHubManager = await createHubManager(network.hubY.id)

    const created = await createCaseStudy(author.actor, validContent())
    expect(created).toEqual({ id: expect.any(String), slug: 'composting-market-waste-for-urban-farms', status: 'DRAFT' })
    const row = await db.caseStudy.findUniqueOrThrow({ where: { id: created.id }, include: { authors: true } })
    expect(row).toMatchObject({ status: 'DRAFT', cityId: network.cityA.id, createdById: author.user.id, contactOfficialId: author.user.id })
    expect(row.authors.map((a) => a.userId)).toEqual([author.user.id])
    expect(await db.caseStudyRevision.count()).toBe(0)

    // Any active official of the city co-edits and becomes a co-author.
    const edited = await updateCaseStudy(coEditor.actor, { ...validContent({ title: 'Composting market waste for school gardens' }), caseStudyId: created.id })
    expect(edited).toEqual({ id: created.id, status: 'DRAFT', revision: null, changedFields: ['title'] })
    expect((await db.caseStudyAuthor.findMany({ where: { caseStudyId: created.id } })).map((a) => a.userId).sort()).toEqual(
      [author.user.id, coEditor.user.id].sort(),
    )
    // The slug is made once, on creation.
    expect((await db.caseStudy.findUniqueOrThrow({ where: { id: created.id } })).slug).toBe('composting-market-waste-for-urban-farms')

    await db.notification.deleteMany()
    expect(await submitCaseStudy(author.actor, { caseStudyId: created.id })).toEqual({ id: created.id, status: 'SUBMITTED', revisionNumber: 1 })
    const reviewersTold = await db.notification.findMany({ where: { type: 'caseStudy.submitted' } })
    expect(reviewersTold.map((n) => n.userId).sort()).toEqual([officer.user.id, manager.user.id].sort())
    expect(reviewersTold.some((n) => n.userId === otherHubManager.user.id)).toBe(false)
    expect(reviewersTold[0]?.data).toMatchObject({ caseStudyId: created.id, title: 'Composting market waste for school gardens', revisionNumber: 1 })

    // Under review the content is locked.
    await expectRefusedUnchanged(() => updateCaseStudy(coEditor.actor, { ...validContent(), caseStudyId: created.id }), 'CONFLICT', 'illegalTransition')
    await expectRefusedUnchanged(() => submitCaseStudy(coEditor.actor, { caseStudyId: created.id }), 'CONFLICT', 'illegalTransition')

    await db.notification.deleteMany()
    const auditsBefore = await db.auditLog.count()
    const changes = await requestCaseStudyChanges(officer.actor, { caseStudyId: created.id, note: '  Please say how the tonnage was measured.  ' })
    expect(changes).toEqual({ id: created.id, status: 'CHANGES_REQUESTED', revisionNumber: 1 })
    expect(await db.auditLog.count()).toBe(auditsBefore + 1)
    expect(await db.auditLog.findFirst({ orderBy: { id: 'desc' } })).toMatchObject({
      action: 'caseStudy.requestChanges',
      actorId: officer.user.id,
      hubId: network.hubX.id,
      targetId: created.id,
      reason: 'Please say how the tonnage was measured.',
    })
    expect(await db.caseStudyRevision.findFirstOrThrow({ where: { caseStudyId: created.id, number: 1 } })).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewerId: officer.user.id,
      reviewNote: 'Please say how the tonnage was measured.',
      reviewedAt: expect.any(Date),
    })
    const told = await db.notification.findMany({ orderBy: { userId: 'asc' } })
    expect(told.map((n) => n.userId).sort()).toEqual([author.user.id, coEditor.user.id].sort())
    expect(told.every((n) => n.type === 'caseStudy.changesRequested')).toBe(true)
    expect(told[0]?.data).toMatchObject({ note: 'Please say how the tonnage was measured.' })
    const mails = await db.outboxEmail.findMany({ orderBy: { toAddress: 'asc' } })
    expect(mails.map((m) => m.toAddress).sort()).toEqual([author.user.email, coEditor.user.email].sort())
    expect(mails[0]?.subject).toBe('Changes requested: Composting market waste for school gardens')
    expect(mails[0]?.textBody).toContain('Please say how the tonnage was measured.')
    expect(mails[0]?.textBody).toContain(`/my/case-studies/${created.id}`)

    await updateCaseStudy(author.actor, {
      ...validContent({ title: 'Composting market waste for school gardens' }),
      metrics: [{ type: 'WASTE_DIVERTED_T_PER_YEAR', value: 1250, baselineYear: 2019, method: 'Weighbridge at the compost site.' }],
      caseStudyId: created.id,
    })
    expect(await submitCaseStudy(author.actor, { caseStudyId: created.id })).toMatchObject({ status: 'SUBMITTED', revisionNumber: 2 })

    // Nobody approves their own work: the co-editor is not a reviewer anyway; the manager is.
    await db.notification.deleteMany()
    await db.outboxEmail.deleteMany()
    const auditsBeforePublish = await db.auditLog.count()
    const published = await publishCaseStudy(manager.actor, { caseStudyId: created.id })
    expect(published).toMatchObject({ id: created.id, status: 'PUBLISHED', revisionNumber: 2, firstPublication: true })
    expect(await db.auditLog.count()).toBe(auditsBeforePublish + 1)
    const publishedRow = await db.caseStudy.findUniqueOrThrow({ where: { id: created.id }, include: { metrics: true } })
    expect(publishedRow).toMatchObject({ status: 'PUBLISHED', reviewHubId: network.hubX.id, publishedAt: published.publishedAt })
    expect(publishedRow.metrics.map((m) => [m.type, m.value.toString(), m.verified])).toEqual([['WASTE_DIVERTED_T_PER_YEAR', '1250', false]])
    expect((await db.notification.findMany()).map((n) => [n.userId, n.type]).sort()).toEqual(
      [
        [author.user.id, 'caseStudy.published'],
        [coEditor.user.id, 'caseStudy.published'],
      ].sort(),
    )
    expect((await db.outboxEmail.findMany()).map((m) => m.subject)).toEqual([
      'Published: Composting market waste for school gardens',
      'Published: Composting market waste for school gardens',
    ])

    const revisions = await listRevisions(author.actor, { caseStudyId: created.id })
    expect(revisions.map((r) => [r.number, r.status, r.author?.id, r.reviewer?.id])).toEqual([
      [1, 'CHANGES_REQUESTED', author.user.id, officer.user.id],
      [2, 'APPROVED', author.user.id, manager.user.id],
    ])
    expect(await auditActions()).toEqual([
      'caseStudy.create',
      'caseStudy.edit',
      'caseStudy.submit',
      'caseStudy.requestChanges',
      'caseStudy.edit',
      'caseStudy.submit',
      'caseStudy.publish',
    ])
  })

  it('keeps the first publication date when an unpublished case study is published again', async () => {
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const { publishedAt } = await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })
    await unpublishCaseStudy(manager.actor, { caseStudyId: caseStudy.id, reason: 'The figures are out of date.' })
    await updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: caseStudy.id })
    await submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id })
    const again = await publishCaseStudy(manager.actor, { caseStudyId: caseStudy.id })
    expect(again).toMatchObject({ firstPublication: false, publishedAt })
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })).toMatchObject({ status: 'PUBLISHED', publishedAt })
  })

  it('rejects with a reason the authors see; a rejected case study is final', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    for (const reason of [undefined, '', '  ', 'no']) {
      await expectRefusedUnchanged(() => rejectCaseStudy(officer.actor, { caseStudyId: caseStudy.id, reason }), 'INVALID')
    }
    await expect(rejectCaseStudy(officer.actor, { caseStudyId: caseStudy.id, reason: '' })).rejects.toMatchObject({
      fields: { reason: ['required'] },
    })

    const result = await rejectCaseStudy(officer.actor, { caseStudyId: caseStudy.id, reason: 'This is a product advert, not a city project.' })
    expect(result).toEqual({ id: caseStudy.id, status: 'REJECTED', revisionNumber: 1 })
    expect(await db.caseStudy.findUniqueOrThrow({ where: { id: caseStudy.id } })).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'This is a product advert, not a city project.',
      publishedAt: null,
    })
    expect(await db.caseStudyRevision.findFirstOrThrow({ where: { caseStudyId: caseStudy.id } })).toMatchObject({
      status: 'REJECTED',
      reviewNote: 'This is a product advert, not a city project.',
    })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'caseStudy.reject', hubId: network.hubX.id }])
    expect(await db.notification.findMany()).toMatchObject([
      { userId: network.author.user.id, type: 'caseStudy.rejected', data: { reason: 'This is a product advert, not a city project.' } },
    ])
    expect(await db.outboxEmail.findMany()).toMatchObject([{ toAddress: network.author.user.email, subject: `Not accepted: ${caseStudy.title}` }])

    for (const run of [
      () => updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: caseStudy.id }),
      () => submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id }),
      () => publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id }),
      () => rejectCaseStudy(officer.actor, { caseStudyId: caseStudy.id, reason: 'Again.' }),
    ]) {
      await expectRefusedUnchanged(run, 'CONFLICT', 'illegalTransition')
    }
  })

  it('does not e-mail authors who turned e-mail off, nor suspended authors; they keep in-app notices', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const quiet = await createOfficial(network.cityA.id, 'ACTIVE', { emailPreference: 'NONE' })
    const gone = await createOfficial(network.cityA.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    await db.caseStudyAuthor.createMany({ data: [{ caseStudyId: caseStudy.id, userId: quiet.user.id }, { caseStudyId: caseStudy.id, userId: gone.user.id }] })
    await db.user.update({ where: { id: gone.user.id }, data: { status: 'SUSPENDED' } })
    await requestCaseStudyChanges(officer.actor, { caseStudyId: caseStudy.id, note: 'Please add a photo.' })
    expect((await db.notification.findMany()).map((n) => n.userId).sort()).toEqual([network.author.user.id, quiet.user.id].sort())
    expect((await db.outboxEmail.findMany()).map((m) => m.toAddress)).toEqual([network.author.user.email])
  })
})

describe('self-approval', () => {
  it('refuses an officer who wrote or co-wrote the case study, with a key, and changes nothing', async () => {
    const officerAuthor = await createOfficerWhoIsOfficialA(network)
    const created = await createCaseStudy(officerAuthor.actor, validContent())
    await submitCaseStudy(officerAuthor.actor, { caseStudyId: created.id })
    await expectRefusedUnchanged(() => publishCaseStudy(officerAuthor.actor, { caseStudyId: created.id }), 'FORBIDDEN', 'ownCaseStudy')

    // Co-writing counts as much as writing.
    const coWriter = await createOfficerWhoIsOfficialA(network)
    const other = await createCaseStudyInState(network, 'DRAFT')
    await updateCaseStudy(coWriter.actor, { ...validContent(), caseStudyId: other.id })
    await submitCaseStudy(network.author.actor, { caseStudyId: other.id })
    await expectRefusedUnchanged(() => publishCaseStudy(coWriter.actor, { caseStudyId: other.id }), 'FORBIDDEN', 'ownCaseStudy')

    // Separation of duties covers every review decision (issue 13): no sending it back or
    // rejecting either. They may still comment; another reviewer decides.
    await expectRefusedUnchanged(() => requestCaseStudyChanges(coWriter.actor, { caseStudyId: other.id, note: 'I need to fix the metrics myself.' }), 'FORBIDDEN', 'ownCaseStudy')
    const draft = await getCaseStudyDraft(officerAuthor.actor, { caseStudyId: created.id })
    for (const decision of ['publish', 'requestChanges', 'reject']) expect(draft.allowedActions).not.toContain(decision)
    expect(draft.allowedActions).toContain('comment')
    const manager = await createHubManager(network.hubX.id)
    await publishCaseStudy(manager.actor, { caseStudyId: created.id })
  })

  it('refuses the author of a revision of a published case study', async () => {
    const officerAuthor = await createOfficerWhoIsOfficialA(network)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await updateCaseStudy(officerAuthor.actor, { ...validContent(), caseStudyId: caseStudy.id })
    await submitCaseStudy(officerAuthor.actor, { caseStudyId: caseStudy.id })
    await expectRefusedUnchanged(() => publishCaseStudy(officerAuthor.actor, { caseStudyId: caseStudy.id }), 'FORBIDDEN', 'ownCaseStudy')
  })
})

describe('illegal transitions', () => {
  type Action = 'edit' | 'submit' | 'requestChanges' | 'publish' | 'reject' | 'unpublish'
  const legal: Record<Action, CaseStudyState[]> = {
    edit: ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED', 'PUBLISHED_WITH_DRAFT_REVISION', 'UNPUBLISHED'],
    submit: ['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED_WITH_DRAFT_REVISION', 'UNPUBLISHED'],
    requestChanges: ['SUBMITTED', 'PUBLISHED_WITH_SUBMITTED_REVISION'],
    publish: ['SUBMITTED', 'PUBLISHED_WITH_SUBMITTED_REVISION'],
    reject: ['SUBMITTED', 'PUBLISHED_WITH_SUBMITTED_REVISION'],
    unpublish: ['PUBLISHED', 'PUBLISHED_WITH_DRAFT_REVISION', 'PUBLISHED_WITH_SUBMITTED_REVISION'],
  }

  it.each(Object.keys(legal) as Action[])('%s: allowed only in its states; elsewhere CONFLICT and nothing changes', async (action) => {
    const official = await createOfficial(network.cityA.id)
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    const run = (caseStudyId: string) =>
      ({
        edit: () => updateCaseStudy(official.actor, { ...validContent(), caseStudyId }),
        submit: () => submitCaseStudy(official.actor, { caseStudyId }),
        requestChanges: () => requestCaseStudyChanges(officer.actor, { caseStudyId, note: 'Please add the method.' }),
        publish: () => publishCaseStudy(officer.actor, { caseStudyId }),
        reject: () => rejectCaseStudy(officer.actor, { caseStudyId, reason: 'Out of scope.' }),
        unpublish: () => unpublishCaseStudy(manager.actor, { caseStudyId, reason: 'Outdated.' }),
      })[action]()

    const outcomes: string[] = []
    for (const state of caseStudyStates) {
      const caseStudy = await createCaseStudyInState(network, state)
      if (legal[action].includes(state)) {
        await run(caseStudy.id)
        outcomes.push(`${state}: ok`)
      } else {
        const before = await caseStudySnapshot()
        const error = await run(caseStudy.id).then(
          () => null,
          (e: unknown) => e,
        )
        outcomes.push(`${state}: ${(error as { code?: string; key?: string } | null)?.code}/${(error as { key?: string } | null)?.key}`)
        expect(await caseStudySnapshot(), `${action} in ${state}`).toEqual(before)
      }
    }
    expect(outcomes).toEqual(
      caseStudyStates.map((state) => `${state}: ${legal[action].includes(state) ? 'ok' : 'CONFLICT/illegalTransition'}`),
    )
  })

  it('refuses to submit twice, publish a draft and reject a published case study', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await submitCaseStudy(network.author.actor, { caseStudyId: draft.id })
    await expectRefusedUnchanged(() => submitCaseStudy(network.author.actor, { caseStudyId: draft.id }), 'CONFLICT', 'illegalTransition')
    const another = await createCaseStudyInState(network, 'DRAFT')
    await expectRefusedUnchanged(() => publishCaseStudy(officer.actor, { caseStudyId: another.id }), 'CONFLICT', 'illegalTransition')
    const published = await createCaseStudyInState(network, 'PUBLISHED')
    await expectRefusedUnchanged(() => rejectCaseStudy(officer.actor, { caseStudyId: published.id, reason: 'No.' }), 'CONFLICT', 'illegalTransition')
  })

  it('answers NOT_FOUND for an unknown case study', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    await expectRefusedUnchanged(() => publishCaseStudy(officer.actor, { caseStudyId: 'no-such-case-study' }), 'NOT_FOUND')
    await expectRefusedUnchanged(() => updateCaseStudy(network.author.actor, { ...validContent(), caseStudyId: 'nope' }), 'NOT_FOUND')
  })
})

describe('races', () => {
  it('lets exactly one of two reviewers publishing at once win; the other gets CONFLICT', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    const results = await Promise.allSettled([
      publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id }),
      publishCaseStudy(manager.actor, { caseStudyId: caseStudy.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.filter((r) => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.reason).toMatchObject({ code: 'CONFLICT', key: 'illegalTransition' })
    expect(await db.auditLog.findMany()).toMatchObject([{ action: 'caseStudy.publish' }])
    expect(await db.caseStudyRevision.findMany({ where: { caseStudyId: caseStudy.id } })).toMatchObject([{ number: 1, status: 'APPROVED' }])
    expect(await db.notification.count({ where: { type: 'caseStudy.published' } })).toBe(1)
  })

  it('lets one of a publication and a rejection at once win, never both', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED_WITH_SUBMITTED_REVISION')
    const results = await Promise.allSettled([
      publishCaseStudy(officer.actor, { caseStudyId: caseStudy.id }),
      rejectCaseStudy(manager.actor, { caseStudyId: caseStudy.id, reason: 'Not this change.' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db.auditLog.count()).toBe(1)
    const revision = await db.caseStudyRevision.findFirstOrThrow({ where: { caseStudyId: caseStudy.id, number: 2 } })
    expect(['APPROVED', 'REJECTED']).toContain(revision.status)
  })

  it('serialises two officials submitting at once: one submission, one revision', async () => {
    const other = await createOfficial(network.cityA.id)
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    const results = await Promise.allSettled([
      submitCaseStudy(network.author.actor, { caseStudyId: caseStudy.id }),
      submitCaseStudy(other.actor, { caseStudyId: caseStudy.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'CONFLICT' })
    expect(await db.caseStudyRevision.count({ where: { caseStudyId: caseStudy.id } })).toBe(1)
  })

  it('opens one revision when two officials edit a published case study at once', async () => {
    const other = await createOfficial(network.cityA.id)
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await Promise.all([
      updateCaseStudy(network.author.actor, { ...validContent({ title: 'First version of the edit' }), caseStudyId: caseStudy.id }),
      updateCaseStudy(other.actor, { ...validContent({ title: 'Second version of the edit' }), caseStudyId: caseStudy.id }),
    ])
    expect(await db.caseStudyRevision.findMany({ where: { caseStudyId: caseStudy.id }, select: { number: true, status: true } })).toEqual(
      expect.arrayContaining([
        { number: 1, status: 'APPROVED' },
        { number: 2, status: 'DRAFT' },
      ]),
    )
    expect(await db.caseStudyRevision.count({ where: { caseStudyId: caseStudy.id } })).toBe(2)
  })
})

describe('review thread', () => {
  it('tells the authors of a reviewer’s comment and the reviewers of an author’s answer, in-app only', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const bystander = await createHubManager(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    const comment = await commentOnCaseStudy(officer.actor, { caseStudyId: caseStudy.id, body: 'Where do the 100 tonnes come from?\nA source please.' })
    expect(comment).toEqual({ id: expect.any(String), createdAt: expect.any(Date) })
    expect(await db.notification.findMany()).toMatchObject([
      { userId: network.author.user.id, type: 'caseStudy.commented', data: { authorName: officer.user.name } },
    ])
    await db.notification.deleteMany()
    await commentOnCaseStudy(network.author.actor, { caseStudyId: caseStudy.id, body: 'From the weighbridge records.' })
    expect((await db.notification.findMany()).map((n) => n.userId)).toEqual([officer.user.id])
    expect((await db.notification.findMany()).some((n) => n.userId === bystander.user.id)).toBe(false)
    expect(await db.outboxEmail.count()).toBe(0)
    const audits = await db.auditLog.findMany()
    expect(audits.map((a) => a.action)).toEqual(['caseStudy.comment', 'caseStudy.comment'])
    expect(JSON.stringify(audits.map((a) => [a.reason, a.metadata]))).not.toContain('weighbridge')

    const draft = await getCaseStudyDraft(officer.actor, { caseStudyId: caseStudy.id })
    expect(draft.comments.map((c) => c.body)).toEqual(['Where do the 100 tonnes come from?\nA source please.', 'From the weighbridge records.'])
  })

  it('refuses empty, overlong and hostile comments', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    for (const body of ['', '   ', 'x'.repeat(5001), 'evil\u202Etxt', 'nul\u0000byte']) {
      await expectRefusedUnchanged(() => commentOnCaseStudy(officer.actor, { caseStudyId: caseStudy.id, body }), 'INVALID')
    }
  })
})

describe('portal views', () => {
  it('offers each actor the actions the services would accept', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const manager = await createHubManager(network.hubX.id)
    const focalPoint = await createFocalPoint(network.cityA.id)
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    expect((await getCaseStudyDraft(focalPoint.actor, { caseStudyId: submitted.id })).allowedActions).toEqual(['comment', 'removeAttachment'])
    expect((await getCaseStudyDraft(officer.actor, { caseStudyId: submitted.id })).allowedActions).toEqual([
      'requestChanges',
      'publish',
      'reject',
      'comment',
    ])
    const published = await createCaseStudyInState(network, 'PUBLISHED_WITH_DRAFT_REVISION')
    const view = await getCaseStudyDraft(network.author.actor, { caseStudyId: published.id })
    expect(view).toMatchObject({ source: 'revision', openRevision: { number: 2, status: 'DRAFT' } })
    expect(view.content.title).toBe(`${published.title} (updated)`)
    expect(view.allowedActions).toEqual(['edit', 'submit', 'comment', 'removeAttachment'])
    expect((await getCaseStudyDraft(manager.actor, { caseStudyId: published.id })).allowedActions).toEqual(['unpublish', 'comment'])

    const changes = await createCaseStudyInState(network, 'CHANGES_REQUESTED')
    expect((await getCaseStudyDraft(network.author.actor, { caseStudyId: changes.id })).latestReview).toMatchObject({
      number: 1,
      status: 'CHANGES_REQUESTED',
      note: 'Please add the method.',
    })
  })

  it('lists the review queue of a reviewer and the case studies of an official’s city', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const officerY = await createHubOfficer(network.hubY.id)
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    const revised = await createCaseStudyInState(network, 'PUBLISHED_WITH_SUBMITTED_REVISION')
    await createCaseStudyInState(network, 'DRAFT')
    await createCaseStudyInState(network, 'PUBLISHED_WITH_DRAFT_REVISION')
    const queue = await listReviewQueue(officer.actor)
    expect(queue.map((item) => [item.id, item.kind, item.revisionNumber, item.ownCaseStudy]).sort()).toEqual(
      [
        [submitted.id, 'caseStudy', 1, false],
        [revised.id, 'revision', 2, false],
      ].sort(),
    )
    expect(await listReviewQueue(officerY.actor)).toEqual([])
    expect(await listReviewQueue(network.author.actor)).toEqual([])

    const mine = await listCityCaseStudies(network.author.actor)
    expect(mine).toHaveLength(4)
    expect(mine.find((item) => item.id === revised.id)).toMatchObject({ status: 'PUBLISHED', openRevision: { number: 2, status: 'SUBMITTED' }, isAuthor: true })
    expect(await listCityCaseStudies(officer.actor)).toEqual([])
    await expect(listReviewQueue(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
