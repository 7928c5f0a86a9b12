// Local HTTP servers that speak LibreTranslate's and DeepL's translation APIs (node:http), with
// scripted failures: a reply that never comes in time, 429 with Retry-After, 5xx, a refusal.
// A successful reply "translates" by prefixing each text with the target language, so tests can
// see what was sent and what came back.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Scripted = { status: number; retryAfter?: string } | { delayMs: number } | 'ok'

export type FakeEngine = {
  url: string
  requests: { path: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }[]
  /** What the next requests get, in order; 'ok' once the script runs out. */
  script: Scripted[]
  close: () => Promise<void>
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
}

export async function startFakeEngine(kind: 'libretranslate' | 'deepl'): Promise<FakeEngine> {
  const engine: FakeEngine = { url: '', requests: [], script: [], close: async () => undefined }
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request)
      engine.requests.push({ path: request.url ?? '', headers: request.headers, body })
      const step = engine.script.shift() ?? 'ok'
      if (step !== 'ok' && 'delayMs' in step) {
        await new Promise((resolve) => setTimeout(resolve, step.delayMs))
        if (response.destroyed || response.writableEnded) return
      } else if (step !== 'ok') {
        response.writeHead(step.status, { 'content-type': 'application/json', ...(step.retryAfter ? { 'retry-after': step.retryAfter } : {}) })
        response.end(JSON.stringify(kind === 'deepl' ? { message: 'scripted failure' } : { error: 'scripted failure' }))
        return
      }
      if (kind === 'libretranslate') {
        if (request.url !== '/translate') return void response.writeHead(404).end()
        const texts = body.q as string[]
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ translatedText: texts.map((text) => `[${String(body.target)}] ${text}`) }))
      } else {
        if (request.url !== '/v2/translate') return void response.writeHead(404).end()
        if (request.headers.authorization !== 'DeepL-Auth-Key test-key:fx') return void response.writeHead(403).end('{"message":"Wrong key"}')
        const texts = body.text as string[]
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ translations: texts.map((text) => ({ detected_source_language: String(body.source_lang), text: `[${String(body.target_lang)}] ${text}` })) }))
      }
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  engine.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  engine.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return engine
}
