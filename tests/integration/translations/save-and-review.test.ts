// Saving and reviewing translations through the services: who may, what is refused (with
// nothing written), origins, separation of duties, audit rows, and outdated detection by the
// source hash.
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { listDescriptionSubjects, listSubjectTranslations, listTranslationQueue, reviewTranslation, saveTranslation, sourceHash } from '@/lib/translations'
import { findReaderTranslation } from '@/lib/translations/reader'
import { flushRefusals } from '@/lib/security/refusals'
import { createHubManager, createHubOfficer, createOfficial, suspendUser } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'
import { caseStudySource, spanishInput, translationSnapshot } from '../../factories/translations'

let network: CaseStudyNetwork
beforeEach(async () => {
  network = await createCaseStudyNetwork()
})

async function expectRefused(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await translationSnapshot()
  await expect(run()).rejects.toMatchObject(expected)
  expect(await translationSnapshot()).toEqual(before)
}

const seen = async (id: string) => (await db.contentTranslation.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString()

describe('saving a translation', () => {
  it('lets the author add one: human, needs review, stamped with the source hash, audited', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const result = await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    expect(result).toMatchObject({ language: 'es', origin: 'HUMAN', status: 'NEEDS_REVIEW', changed: true })
    const row = await db.contentTranslation.findUniqueOrThrow({ where: { id: result.id } })
    expect(row).toMatchObject({ subjectType: 'CASE_STUDY', subjectId: caseStudy.id, sourceLanguage: 'en', translatedById: network.author.user.id, engine: null })
    expect(row.sourceHash).toBe((await caseStudySource(caseStudy.id)).hash)
    expect(row.fields).toEqual({ title: 'Compostaje de residuos de mercado', summary: 'Lo que hizo la ciudad, lo que logró y lo que aprendió.', body: 'Primera línea.\nSegunda línea.' })
    const audit = await db.auditLog.findMany({ where: { action: 'translation.create' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actorId: network.author.user.id, targetType: 'CaseStudy', targetId: caseStudy.id, hubId: network.hubX.id })
  })

  it('lets officers and managers of the city hub add and edit; saving the same text again changes nothing', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const officer = await createHubOfficer(network.hubX.id)
    const first = await saveTranslation(officer.actor, await spanishInput(caseStudy.id))
    const again = await saveTranslation(officer.actor, await spanishInput(caseStudy.id))
    expect(again).toMatchObject({ id: first.id, changed: false })
    const manager = await createHubManager(network.hubX.id)
    const edited = await saveTranslation(manager.actor, await spanishInput(caseStudy.id, { title: 'Compost de los mercados' }))
    expect(edited).toMatchObject({ id: first.id, origin: 'HUMAN', changed: true })
    expect((await db.contentTranslation.findUniqueOrThrow({ where: { id: first.id } })).translatedById).toBe(manager.user.id)
    expect(await db.auditLog.count({ where: { action: { startsWith: 'translation.' } } })).toBe(2)
  })

  it('makes a human edit of a machine translation MACHINE_POST_EDITED and asks for a new review', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const { hash } = await caseStudySource(caseStudy.id)
    const machine = await db.contentTranslation.create({
      data: {
        subjectType: 'CASE_STUDY', subjectId: caseStudy.id, language: 'es', sourceLanguage: 'en', sourceHash: hash, origin: 'MACHINE', engine: 'libretranslate',
        status: 'APPROVED', reviewedAt: new Date(), reviewHubId: network.hubX.id, fields: { title: 'Estudio', summary: 'Resumen de máquina', body: 'Texto' },
      },
    })
    const result = await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    expect(result).toMatchObject({ id: machine.id, origin: 'MACHINE_POST_EDITED', status: 'NEEDS_REVIEW' })
    expect(await db.contentTranslation.findUniqueOrThrow({ where: { id: machine.id } })).toMatchObject({ engine: 'libretranslate', reviewHubId: null, reviewedAt: null })
  })

  it('refuses the wrong people, with nothing written', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const input = await spanishInput(caseStudy.id)
    const otherOfficial = await createOfficial(network.cityA.id)
    const officerY = await createHubOfficer(network.hubY.id)
    const officialB = await createOfficial(network.cityB.id)
    await expectRefused(() => saveTranslation(null, input), { code: 'UNAUTHENTICATED' })
    await expectRefused(() => saveTranslation(otherOfficial.actor, input), { code: 'FORBIDDEN' })
    await expectRefused(() => saveTranslation(officerY.actor, input), { code: 'FORBIDDEN' })
    await expectRefused(() => saveTranslation(officialB.actor, input), { code: 'FORBIDDEN' })
    await flushRefusals()
    const refusals = await db.securityRefusal.count({ where: { action: 'translation.edit' } })
    expect(refusals).toBeGreaterThanOrEqual(1)
    // A suspended author, held as active, is refused too.
    await suspendUser(network.author.user.id)
    await expectRefused(() => saveTranslation(network.author.actor, input), { code: 'FORBIDDEN' })
  })

  it('hides a draft from anyone who may not see it (NOT_FOUND)', async () => {
    const draft = await createCaseStudyInState(network, 'DRAFT')
    const officerY = await createHubOfficer(network.hubY.id)
    await expectRefused(async () => saveTranslation(officerY.actor, await spanishInput(draft.id)), { code: 'NOT_FOUND' })
    await expectRefused(async () => saveTranslation(officerY.actor, { ...(await spanishInput(draft.id)), subjectId: 'no-such-case' }), { code: 'NOT_FOUND' })
  })

  it('refuses bad input with clear field errors and writes nothing', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const actor = network.author.actor
    const input = await spanishInput(caseStudy.id)
    await expectRefused(() => saveTranslation(actor, { ...input, language: 'en' }), { code: 'INVALID', fields: { language: ['sameAsSource'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, language: 'xx' }), { code: 'INVALID', fields: { language: ['invalid'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, title: '   ' } }), { code: 'INVALID', fields: { title: ['required'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { title: input.fields.title } }), { code: 'INVALID', fields: { summary: ['required'], body: ['required'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, body: 'x'.repeat(50_001) } }), { code: 'INVALID', fields: { body: ['tooLong'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, body: 'x'.repeat(2_000_000) } }), { code: 'INVALID' })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, title: 'a\u202eb' } }), { code: 'INVALID', fields: { title: ['controlCharacters'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, tenderClauses: 'Cláusulas' } }), { code: 'INVALID', fields: { tenderClauses: ['notInSource'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, fields: { ...input.fields, status: 'APPROVED' } }), { code: 'INVALID', fields: { status: ['unknownField'] } })
    await expectRefused(() => saveTranslation(actor, { ...input, origin: 'MACHINE' }), { code: 'INVALID' })
    await expectRefused(() => saveTranslation(actor, { ...input, sourceHash: 'f'.repeat(64) }), { code: 'CONFLICT', key: 'translationSourceChanged' })
  })
})

describe('reviewing a translation', () => {
  async function translated() {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const { id } = await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    return { caseStudy, id }
  }

  it('lets an officer of the city hub approve it in the hub name; readers then see it reviewed', async () => {
    const { caseStudy, id } = await translated()
    const officer = await createHubOfficer(network.hubX.id)
    const queue = await listTranslationQueue(officer.actor, { language: 'es' })
    expect(queue.items.map((item) => item.id)).toEqual([id])
    expect(queue.languages).toEqual([{ language: 'es', count: 1 }])
    expect((await listTranslationQueue(officer.actor, { language: 'fr' })).items).toEqual([])
    const result = await reviewTranslation(officer.actor, { translationId: id, decision: 'approve', seen: await seen(id) })
    expect(result.status).toBe('APPROVED')
    expect(await db.contentTranslation.findUniqueOrThrow({ where: { id } })).toMatchObject({ reviewedById: officer.user.id, reviewHubId: network.hubX.id })
    expect(await db.auditLog.count({ where: { action: 'translation.approve', hubId: network.hubX.id } })).toBe(1)
    expect((await listTranslationQueue(officer.actor)).items).toEqual([])
    const source = await caseStudySource(caseStudy.id)
    const reader = await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'en', source }, 'es')
    expect(reader).toMatchObject({ outdated: false, mark: { kind: 'human', reviewed: true, hubName: network.hubX.name } })
  })

  it('sends back with a note: readers no longer see it until it is edited', async () => {
    const { caseStudy, id } = await translated()
    const manager = await createHubManager(network.hubX.id)
    await expectRefused(async () => reviewTranslation(manager.actor, { translationId: id, decision: 'sendBack', seen: await seen(id), note: '' }), { code: 'INVALID', fields: { note: ['reasonTooShort'] } })
    await reviewTranslation(manager.actor, { translationId: id, decision: 'sendBack', seen: await seen(id), note: 'Please translate the last paragraph too.' })
    expect(await db.contentTranslation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'CHANGES_REQUESTED', reviewNote: 'Please translate the last paragraph too.' })
    const source = await caseStudySource(caseStudy.id)
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'en', source }, 'es')).toBeNull()
    await expectRefused(async () => reviewTranslation(manager.actor, { translationId: id, decision: 'sendBack', seen: await seen(id), note: 'Again.' }), { code: 'CONFLICT', key: 'translationAlreadyDecided' })
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id, { title: 'Compostaje de los mercados' }))
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'en', source }, 'es')).toMatchObject({ status: 'NEEDS_REVIEW', mark: { kind: 'human', reviewed: false } })
  })

  it('keeps separation of duties: the translator never approves their own translation', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const officer = await createHubOfficer(network.hubX.id)
    const { id } = await saveTranslation(officer.actor, await spanishInput(caseStudy.id))
    await expectRefused(async () => reviewTranslation(officer.actor, { translationId: id, decision: 'approve', seen: await seen(id) }), { code: 'FORBIDDEN', key: 'ownTranslation' })
    const page = await listSubjectTranslations(officer.actor, 'CASE_STUDY', caseStudy.id)
    expect(page.languages.find((row) => row.language === 'es')?.translation).toMatchObject({ canReview: false })
    expect((await listTranslationQueue(officer.actor)).items[0]).toMatchObject({ id, ownTranslation: true })
    // Another officer may.
    const other = await createHubOfficer(network.hubX.id)
    await reviewTranslation(other.actor, { translationId: id, decision: 'approve', seen: await seen(id) })
  })

  it('refuses reviewers of other hubs, officials and admins, with nothing written', async () => {
    const { id } = await translated()
    const officerY = await createHubOfficer(network.hubY.id)
    const official = await createOfficial(network.cityA.id)
    const when = await seen(id)
    await expectRefused(() => reviewTranslation(officerY.actor, { translationId: id, decision: 'approve', seen: when }), { code: 'FORBIDDEN' })
    await expectRefused(() => reviewTranslation(official.actor, { translationId: id, decision: 'approve', seen: when }), { code: 'FORBIDDEN' })
    await expectRefused(() => reviewTranslation(network.author.actor, { translationId: id, decision: 'approve', seen: when }), { code: 'FORBIDDEN' })
    await expectRefused(() => reviewTranslation(officerY.actor, { translationId: 'missing', decision: 'approve', seen: when }), { code: 'NOT_FOUND' })
    expect((await listTranslationQueue(officerY.actor)).items).toEqual([])
  })

  it('refuses to approve what changed since the reviewer opened it', async () => {
    const { caseStudy, id } = await translated()
    const officer = await createHubOfficer(network.hubX.id)
    const before = await seen(id)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id, { title: 'Otro título distinto' }))
    await expectRefused(() => reviewTranslation(officer.actor, { translationId: id, decision: 'approve', seen: before }), { code: 'CONFLICT', key: 'translationChanged' })
  })
})

describe('outdated translations', () => {
  it('shows a translation as outdated once the source changes, refuses to approve it, and is current again when updated', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    const { id } = await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { summary: 'A new summary of what the city did and learned.' } })
    const source = await caseStudySource(caseStudy.id)
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'en', source }, 'es')).toMatchObject({ outdated: true })
    const page = await listSubjectTranslations(network.author.actor, 'CASE_STUDY', caseStudy.id)
    expect(page.languages.find((row) => row.language === 'es')?.translation).toMatchObject({ outdated: true, state: 'needsReview' })
    const officer = await createHubOfficer(network.hubX.id)
    expect((await listTranslationQueue(officer.actor)).items[0]).toMatchObject({ id, outdated: true })
    await expectRefused(async () => reviewTranslation(officer.actor, { translationId: id, decision: 'approve', seen: await seen(id) }), { code: 'CONFLICT', key: 'translationOutdated' })
    // Changing a field that is not translated (the start year) does not make it outdated.
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { startYear: 2015 } })
    expect(sourceHash('CASE_STUDY', source)).toBe((await caseStudySource(caseStudy.id)).hash)
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id, { summary: 'Un nuevo resumen de lo que hizo la ciudad.' }))
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'en', source }, 'es')).toMatchObject({ outdated: false })
    await reviewTranslation(officer.actor, { translationId: id, decision: 'approve', seen: await seen(id) })
  })

  it('lists every language with its state for the translations page, and hides it from outsiders', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    const page = await listSubjectTranslations(network.author.actor, 'CASE_STUDY', caseStudy.id)
    expect(page.canEdit).toBe(true)
    expect(page.languages.map((row) => row.language)).not.toContain('en')
    expect(page.languages.find((row) => row.language === 'fr')?.translation).toBeNull()
    expect(page.languages.find((row) => row.language === 'es')?.translation).toMatchObject({ state: 'needsReview', origin: 'HUMAN', outdated: false })
    const officialB = await createOfficial(network.cityB.id)
    await expect(listSubjectTranslations(officialB.actor, 'CASE_STUDY', caseStudy.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('deletes a case study translations with it', async () => {
    const caseStudy = await createCaseStudyInState(network, 'DRAFT')
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    await db.caseStudy.delete({ where: { id: caseStudy.id } })
    expect(await db.contentTranslation.count()).toBe(0)
  })
})

describe('hub and coalition descriptions', () => {
  it('lets the hub staff translate the hub description and another officer approve it', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const hash = sourceHash('HUB', { description: network.hubX.description })
    const input = { subjectType: 'HUB', subjectId: network.hubX.id, language: 'fr', sourceHash: hash, fields: { description: 'Le pôle régional.' } }
    await expectRefused(() => saveTranslation(network.author.actor, input), { code: 'FORBIDDEN' })
    const { id } = await saveTranslation(officer.actor, input)
    const manager = await createHubManager(network.hubX.id)
    expect((await listTranslationQueue(manager.actor)).items.map((item) => item.label)).toEqual([network.hubX.name])
    await reviewTranslation(manager.actor, { translationId: id, decision: 'approve', seen: await seen(id) })
    const reader = await findReaderTranslation('HUB', { id: network.hubX.id, language: 'en', source: { description: network.hubX.description } }, 'fr')
    expect(reader).toMatchObject({ fields: { description: 'Le pôle régional.' }, mark: { kind: 'human', reviewed: true } })
  })

  it('lists the descriptions an officer may translate: their hubs and the coalitions those coordinate', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    expect(await listDescriptionSubjects(officer.actor)).toEqual([
      { type: 'HUB', id: network.hubX.id, name: network.hubX.name },
      { type: 'COALITION', id: network.coalition.id, name: network.coalition.name },
    ])
    expect(await listDescriptionSubjects(network.author.actor)).toEqual([])
  })

  it('lets the coordinating hub staff translate a coalition description', async () => {
    const officer = await createHubOfficer(network.hubX.id)
    const officerY = await createHubOfficer(network.hubY.id)
    const input = { subjectType: 'COALITION', subjectId: network.coalition.id, language: 'pt', sourceHash: sourceHash('COALITION', { description: network.coalition.description }), fields: { description: 'A coalizão.' } }
    await expectRefused(() => saveTranslation(officerY.actor, input), { code: 'FORBIDDEN' })
    await expect(saveTranslation(officer.actor, input)).resolves.toMatchObject({ origin: 'HUMAN' })
  })
})
