// The refusal log (lib/security/refusals.ts): refused attempts leave a trace (actor, action,
// target, IP, time) as a structured line and a SecurityRefusal row that admins read and filter,
// bounded against floods. On the code before issue 13 none of these refusals was recorded
// anywhere: every "a row is recorded" expectation here failed.
import './next-runtime'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { listRefusals } from '@/lib/admin/list-refusals'
import { publishCaseStudy, updateCaseStudy } from '@/lib/case-studies'
import { db } from '@/lib/db'
import { getConversation } from '@/lib/messaging'
import { flushRefusals, recordRefusal } from '@/lib/security/refusals'
import { PRUNE_REFUSALS_SQL, REFUSAL_LOG_LIMITS } from '@/lib/security/refusal-store'
import { readAttachment } from '@/lib/uploads/read-attachment'
import { createAdmin, createHubOfficer, createOfficial } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, validContent, type CaseStudyNetwork } from '../../factories/case-studies'
import { expectRefused } from '../../factories/hostile'

let network: CaseStudyNetwork
let lines: string[]
beforeEach(async () => {
  network = await createCaseStudyNetwork()
  lines = []
  vi.spyOn(console, 'warn').mockImplementation((line: unknown) => {
    if (typeof line === 'string') lines.push(line)
  })
  return () => vi.restoreAllMocks()
})

async function rows() {
  await flushRefusals()
  return db.securityRefusal.findMany({ orderBy: { id: 'asc' }, select: { actorId: true, action: true, code: true, targetType: true, targetId: true } })
}

describe('refused attempts are recorded', () => {
  it("a forbidden moderation decision: a colleague of the author (not a reviewer) publishes", async () => {
    const { id } = await createCaseStudyInState(network, 'SUBMITTED')
    const outsider = await createOfficial(network.cityA.id)
    await expectRefused(() => publishCaseStudy(outsider.actor, { caseStudyId: id }), { code: 'FORBIDDEN' })
    expect(await rows()).toEqual([{ actorId: outsider.user.id, action: 'caseStudy.review', code: 'FORBIDDEN', targetType: 'City', targetId: network.cityA.id }])
    const line = JSON.parse(lines.find((text) => text.includes('security.refusal'))!) as Record<string, unknown>
    expect(line).toMatchObject({ event: 'security.refusal', actorId: outsider.user.id, action: 'caseStudy.review', code: 'FORBIDDEN', stored: true })
  })

  it("a cross-city edit: an official of city B edits city A's draft", async () => {
    const { id } = await createCaseStudyInState(network, 'DRAFT')
    const other = await createOfficial(network.cityB.id)
    await expectRefused(() => updateCaseStudy(other.actor, { ...validContent(), caseStudyId: id }), { code: 'NOT_FOUND' })
    expect(await rows()).toEqual([{ actorId: other.user.id, action: 'caseStudy.viewDraft', code: 'NOT_FOUND', targetType: 'CaseStudy', targetId: id }])
  })

  it('a cross-hub read: an officer of another hub opens a conversation', async () => {
    const official = await createOfficial(network.cityA.id)
    const { startConversation } = await import('@/lib/messaging')
    const { id: conversationId } = await startConversation(official.actor, { hubSlug: network.hubX.slug, subject: 'Ours', body: 'Hello.' })
    const outsider = await createHubOfficer(network.hubY.id)
    await expectRefused(() => getConversation(outsider.actor, { conversationId }), { code: 'NOT_FOUND' })
    expect(await rows()).toEqual([{ actorId: outsider.user.id, action: 'conversation.view', code: 'NOT_FOUND', targetType: 'Conversation', targetId: conversationId }])
  })

  it("a file fetched without right: a draft's file read by another city's official", async () => {
    const { id: caseStudyId } = await createCaseStudyInState(network, 'DRAFT')
    const attachment = await db.attachment.create({
      data: { kind: 'PDF', storageKey: 'refusal-test-key', fileName: 'plan.pdf', mimeType: 'application/pdf', byteSize: 10, sha256: 'a'.repeat(64), caseStudyId },
    })
    const other = await createOfficial(network.cityB.id)
    await expectRefused(() => readAttachment(other.actor, attachment.id), { code: 'NOT_FOUND' })
    expect(await rows()).toEqual([{ actorId: other.user.id, action: 'file.read', code: 'NOT_FOUND', targetType: 'Attachment', targetId: attachment.id }])
  })
})

describe('the refusal log is bounded', () => {
  it(`a flood from one source stores at most ${REFUSAL_LOG_LIMITS.rowsPerSourcePerMinute} rows a minute; every refusal is still a log line`, async () => {
    const flooder = await createOfficial(network.cityB.id)
    const before = lines.length
    await Promise.all(Array.from({ length: 60 }, () => recordRefusal({ actorId: flooder.user.id, action: 'flood.test', code: 'FORBIDDEN', ip: '203.0.113.66' })))
    const stored = await db.securityRefusal.count({ where: { action: 'flood.test' } })
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThanOrEqual(REFUSAL_LOG_LIMITS.rowsPerSourcePerMinute)
    expect(lines.length - before).toBe(60)
    expect(lines.filter((line) => line.includes('"stored":false')).length).toBe(60 - stored)
  })

  it('pruning drops rows older than the keep period and beyond the row cap', async () => {
    await db.securityRefusal.createMany({
      data: [
        { action: 'old.one', code: 'FORBIDDEN', createdAt: new Date(Date.now() - (REFUSAL_LOG_LIMITS.keepDays + 1) * 86_400_000) },
        { action: 'recent.one', code: 'FORBIDDEN' },
      ],
    })
    await db.$executeRawUnsafe(PRUNE_REFUSALS_SQL, REFUSAL_LOG_LIMITS.keepDays, REFUSAL_LOG_LIMITS.maxRows)
    expect((await db.securityRefusal.findMany({ select: { action: true } })).map((row) => row.action)).toEqual(['recent.one'])
    await db.$executeRawUnsafe(PRUNE_REFUSALS_SQL, REFUSAL_LOG_LIMITS.keepDays, 0)
    expect(await db.securityRefusal.count()).toBe(0)
  })
})

describe('admins read and filter the refusal log', () => {
  it('filters by code and person; anyone else is FORBIDDEN', async () => {
    const admin = await createAdmin()
    const someone = await createOfficial(network.cityB.id, 'ACTIVE', { name: 'Rafa Refused', email: 'rafa.refused@example.org' })
    await recordRefusal({ actorId: someone.user.id, action: 'caseStudy.review', code: 'FORBIDDEN', ip: '198.51.100.8' })
    await recordRefusal({ actorId: null, action: 'request.POST', code: 'BAD_ORIGIN', ip: '203.0.113.1' })
    const all = await listRefusals(admin.actor, {})
    expect(all.total).toBe(2)
    const byCode = await listRefusals(admin.actor, { code: 'BAD_ORIGIN' })
    expect(byCode.entries.map((entry) => entry.action)).toEqual(['request.POST'])
    const byPerson = await listRefusals(admin.actor, { actor: 'rafa.refused' })
    expect(byPerson.entries.map((entry) => entry.actor?.email)).toEqual(['rafa.refused@example.org'])
    const byIp = await listRefusals(admin.actor, { ip: '198.51.' })
    expect(byIp.total).toBe(1)
    // Malformed filters are ignored, never an error.
    expect((await listRefusals(admin.actor, { code: "'; DROP TABLE", page: '-3', from: 'yesterday' })).total).toBe(2)
    await expectRefused(() => listRefusals(someone.actor, {}), { code: 'FORBIDDEN' })
  })
})
