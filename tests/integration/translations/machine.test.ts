// Machine translation against local servers that speak LibreTranslate's and DeepL's APIs: the
// adapters (retries on timeouts, 429 with Retry-After and 5xx; final refusals), the glossary,
// the job (stored as an unreviewed MACHINE translation; never over a person's; nothing stored
// when a call fails), the monthly budget, and the pg-boss queue (one job per subject, language
// and source hash), triggered by a publication.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { publishCaseStudy } from '@/lib/case-studies'
import { db } from '@/lib/db'
import { getBoss, MT_QUEUE, requestMachineTranslation, stopJobs } from '@/lib/jobs/queue'
import { saveTranslation } from '@/lib/translations'
import { machineConfig, type MachineConfig } from '@/lib/translations/machine/config'
import { deepl, engineFor, libreTranslate } from '@/lib/translations/machine/engines'
import { protectTerms, restoreTerms } from '@/lib/translations/machine/glossary'
import { MachineTranslationError, type RetryOptions } from '@/lib/translations/machine/http'
import { runMachineTranslation } from '@/lib/translations/machine/run-machine-translation'
import { queueMachineTranslations } from '@/lib/translations/machine/request-machine-translations'
import { findReaderTranslation } from '@/lib/translations/reader'
import { createHubOfficer } from '../../factories/actors'
import { createCaseStudyInState, createCaseStudyNetwork, type CaseStudyNetwork } from '../../factories/case-studies'
import { caseStudySource, spanishInput } from '../../factories/translations'
import { startFakeEngine, type FakeEngine } from './fake-engines'

let libre: FakeEngine
let deeplServer: FakeEngine
beforeAll(async () => {
  ;[libre, deeplServer] = await Promise.all([startFakeEngine('libretranslate'), startFakeEngine('deepl')])
})
afterAll(async () => {
  await Promise.all([libre.close(), deeplServer.close()])
  await stopJobs()
})
beforeEach(() => {
  for (const engine of [libre, deeplServer]) {
    engine.requests.length = 0
    engine.script.length = 0
  }
})

const sleeps: number[] = []
const fast: RetryOptions = { timeoutMs: 300, attempts: 4, baseDelayMs: 5, maxRetryAfterMs: 2_000, sleep: async (ms) => void sleeps.push(ms) }
afterEach(() => void (sleeps.length = 0))

const config = (overrides: Partial<MachineConfig> = {}): MachineConfig => ({
  provider: 'libretranslate',
  url: libre.url,
  apiKey: null,
  languages: ['es', 'fr'],
  monthlyCharacters: 100_000,
  timeoutMs: 300,
  ...overrides,
})

describe('the LibreTranslate adapter', () => {
  it('sends the texts with source, target, format and key, and reads the answer', async () => {
    const engine = libreTranslate(libre.url, 'secret', fast)
    await expect(engine.translate(['Hello', 'World'], 'en', 'es')).resolves.toEqual(['[es] Hello', '[es] World'])
    expect(libre.requests[0]).toMatchObject({ path: '/translate', body: { q: ['Hello', 'World'], source: 'en', target: 'es', format: 'text', api_key: 'secret' } })
  })

  it('retries 5xx, 429 (waiting what Retry-After says) and timeouts, then succeeds', async () => {
    libre.script.push({ status: 503 }, { status: 429, retryAfter: '1' }, { delayMs: 1_000 })
    const engine = libreTranslate(libre.url, null, fast)
    await expect(engine.translate(['Compost'], 'en', 'fr')).resolves.toEqual(['[fr] Compost'])
    expect(libre.requests).toHaveLength(4)
    expect(sleeps).toEqual([5, 1_000, 20])
  })

  it('gives up after its attempts with a retryable error, and at once on a refusal or a too long Retry-After', async () => {
    libre.script.push({ status: 500 }, { status: 502 }, { status: 500 }, { status: 504 })
    await expect(libreTranslate(libre.url, null, fast).translate(['a'], 'en', 'es')).rejects.toMatchObject({ retryable: true, status: 504 })
    expect(libre.requests).toHaveLength(4)
    libre.requests.length = 0
    libre.script.push({ status: 400 })
    await expect(libreTranslate(libre.url, null, fast).translate(['a'], 'en', 'xx')).rejects.toMatchObject({ retryable: false, status: 400 })
    expect(libre.requests).toHaveLength(1)
    libre.requests.length = 0
    libre.script.push({ status: 429, retryAfter: '3600' })
    await expect(libreTranslate(libre.url, null, fast).translate(['a'], 'en', 'es')).rejects.toBeInstanceOf(MachineTranslationError)
    expect(libre.requests).toHaveLength(1)
  })
})

describe('the DeepL adapter', () => {
  it('authenticates, maps target variants and reads the answer', async () => {
    const engine = deepl(deeplServer.url, 'test-key:fx', fast)
    await expect(engine.translate(['Bonjour'], 'fr', 'pt')).resolves.toEqual(['[PT-BR] Bonjour'])
    expect(deeplServer.requests[0]).toMatchObject({ path: '/v2/translate', body: { text: ['Bonjour'], source_lang: 'FR', target_lang: 'PT-BR' } })
    await expect(engine.translate(['Hola'], 'es', 'en')).resolves.toEqual(['[EN-GB] Hola'])
  })

  it('retries 429 and 5xx, and does not retry a spent quota (456) or a wrong key', async () => {
    deeplServer.script.push({ status: 429 }, { status: 500 })
    await expect(deepl(deeplServer.url, 'test-key:fx', fast).translate(['Olá'], 'pt', 'es')).resolves.toEqual(['[ES] Olá'])
    expect(deeplServer.requests).toHaveLength(3)
    deeplServer.script.push({ status: 456 })
    await expect(deepl(deeplServer.url, 'test-key:fx', fast).translate(['Olá'], 'pt', 'es')).rejects.toMatchObject({ retryable: false, status: 456 })
    await expect(deepl(deeplServer.url, 'wrong', fast).translate(['Olá'], 'pt', 'es')).rejects.toMatchObject({ retryable: false, status: 403 })
  })

  it('is chosen and configured from the environment', () => {
    expect(machineConfig({})).toBeNull()
    expect(() => machineConfig({ MT_PROVIDER: 'deepl' })).toThrow(/MT_API_KEY/)
    expect(() => machineConfig({ MT_PROVIDER: 'libretranslate' })).toThrow(/MT_URL/)
    expect(() => machineConfig({ MT_PROVIDER: 'google' })).toThrow(/MT_PROVIDER/)
    expect(machineConfig({ MT_PROVIDER: 'deepl', MT_API_KEY: 'k:fx' })).toMatchObject({ url: 'https://api-free.deepl.com', languages: ['en', 'es', 'pt', 'fr', 'zh', 'ar'], monthlyCharacters: 500_000 })
    expect(engineFor(config({ provider: 'deepl', apiKey: 'k' })).name).toBe('deepl')
  })
})

describe('the glossary', () => {
  it('protects terms with placeholders and puts the target terms back, keeping a capital', () => {
    const protectedText = protectTerms('Circular economy starts with food waste; the circular economy grows.', 'en', 'es')
    expect(protectedText.text).not.toMatch(/economy|food waste/i)
    expect(restoreTerms(protectedText.text, protectedText.replacements)).toBe('Economía circular starts with desperdicio de alimentos; the economía circular grows.')
    expect(restoreTerms('⟦ G0 ⟧', ['x'])).toBe('x')
    expect(protectTerms('economic circularity', 'en', 'es').replacements).toEqual([])
  })
})

describe('the machine translation job', () => {
  let network: CaseStudyNetwork
  beforeEach(async () => {
    network = await createCaseStudyNetwork()
  })

  async function portugueseCaseStudy(body = 'A economia circular começa no mercado.\n\nDepois, a compostagem.\n') {
    return createCaseStudyInState(network, 'PUBLISHED', { language: 'pt', title: 'Compostagem nos mercados', summary: 'O que a cidade fez com os resíduos orgânicos dos mercados.', body })
  }
  const job = async (caseStudyId: string, language = 'es') => ({ subjectType: 'CASE_STUDY' as const, subjectId: caseStudyId, language, sourceHash: (await caseStudySource(caseStudyId)).hash })

  it('stores an unreviewed MACHINE translation of every field, glossary applied, paragraphs kept; readers see it marked', async () => {
    const caseStudy = await portugueseCaseStudy()
    const engine = engineFor(config(), fast)
    await expect(runMachineTranslation(await job(caseStudy.id), { config: config(), engine })).resolves.toBe('translated')
    const row = await db.contentTranslation.findFirstOrThrow({ where: { subjectId: caseStudy.id } })
    expect(row).toMatchObject({ origin: 'MACHINE', status: 'NEEDS_REVIEW', engine: 'libretranslate', translatedById: null, sourceLanguage: 'pt', language: 'es' })
    expect(row.fields).toEqual({
      title: '[es] Compostagem nos mercados',
      summary: '[es] O que a cidade fez com os resíduos orgânicos dos mercados.',
      body: '[es] A economía circular começa no mercado.\n\n[es] Depois, a compostagem.',
    })
    expect(libre.requests[0]!.body.q).toEqual(['Compostagem nos mercados', 'O que a cidade fez com os resíduos orgânicos dos mercados.', 'A ⟦G0⟧ começa no mercado.', 'Depois, a compostagem.'])
    expect(await db.auditLog.count({ where: { action: 'translation.machine', actorId: null } })).toBe(1)
    const source = await caseStudySource(caseStudy.id)
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'pt', source }, 'es')).toMatchObject({ mark: { kind: 'machine', reviewed: false } })
    // The same job again: nothing to do, nothing sent.
    await expect(runMachineTranslation(await job(caseStudy.id), { config: config(), engine })).resolves.toBe('current')
    expect(libre.requests).toHaveLength(1)
    // Approved by an officer, it reads "machine translation, reviewed by <hub>".
    const officer = await createHubOfficer(network.hubX.id)
    const { reviewTranslation } = await import('@/lib/translations')
    await reviewTranslation(officer.actor, { translationId: row.id, decision: 'approve', seen: row.updatedAt.toISOString() })
    expect(await findReaderTranslation('CASE_STUDY', { id: caseStudy.id, language: 'pt', source }, 'es')).toMatchObject({ mark: { kind: 'machine', reviewed: true, hubName: network.hubX.name } })
  })

  it('stores nothing when a call fails half way, gives the characters back, and throws for the queue to retry', async () => {
    // Two batches: the second fails for good.
    const caseStudy = await portugueseCaseStudy(`${'Parágrafo longo. '.repeat(1000)}\n\n${'Outro parágrafo. '.repeat(1000)}`)
    libre.script.push('ok', { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 })
    await expect(runMachineTranslation(await job(caseStudy.id), { config: config(), engine: engineFor(config(), fast) })).rejects.toMatchObject({ retryable: true })
    expect(libre.requests.length).toBeGreaterThanOrEqual(2)
    expect(await db.contentTranslation.count()).toBe(0)
    expect((await db.machineTranslationUsage.findMany()).map((row) => row.characters)).toEqual([0])
  })

  it('keeps to the monthly budget, counted in the database', async () => {
    const caseStudy = await portugueseCaseStudy()
    const characters = Object.values(await caseStudySource(caseStudy.id)).slice(0, 3).join('').length
    const small = config({ monthlyCharacters: characters + 10 })
    await expect(runMachineTranslation(await job(caseStudy.id, 'es'), { config: small, engine: engineFor(small, fast) })).resolves.toBe('translated')
    await expect(runMachineTranslation(await job(caseStudy.id, 'fr'), { config: small, engine: engineFor(small, fast) })).resolves.toBe('budget')
    expect(libre.requests).toHaveLength(1)
    expect(await db.contentTranslation.count()).toBe(1)
    expect((await db.machineTranslationUsage.findFirstOrThrow()).characters).toBe(characters)
    // Next month starts afresh.
    const nextMonth = new Date(Date.now() + 32 * 24 * 3600 * 1000)
    await expect(runMachineTranslation(await job(caseStudy.id, 'fr'), { config: small, engine: engineFor(small, fast), now: nextMonth })).resolves.toBe('translated')
  })

  it('never overwrites a person\u2019s translation, skips stale jobs and drafts', async () => {
    const caseStudy = await createCaseStudyInState(network, 'PUBLISHED')
    await saveTranslation(network.author.actor, await spanishInput(caseStudy.id))
    const engine = engineFor(config(), fast)
    await expect(runMachineTranslation(await job(caseStudy.id, 'es'), { config: config(), engine })).resolves.toBe('human')
    await expect(runMachineTranslation({ ...(await job(caseStudy.id, 'fr')), sourceHash: 'a'.repeat(64) }, { config: config(), engine })).resolves.toBe('stale')
    const draft = await createCaseStudyInState(network, 'DRAFT')
    await expect(runMachineTranslation(await job(draft.id, 'fr'), { config: config(), engine })).resolves.toBe('notPublic')
    await expect(runMachineTranslation(await job(caseStudy.id, 'fr'), { config: null, engine })).resolves.toBe('disabled')
    expect(libre.requests).toHaveLength(0)
    expect((await db.contentTranslation.findFirstOrThrow()).origin).toBe('HUMAN')
  })

  it('replaces an outdated machine translation with one of the new source', async () => {
    const caseStudy = await portugueseCaseStudy()
    const engine = engineFor(config(), fast)
    await runMachineTranslation(await job(caseStudy.id), { config: config(), engine })
    await db.caseStudy.update({ where: { id: caseStudy.id }, data: { title: 'Compostagem em todos os mercados' } })
    await expect(runMachineTranslation(await job(caseStudy.id), { config: config(), engine })).resolves.toBe('translated')
    expect(await db.contentTranslation.findFirstOrThrow()).toMatchObject({ fields: expect.objectContaining({ title: '[es] Compostagem em todos os mercados' }), sourceHash: (await caseStudySource(caseStudy.id)).hash })
  })

  it('runs through the job queue: one job per subject, language and source hash, queued when a case study is published', async () => {
    const saved = { ...process.env }
    Object.assign(process.env, { MT_PROVIDER: 'libretranslate', MT_URL: libre.url, MT_LANGUAGES: 'es,fr,pt', MT_TIMEOUT_MS: '2000' })
    try {
      const caseStudy = await portugueseCaseStudy()
      const first = await job(caseStudy.id, 'fr')
      const boss = await getBoss(process.env.DATABASE_URL)
      expect(await requestMachineTranslation(first)).toBe(true)
      expect(await requestMachineTranslation(first)).toBe(false)
      // Publishing queues one job per configured language other than the source's.
      const submitted = await createCaseStudyInState(network, 'SUBMITTED', { language: 'pt', title: 'Reparação de bicicletas', summary: 'Uma oficina de reparação de bicicletas para toda a cidade.' })
      const officer = await createHubOfficer(network.hubX.id)
      await publishCaseStudy(officer.actor, { caseStudyId: submitted.id })
      const queued = async () => (await boss.findJobs(MT_QUEUE, { data: { subjectId: submitted.id }, queued: true })).length
      for (const until = Date.now() + 10_000; (await queued()) < 2 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100))
      expect(await queued()).toBe(2)
      expect(await queueMachineTranslations('CASE_STUDY', submitted.id)).toBe(0) // the publication's jobs are still queued
      const done = new Set<string>()
      await boss.work<typeof first>(MT_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([item]) => {
        if (item) done.add(`${item.data.subjectId}:${await runMachineTranslation(item.data)}:${item.data.language}`)
      })
      const deadline = Date.now() + 20_000
      while (done.size < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      expect([...done].sort()).toEqual([`${caseStudy.id}:translated:fr`, `${submitted.id}:translated:es`, `${submitted.id}:translated:fr`].sort())
      expect(await db.contentTranslation.count({ where: { subjectId: submitted.id, origin: 'MACHINE' } })).toBe(2)
    } finally {
      process.env = saved
      await stopJobs()
    }
  }, 40_000)
})
