// The server-side helpers of the authoring UI (components/authoring): the case-study form's
// FormData conversions and per-row validation, the capped upload body reader, and the
// download headers. Pure code, kept with the integration tests because it serves the routes.
import { describe, expect, it } from 'vitest'
import { fieldOfIssuePath, inputFromValues, valuesFromContent, valuesFromFormData } from '@/components/authoring/form-values'
import { checkFormValues } from '@/components/authoring/server/check-form'
import { contentDisposition, declaredContentLength, FILE_CSP, fileHeaders, readCappedBody } from '@/components/authoring/server/http'

function form(entries: [string, string][]) {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

const valid: [string, string][] = [
  ['title', 'Reusable crates at Accra markets'],
  ['summary', 'Market traders return reusable crates instead of single-use sacks.'],
  ['body', '## What we did\n\nA deposit on crates.'],
  ['language', 'en'],
  ['startYear', '2022'],
  ['projectStatus', 'ONGOING'],
  ['topics', 'waste-prevention'],
  ['topics', 'citizen-participation'],
]

describe('the case-study form', () => {
  it('reads every field, lists and only the metric rows that have something in them', () => {
    const values = valuesFromFormData(
      form([
        ...valid,
        ['metric-WASTE_DIVERTED_T_PER_YEAR-value', '120.5'],
        ['metric-WASTE_DIVERTED_T_PER_YEAR-method', 'Weighbridge'],
        ['metric-JOBS_CREATED-value', ''],
        ['metric-JOBS_CREATED-method', '   '],
        // A currency is only read for costs.
        ['metric-WATER_SAVED_M3_PER_YEAR-currency', 'USD'],
      ]),
    )
    expect(values.topics).toEqual(['waste-prevention', 'citizen-participation'])
    expect(Object.keys(values.metrics)).toEqual(['WASTE_DIVERTED_T_PER_YEAR'])
    expect(inputFromValues(values).metrics).toEqual([
      { type: 'WASTE_DIVERTED_T_PER_YEAR', value: '120.5', baselineYear: '', method: 'Weighbridge' },
    ])
    expect(checkFormValues(values)).toBeNull()
  })

  it('reports an error inside a metric row on that row’s input', () => {
    const values = valuesFromFormData(
      form([
        ...valid,
        ['metric-WASTE_DIVERTED_T_PER_YEAR-value', '12'],
        ['metric-COST_SAVED_PER_YEAR-value', '2500'],
        ['metric-MATERIALS_RECIRCULATED_T_PER_YEAR-value', '5abc'],
        ['metric-ENERGY_SAVED_MWH_PER_YEAR-baselineYear', '1700'],
        ['metric-ENERGY_SAVED_MWH_PER_YEAR-value', '3'],
      ]),
    )
    const error = checkFormValues(values)
    expect(error).toMatchObject({ code: 'INVALID' })
    expect(error?.fields).toEqual({
      'metric-COST_SAVED_PER_YEAR-currency': ['currencyRequired'],
      'metric-MATERIALS_RECIRCULATED_T_PER_YEAR-value': ['metricValue'],
      'metric-ENERGY_SAVED_MWH_PER_YEAR-baselineYear': ['yearOutOfRange'],
    })
  })

  it('reports missing content and topics on their fields', () => {
    const error = checkFormValues(valuesFromFormData(form([['title', 'Hi'], ['projectStatus', 'ONGOING'], ['language', 'en']])))
    expect(error?.fields).toMatchObject({ title: ['tooShort'], summary: ['required'], body: ['required'], topics: ['chooseTopic'] })
  })

  it('maps issue paths to field names', () => {
    const sent = ['WASTE_DIVERTED_T_PER_YEAR', 'COST_SAVED_PER_YEAR'] as const
    expect(fieldOfIssuePath(['metrics', 1, 'currency'], [...sent])).toBe('metric-COST_SAVED_PER_YEAR-currency')
    expect(fieldOfIssuePath(['topics', 3], [...sent])).toBe('topics')
    expect(fieldOfIssuePath([], [...sent])).toBe('form')
  })

  it('fills the form from stored content', () => {
    const values = valuesFromContent({
      title: 'T',
      summary: 'S',
      body: 'B',
      language: 'es',
      startYear: null,
      projectStatus: 'COMPLETED',
      topics: ['food-systems'],
      coalitions: [],
      procurementPractices: [],
      tenderClauses: null,
      metrics: [{ type: 'COST_SAVED_PER_YEAR', value: '1250.5', currency: 'KES', baselineYear: 2020, method: null }],
    })
    expect(values.startYear).toBe('')
    expect(values.metrics.COST_SAVED_PER_YEAR).toEqual({ value: '1250.5', currency: 'KES', baselineYear: '2020', method: '' })
  })
})

function streamOf(chunks: number[], chunkSize: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks.length) return controller.close()
      controller.enqueue(new Uint8Array(chunkSize).fill(chunks[pulled]!))
      pulled++
    },
  })
  return { stream, pulled: () => pulled }
}

describe('the upload body reader', () => {
  it('returns the bytes under the limit', async () => {
    const { stream } = streamOf([1, 2, 3], 10)
    const body = await readCappedBody(stream, 100, 30)
    expect(body.status).toBe('ok')
    if (body.status === 'ok') expect([...body.bytes.slice(8, 12)]).toEqual([1, 1, 2, 2])
  })

  it('stops reading as soon as the limit is passed', async () => {
    const { stream, pulled } = streamOf(Array.from({ length: 1000 }, () => 7), 1024)
    expect(await readCappedBody(stream, 4096)).toEqual({ status: 'tooLarge' })
    expect(pulled()).toBeLessThan(10)
  })

  it('treats a body shorter than its Content-Length as cut off', async () => {
    const { stream } = streamOf([1], 10)
    expect(await readCappedBody(stream, 100, 50)).toEqual({ status: 'truncated' })
    expect(await readCappedBody(null, 100, 50)).toEqual({ status: 'truncated' })
  })

  it('reads Content-Length only when it is a plain number', () => {
    expect(declaredContentLength('1234')).toBe(1234)
    expect(declaredContentLength('12e3')).toBeUndefined()
    expect(declaredContentLength(null)).toBeUndefined()
  })
})

describe('download headers', () => {
  it('names any file safely, with an ASCII fallback and the UTF-8 form', () => {
    expect(contentDisposition('attachment', 'Relatório "final"; 2024.pdf')).toBe(
      `attachment; filename="Relat_rio _final__ 2024.pdf"; filename*=UTF-8''Relat%C3%B3rio%20%22final%22%3B%202024.pdf`,
    )
    expect(contentDisposition('inline', '市场.png')).toBe(`inline; filename="__.png"; filename*=UTF-8''%E5%B8%82%E5%9C%BA.png`)
  })

  it('caches published files publicly and everything else nowhere, and never runs or sniffs them', () => {
    const file = { bytes: Buffer.from('abc'), contentType: 'image/png', fileName: 'a.png', sha256: 'f'.repeat(64), disposition: 'inline' as const }
    const draft = fileHeaders({ ...file, isPublic: false })
    expect(draft).toMatchObject({
      'Content-Type': 'image/png',
      'Content-Length': '3',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': FILE_CSP,
    })
    expect(draft.ETag).toBeUndefined()
    expect(FILE_CSP).toContain("default-src 'none'")
    expect(fileHeaders({ ...file, isPublic: true })).toMatchObject({ 'Cache-Control': 'public, max-age=300', ETag: `"${'f'.repeat(64)}"` })
  })
})
