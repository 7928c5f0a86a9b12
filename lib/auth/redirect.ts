// Where to send someone after signing in: a same-origin path only, never another site.
export function safeCallbackPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return fallback
  // Absolute URLs, protocol-relative "//host", backslash tricks and control characters are refused.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback
  try {
    const parsed = new URL(value, 'http://placeholder.invalid')
    if (parsed.origin !== 'http://placeholder.invalid') return fallback
    return `${parsed.pathname}${parsed.search}${parsed.hash}`
  } catch {
    return fallback
  }
}

/** next-auth's redirect callback: same-origin absolute URLs or safe paths; anything else goes home. */
export function sameOriginRedirect(url: string, baseUrl: string): string {
  if (url.startsWith('/')) return `${baseUrl}${safeCallbackPath(url, '/')}`
  try {
    const parsed = new URL(url)
    if (parsed.origin === new URL(baseUrl).origin) return `${baseUrl}${safeCallbackPath(`${parsed.pathname}${parsed.search}`, '/')}`
  } catch {
    // Not a URL: home, like any other address.
    return baseUrl
  }
  return baseUrl
}
