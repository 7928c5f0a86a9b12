// The database itself refuses what the case-study workflow and the upload pipeline must never
// produce, whatever code path tries (migration 20261126090000_case_study_workflow).
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'

const CHECK_VIOLATION = /check constraint/i

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

describe('case-study constraints', () => {
  it('keeps at most one open (draft or submitted) revision per case study', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED_WITH_DRAFT_REVISION')
    await expect(
      db.caseStudyRevision.create({ data: { caseStudyId: caseStudy.id, number: 3, status: 'SUBMITTED', content: {}, submittedAt: new Date() } }),
    ).rejects.toMatchObject({ code: 'P2002' })
    await db.caseStudyRevision.create({
      data: { caseStudyId: caseStudy.id, number: 3, status: 'REJECTED', content: {}, submittedAt: new Date(), reviewedAt: new Date() },
    })
  })

  it('records the timeline of a revision and keeps its content an object', async () => {
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    await expect(db.caseStudyRevision.create({ data: { caseStudyId: caseStudy.id, number: 1, status: 'SUBMITTED', content: {} } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(
      db.caseStudyRevision.create({ data: { caseStudyId: caseStudy.id, number: 1, status: 'APPROVED', content: {}, submittedAt: new Date() } }),
    ).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.caseStudyRevision.create({ data: { caseStudyId: caseStudy.id, number: 1, content: ['not', 'an', 'object'] } })).rejects.toThrow(CHECK_VIOLATION)
  })

  it('requires a reason for a rejection and bounds texts and metric values', async () => {
    const caseStudy = await createCaseStudyInState(network, 'SUBMITTED')
    await expect(db.caseStudy.update({ where: { id: caseStudy.id }, data: { status: 'REJECTED' } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.caseStudy.update({ where: { id: caseStudy.id }, data: { status: 'REJECTED', rejectionReason: '  ' } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.caseStudy.update({ where: { id: caseStudy.id }, data: { title: 'x'.repeat(201) } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.caseStudy.update({ where: { id: caseStudy.id }, data: { body: 'x'.repeat(50_001) } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.impactMetric.create({ data: { caseStudyId: caseStudy.id, type: 'JOBS_CREATED', value: '1000000000000.0001' } })).rejects.toThrow(CHECK_VIOLATION)
    await expect(db.reviewComment.create({ data: { caseStudyId: caseStudy.id, body: '   ' } })).rejects.toThrow(CHECK_VIOLATION)
  })

  it('accepts only what the upload pipeline produces as attachments', async () => {
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    let n = 0
    const attachment = (overrides: Record<string, unknown>) =>
      db.attachment.create({
        data: {
          kind: 'IMAGE',
          storageKey: `${String(++n).padStart(2, '0')}${'c'.repeat(30)}`,
          fileName: 'photo.png',
          mimeType: 'image/png',
          byteSize: 10,
          sha256: 'd'.repeat(64),
          caseStudyId: caseStudy.id,
          ...overrides,
        },
      })
    for (const [label, overrides] of [
      ['SVG', { mimeType: 'image/svg+xml' }],
      ['PDF type on an image', { mimeType: 'application/pdf' }],
      ['image type on a PDF', { kind: 'PDF' }],
      ['slash in name', { fileName: '../x.png' }],
      ['backslash in name', { fileName: '..\\x.png' }],
      ['control character in name', { fileName: 'x\u0007.png' }],
      ['bidi override in name', { fileName: 'x\u202Egnp.exe' }],
      ['bidi isolate in name', { fileName: 'x\u2067.png' }],
      ['long name', { fileName: `${'x'.repeat(197)}.png` }],
      ['empty name', { fileName: '' }],
      ['over 20 MB', { kind: 'PDF', mimeType: 'application/pdf', byteSize: 20 * 1024 * 1024 + 1 }],
      ['bad sha256', { sha256: 'Z'.repeat(64) }],
    ] as const) {
      await expect(attachment(overrides), label).rejects.toThrow(CHECK_VIOLATION)
    }
    await attachment({ fileName: 'Café – plan (v2) 😀.png' })
    await attachment({ kind: 'PDF', mimeType: 'application/pdf', fileName: `${'x'.repeat(196)}.pdf`, byteSize: 20 * 1024 * 1024 })
    expect(await db.attachment.count()).toBe(2)
  })
})
