// Posts to one of next-auth's endpoints the way next-auth/react does, but also reports our
// rate limiter's 429 (with Retry-After) instead of failing on it.
export type NextAuthPostResult =
  | { kind: 'ok'; url: string }
  | { kind: 'error'; error: string }
  | { kind: 'rateLimited'; retryAfterSeconds: number }

export async function postNextAuth(path: string, fields: Record<string, string>): Promise<NextAuthPostResult> {
  try {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string }
    const response = await fetch(`/api/auth/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
      body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
    })
    if (response.status === 429) {
      return { kind: 'rateLimited', retryAfterSeconds: Number(response.headers.get('Retry-After')) || 60 }
    }
    const data = (await response.json()) as { url?: string }
    if (!data.url) return { kind: 'error', error: 'Unknown' }
    const error = new URL(data.url, window.location.origin).searchParams.get('error')
    return error ? { kind: 'error', error } : { kind: 'ok', url: data.url }
  } catch {
    return { kind: 'error', error: 'Network' }
  }
}
