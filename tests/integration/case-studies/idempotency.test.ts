// Idempotency keys (lib/security/idempotency.ts): a form's second request with the same key, from
// the same user, gets the first request's result instead of acting twice or answering CONFLICT
// ("not allowed in this state"), also when the duplicates arrive at the same time (exactly one
// runs). Without a key the services behave as before; a failed first attempt leaves nothing
// behind, so a retry runs; a key sent for another action is refused.
import { beforeEach, describe, expect, it } from 'vitest'
import { commentOnCaseStudy, createCaseStudy, publishCaseStudy, rejectCaseStudy, requestCaseStudyChanges, submitCaseStudy } from '@/lib/case-studies'
import { db } from '@/lib/db'
import { newIdempotencyKey } from '@/lib/security/idempotency'
import { createHubManager } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, validContent, type CaseStudyNetwork } from '../../factories/case-studies'

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

const audit = (action: string) => db.auditLog.count({ where: { action } })

describe('submit for review', () => {
  it('replayed with the same key answers the stored result, and submits once', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    const idempotencyKey = newIdempotencyKey()
    const first = await submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey })
    expect(first).toEqual({ id: draft.id, status: 'SUBMITTED', revisionNumber: 1 })
    await expect(submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey })).resolves.toEqual(first)
    expect(await db.caseStudyRevision.count({ where: { caseStudyId: draft.id } })).toBe(1)
    expect(await audit('caseStudy.submit')).toBe(1)
  })

  it('without a key, a second submit is still refused as an illegal move', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await submitCaseStudy(network.author.actor, { caseStudyId: draft.id })
    await expect(submitCaseStudy(network.author.actor, { caseStudyId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('sent three times at once runs once, and every request gets the same result', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    const idempotencyKey = newIdempotencyKey()
    const results = await Promise.all([1, 2, 3].map(() => submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey })))
    expect(results).toEqual([results[0], results[0], results[0]])
    expect(results[0]).toMatchObject({ status: 'SUBMITTED', revisionNumber: 1 })
    expect(await audit('caseStudy.submit')).toBe(1)
    expect(await db.caseStudyRevision.count({ where: { caseStudyId: draft.id } })).toBe(1)
  })

  it('that failed leaves no record, so the same key runs again once the problem is gone', async () => {
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    const idempotencyKey = newIdempotencyKey()
    await expect(submitCaseStudy(network.author.actor, { caseStudyId: submitted.id, idempotencyKey })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await db.idempotencyRecord.count()).toBe(0)
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await expect(submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey })).resolves.toMatchObject({ id: draft.id, status: 'SUBMITTED' })
  })

  it('refuses a malformed key with a field error, and keeps keys apart per user', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await expect(submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey: 'short' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: { idempotencyKey: ['invalid'] },
    })
    const idempotencyKey = newIdempotencyKey()
    await submitCaseStudy(network.author.actor, { caseStudyId: draft.id, idempotencyKey })
    // Another user sending the same key gets no one else's result: their request runs (and is refused).
    const manager = await createHubManager(network.hubX.id)
    await expect(submitCaseStudy(manager.actor, { caseStudyId: draft.id, idempotencyKey })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('review decisions', () => {
  it('publish replayed, and sent twice at once, publishes once', async () => {
    const manager = await createHubManager(network.hubX.id)
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    const idempotencyKey = newIdempotencyKey()
    const [a, b] = await Promise.all([
      publishCaseStudy(manager.actor, { caseStudyId: submitted.id, idempotencyKey }),
      publishCaseStudy(manager.actor, { caseStudyId: submitted.id, idempotencyKey }),
    ])
    expect(b).toEqual(a)
    expect(a.publishedAt).toBeInstanceOf(Date)
    await expect(publishCaseStudy(manager.actor, { caseStudyId: submitted.id, idempotencyKey })).resolves.toEqual(a)
    expect(await audit('caseStudy.publish')).toBe(1)
  })

  it('request changes and reject replay their result; a key reused for another decision is refused', async () => {
    const manager = await createHubManager(network.hubX.id)
    const first = await createCaseStudyInState(network, 'SUBMITTED')
    const key = newIdempotencyKey()
    const input = { caseStudyId: first.id, note: 'Please add the method.', idempotencyKey: key }
    const changes = await requestCaseStudyChanges(manager.actor, input)
    await expect(requestCaseStudyChanges(manager.actor, input)).resolves.toEqual(changes)
    await expect(rejectCaseStudy(manager.actor, { caseStudyId: first.id, reason: 'Out of scope.', idempotencyKey: key })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'idempotencyKeyReused',
    })

    const second = await createCaseStudyInState(network, 'SUBMITTED')
    const rejectInput = { caseStudyId: second.id, reason: 'Out of scope for the library.', idempotencyKey: newIdempotencyKey() }
    const rejected = await rejectCaseStudy(manager.actor, rejectInput)
    await expect(rejectCaseStudy(manager.actor, rejectInput)).resolves.toEqual(rejected)
    expect(await audit('caseStudy.reject')).toBe(1)
  })
})

describe('review comments', () => {
  it('posted twice with the same key are one comment; a new key is a new comment', async () => {
    const submitted = await createCaseStudyInState(network, 'SUBMITTED')
    const idempotencyKey = newIdempotencyKey()
    const input = { caseStudyId: submitted.id, body: 'We added the weighbridge records.', idempotencyKey }
    await Promise.all([commentOnCaseStudy(network.author.actor, input), commentOnCaseStudy(network.author.actor, input)])
    await commentOnCaseStudy(network.author.actor, input)
    expect(await db.reviewComment.count({ where: { caseStudyId: submitted.id } })).toBe(1)
    await commentOnCaseStudy(network.author.actor, { ...input, idempotencyKey: `${idempotencyKey}-2` })
    expect(await db.reviewComment.count({ where: { caseStudyId: submitted.id } })).toBe(2)
  })
})

describe('creating a case study', () => {
  it('double-submitted makes one draft, and both requests get it', async () => {
    const idempotencyKey = newIdempotencyKey()
    const [a, b] = await Promise.all([
      createCaseStudy(network.author.actor, { ...validContent(), idempotencyKey }),
      createCaseStudy(network.author.actor, { ...validContent(), idempotencyKey }),
    ])
    expect(b).toEqual(a)
    expect(await db.caseStudy.count({ where: { cityId: network.cityA.id } })).toBe(1)
  })
})
