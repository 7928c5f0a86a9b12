// Password sign-in protection without lock-out (OWASP ASVS 5.0 V6.3 / the authentication cheat
// sheet): an attacker who knows an official's address must not be able to keep the official out.
//
// Decisions:
// - Consecutive failures are counted per account + IP: after 5 wrong passwords for one account
//   from one address, that address is refused for that account (429) for 15 minutes, or until it
//   gets the password right. Any other address, the owner's, is unaffected.
// - Failures per IP per day (100, whatever the account): one address cannot try many accounts.
//   Every attempt from an IP also counts against lib/rate-limit.ts's per-IP limit (50 / 15 min).
// - Per account, failures from all addresses only slow sign-in down, never stop it: past 5 in
//   15 minutes each attempt on that account waits a little longer (up to 5 s) before the password
//   is checked. The owner still gets in, from a clean address or by magic link.
// - Unknown addresses are counted like known ones, so the limits reveal nothing about accounts.
//   Counters live in rate_limits (PostgreSQL) and are shared by every instance; account keys
//   are hashed there. RATE_LIMIT_SCALE multiplies the limits.
import 'server-only'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { accountKey, limiter, rateLimited, rateLimitScale } from '@/lib/rate-limit'

export const SIGN_IN_THROTTLE = {
  consecutivePerAccountIp: 5,
  consecutiveWindowSeconds: 15 * 60,
  failuresPerIpPerDay: 100,
  slowDownAfter: 5,
  slowDownWindowSeconds: 15 * 60,
  slowDownStepMs: 500,
  slowDownMaxMs: 5_000,
} as const

const perAccountIp = () => limiter('signInFail-accountIp', SIGN_IN_THROTTLE.consecutivePerAccountIp * rateLimitScale(), SIGN_IN_THROTTLE.consecutiveWindowSeconds)
const perIpDaily = () => limiter('signInFail-ipDay', SIGN_IN_THROTTLE.failuresPerIpPerDay * rateLimitScale(), 24 * 60 * 60)
// Never refuses (its points are out of reach): it only counts, for the slow-down.
const perAccount = () => limiter('signInFail-account', 1_000_000, SIGN_IN_THROTTLE.slowDownWindowSeconds)

const accountIpKey = (email: string, ip: string | null) => `${accountKey(email)}:${ip ?? 'unknown'}`

/** How long an attempt on an account waits after `failures` recent failures on it. */
export function signInDelayMs(failures: number): number {
  const over = failures - SIGN_IN_THROTTLE.slowDownAfter * rateLimitScale()
  if (over < 0) return 0
  return Math.min(SIGN_IN_THROTTLE.slowDownMaxMs, (over + 1) * SIGN_IN_THROTTLE.slowDownStepMs)
}

/**
 * Before a password is checked: throws RATE_LIMITED (with the seconds to wait) when this address
 * has failed too often for this account, or too often today; otherwise says how long to wait.
 */
export async function checkSignInAttempt(keys: { email: string | null; ip: string | null }): Promise<{ delayMs: number }> {
  const email = keys.email?.trim() ?? ''
  const [pair, daily, account] = await Promise.all([
    email ? perAccountIp().get(accountIpKey(email, keys.ip)) : null,
    keys.ip ? perIpDaily().get(keys.ip) : null,
    email ? perAccount().get(accountKey(email)) : null,
  ])
  if (pair && pair.consumedPoints >= SIGN_IN_THROTTLE.consecutivePerAccountIp * rateLimitScale()) throw rateLimited(pair.msBeforeNext)
  if (daily && daily.consumedPoints >= SIGN_IN_THROTTLE.failuresPerIpPerDay * rateLimitScale()) throw rateLimited(daily.msBeforeNext)
  return { delayMs: signInDelayMs(account?.consumedPoints ?? 0) }
}

const counted = (promise: Promise<unknown>) =>
  promise.catch((error: unknown) => {
    // Over the limit is what the next check reads; anything else is a real failure.
    if (!(error instanceof RateLimiterRes)) throw error
  })

/** After a password was checked: failures count; a success clears this address's run for the account. */
export async function recordSignInResult(keys: { email: string | null; ip: string | null }, success: boolean): Promise<void> {
  const email = keys.email?.trim() ?? ''
  if (success) {
    if (email) await perAccountIp().delete(accountIpKey(email, keys.ip))
    return
  }
  await Promise.all([
    email ? counted(perAccountIp().consume(accountIpKey(email, keys.ip))) : null,
    keys.ip ? counted(perIpDaily().consume(keys.ip)) : null,
    email ? counted(perAccount().consume(accountKey(email))) : null,
  ])
}
