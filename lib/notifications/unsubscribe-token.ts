// Signed tokens for links that must work without signing in (unsubscribe from e-mail).
//
// Decision: a stateless HMAC-SHA256 over (version, user id, purpose) keyed with NEXTAUTH_SECRET,
// instead of a stored token. An unsubscribe link may sit in a mailbox for years and is harmless
// if replayed (it only ever turns mail off), so it needs no expiry or single use; the purpose is
// part of what is signed so a token minted for one use is refused by another. Comparison is
// constant-time. Without a secret nothing verifies (fail closed).
import { createHmac, timingSafeEqual } from 'node:crypto'

export type TokenPurpose = 'email.unsubscribe'

const VERSION = 'v1'

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET
  if (!value) throw new Error('NEXTAUTH_SECRET is not set')
  return value
}

function signature(userId: string, purpose: string): string {
  return createHmac('sha256', secret()).update(`${VERSION}\u0000${userId}\u0000${purpose}`).digest('base64url')
}

export function signUserToken(userId: string, purpose: TokenPurpose): string {
  return `${VERSION}.${userId}.${Buffer.from(purpose).toString('base64url')}.${signature(userId, purpose)}`
}

/** The user id the token was signed for, when it is intact and for this purpose; else null. */
export function verifyUserToken(token: string, purpose: TokenPurpose): string | null {
  try {
    const parts = token.split('.')
    if (parts.length !== 4) return null
    const [version, userId, encodedPurpose, given] = parts as [string, string, string, string]
    const tokenPurpose = Buffer.from(encodedPurpose, 'base64url').toString('utf8')
    if (version !== VERSION || !/^[A-Za-z0-9_-]{1,64}$/.test(userId) || tokenPurpose !== purpose) return null
    const expected = Buffer.from(signature(userId, tokenPurpose))
    const actual = Buffer.from(given)
    if (expected.length !== actual.length) return null
    return timingSafeEqual(expected, actual) ? userId : null
  } catch {
    return null
  }
}
