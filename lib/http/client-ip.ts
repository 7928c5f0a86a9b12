// Who is asking: the client address used by rate limits and the audit and refusal logs.
//
// Decisions (OWASP ASVS 5.0 / the "trust only what your own proxies wrote" rule):
// - Forwarding headers are written by whoever sends the request, so they are believed only as far
//   as TRUST_PROXY_HOPS proxies of our own appended to them. With no proxy configured (unset or
//   0, the default) the client is the socket's peer and every forwarding header is ignored.
// - With N trusted hops, the chain is X-Forwarded-For's entries followed by the socket's peer;
//   the client is the entry N places from the right (the one our outermost proxy saw). Entries
//   further left are the client's own claims and never used.
// - The front server (scripts/serve.ts) resolves the address once per request with
//   `resolveClientIp`, then replaces X-Forwarded-For with that single address and drops the
//   forwarding headers it does not trust (X-Forwarded-Host always; X-Real-IP, Forwarded, and
//   X-Forwarded-Proto/-Port unless a proxy is trusted). So inside the app `clientIp(headers)`
//   reads one address that the front server wrote, the same for rate limits and audit rows.
//   (`next dev` has no front server: there Next only fills X-Forwarded-For when it is absent.)
import { isIP } from 'node:net'

/** Proxies of our own in front of the app (TRUST_PROXY_HOPS): a whole number 0..10, else 0. */
export function trustedProxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  const hops = Number(value ?? 0)
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0
}

/** An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) as plain IPv4; anything not an IP is null. */
export function normaliseIp(value: string | null | undefined): string | null {
  if (!value) return null
  let ip = value.trim()
  // `[::1]:443` and `1.2.3.4:5678` as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip)
  if (bracketed) ip = bracketed[1]!
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'))
  if (ip.toLowerCase().startsWith('::ffff:') && isIP(ip.slice(7)) === 4) ip = ip.slice(7)
  return isIP(ip) ? ip.toLowerCase() : null
}

/** The client's address from the socket's peer and X-Forwarded-For, trusting `hops` proxies. */
export function resolveClientIp({ socketAddress, forwardedFor, hops }: { socketAddress: string | null | undefined; forwardedFor: string | string[] | null | undefined; hops: number }): string | null {
  const peer = normaliseIp(socketAddress)
  if (hops <= 0) return peer
  const claimed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...claimed, peer ?? '']
  // Our proxies appended one entry each; the client is what the outermost one saw. A shorter
  // chain than promised means a proxy did not append: the leftmost address is the best left.
  const index = Math.max(0, chain.length - 1 - hops)
  return normaliseIp(chain[index]) ?? peer
}

/**
 * The client's address inside the app, as the front server wrote it (one address in
 * X-Forwarded-For). Rate limits, the audit log and the refusal log all call this one function.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')
  if (!forwarded) return null
  const entries = forwarded.split(',')
  return normaliseIp(entries[entries.length - 1])
}

/** Forwarding headers the front server removes unless it trusts a proxy to have written them. */
const ALWAYS_UNTRUSTED = ['x-forwarded-host', 'x-real-ip', 'forwarded', 'x-client-ip', 'true-client-ip', 'cf-connecting-ip']
const TRUSTED_WITH_PROXY = ['x-forwarded-proto', 'x-forwarded-port']

/**
 * Rewrites a Node request's headers in place before Next sees them: X-Forwarded-For becomes the
 * one resolved client address; what is not trusted is dropped. Returns the address.
 */
export function normaliseForwardingHeaders(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, hops = trustedProxyHops()): string | null {
  const ip = resolveClientIp({ socketAddress, forwardedFor: headers['x-forwarded-for'], hops })
  for (const name of ALWAYS_UNTRUSTED) delete headers[name]
  if (hops === 0) for (const name of TRUSTED_WITH_PROXY) delete headers[name]
  if (ip) headers['x-forwarded-for'] = ip
  else delete headers['x-forwarded-for']
  return ip
}
