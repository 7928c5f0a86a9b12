// One JSON POST to a translation engine, retried on what is worth retrying: a timeout or a
// dropped connection, 429 (waiting what Retry-After says, when it says it and it is not too
// long) and 5xx. Anything else (a bad key, an unsupported language, a spent DeepL quota: 456) is
// final. Engine errors never carry the text sent.
export class MachineTranslationError extends Error {
  readonly retryable: boolean
  readonly status: number | null
  constructor(message: string, options: { retryable: boolean; status?: number | null }) {
    super(message)
    this.name = 'MachineTranslationError'
    this.retryable = options.retryable
    this.status = options.status ?? null
  }
}

export type RetryOptions = {
  timeoutMs: number
  /** Tries in all (the first included). */
  attempts: number
  /** Backoff before the n-th retry: baseDelayMs × 2^(n-1). */
  baseDelayMs: number
  /** The longest Retry-After honoured; longer gives up (the job is retried later). */
  maxRetryAfterMs: number
  sleep?: (ms: number) => Promise<void>
}

export const defaultRetry = (timeoutMs: number): RetryOptions => ({ timeoutMs, attempts: 4, baseDelayMs: 1_000, maxRetryAfterMs: 60_000 })

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Retry-After as milliseconds (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

export async function postJson(url: string, body: unknown, headers: Record<string, string>, options: RetryOptions): Promise<unknown> {
  const sleep = options.sleep ?? wait
  let last: MachineTranslationError | null = null
  let nextDelay = 0
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await sleep(nextDelay)
    nextDelay = options.baseDelayMs * 2 ** (attempt - 1)
    let response: Response
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      })
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
      last = new MachineTranslationError(timedOut ? 'the engine did not answer in time' : 'the engine could not be reached', { retryable: true })
      continue
    }
    if (response.ok) {
      try {
        return await response.json()
      } catch {
        throw new MachineTranslationError('the engine answered with something other than JSON', { retryable: false, status: response.status })
      }
    }
    // The error body is not needed (and may echo the text): drop it.
    await response.body?.cancel().catch((error: unknown) => console.warn('machine translation: could not drop an error body', error instanceof Error ? error.message : error))
    if (response.status === 429 || response.status >= 500) {
      last = new MachineTranslationError(`the engine answered ${response.status}`, { retryable: true, status: response.status })
      const asked = retryAfterMs(response.headers.get('retry-after'))
      if (asked !== null) {
        if (asked > options.maxRetryAfterMs) throw last
        nextDelay = asked
      }
      continue
    }
    throw new MachineTranslationError(`the engine refused the request (${response.status})`, { retryable: false, status: response.status })
  }
  throw last ?? new MachineTranslationError('no attempt was made', { retryable: true })
}
