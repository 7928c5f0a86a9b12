// Client addresses (lib/http/client-ip.ts) and same-origin checks cannot be forged with
// forwarding headers. On the code before issue 13 the front server passed a client's own
// X-Forwarded-For to Next untouched, so `clientIp` answered whatever the client claimed
// ('203.0.113.9' below), and isSameOrigin accepted Origin: evil.example with X-Forwarded-Host:
// evil.example.
import { describe, expect, it } from 'vitest'
import { clientIp, normaliseForwardingHeaders, normaliseIp, resolveClientIp, trustedProxyHops } from '@/lib/http/client-ip'
import { isSameOrigin } from '@/lib/http/same-origin'

/** What the app sees after the front server rewrote the headers. */
function appIp(headers: Record<string, string | undefined>, socketAddress: string, hops: number) {
  const copy: Record<string, string | string[] | undefined> = { ...headers }
  normaliseForwardingHeaders(copy, socketAddress, hops)
  return { ip: clientIp(new Headers(Object.entries(copy).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))), headers: copy }
}

describe('with no proxy configured (TRUST_PROXY_HOPS unset or 0)', () => {
  it('uses the socket address and ignores every forwarding header', () => {
    const { ip, headers } = appIp({ 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.10', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', forwarded: 'for=203.0.113.11' }, '::ffff:198.51.100.7', 0)
    expect(ip).toBe('198.51.100.7')
    expect(headers['x-forwarded-for']).toBe('198.51.100.7')
    for (const name of ['x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded']) expect(headers[name], name).toBeUndefined()
  })

  it('reads the default from the environment as 0', () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops('0')).toBe(0)
    expect(trustedProxyHops('2')).toBe(2)
    for (const bad of ['-1', '1.5', 'two', '99']) expect(trustedProxyHops(bad), bad).toBe(0)
  })
})

describe('with trusted proxies, counted from the right', () => {
  it('one hop: the address our proxy appended, not what the client wrote before it', () => {
    expect(resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: '203.0.113.9, 198.51.100.7', hops: 1 })).toBe('198.51.100.7')
    expect(appIp({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' }, '10.0.0.2', 1).ip).toBe('198.51.100.7')
  })

  it('two hops: skips both of our proxies', () => {
    expect(resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: ['203.0.113.9, 198.51.100.7', '10.0.0.1'], hops: 2 })).toBe('198.51.100.7')
  })

  it('a chain shorter than promised gives its leftmost address; garbage is not an address', () => {
    expect(resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: undefined, hops: 1 })).toBe('10.0.0.2')
    expect(resolveClientIp({ socketAddress: '10.0.0.2', forwardedFor: "' OR 1=1 --", hops: 1 })).toBe('10.0.0.2')
    expect(normaliseIp('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(normaliseIp('198.51.100.7:5678')).toBe('198.51.100.7')
    expect(normaliseIp('not-an-ip')).toBeNull()
  })

  it('still drops X-Forwarded-Host', () => {
    expect(appIp({ 'x-forwarded-host': 'evil.example', 'x-forwarded-for': '198.51.100.7' }, '10.0.0.2', 1).headers['x-forwarded-host']).toBeUndefined()
  })
})

describe('isSameOrigin', () => {
  const post = (headers: Record<string, string>) => new Request('http://portal.example.org/api/x', { method: 'POST', headers })
  it('compares Origin with Host, never X-Forwarded-Host', () => {
    expect(isSameOrigin(post({ host: 'portal.example.org', origin: 'http://portal.example.org' }))).toBe(true)
    expect(isSameOrigin(post({ host: 'portal.example.org', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }))).toBe(false)
    expect(isSameOrigin(post({ host: 'portal.example.org', origin: 'null' }))).toBe(false)
  })
})
