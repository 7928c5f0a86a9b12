// Requests refused at the front server (lib/http/request-guard.ts). Before issue 13 these reached
// Next and answered 500: a server action with a foreign, `null` or malformed Origin, an action
// body over the limit, TRACE on any path.
import { describe, expect, it } from 'vitest'
import { ACTION_BODY_LIMIT_BYTES, FORM_BODY_LIMIT_BYTES, formBodyLimit, originMatchesHost, refuseRequest } from '@/lib/http/request-guard'

const host = 'portal.example.org'
const post = (headers: Record<string, string>, url = '/my/case-studies') => refuseRequest({ method: 'POST', url, headers: { host, 'content-length': '100', ...headers } })

describe('refuseRequest', () => {
  it('answers TRACE, CONNECT and unknown methods 405 with Allow', () => {
    for (const method of ['TRACE', 'CONNECT', 'PROPFIND', 'FOO']) {
      const refusal = refuseRequest({ method, url: '/', headers: { host } })
      expect(refusal, method).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' })
      expect(refusal?.headers?.allow).toContain('GET')
    }
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(refuseRequest({ method, url: '/', headers: { host, origin: 'null' } }), method).toBeNull()
  })

  it('refuses a state-changing request with a foreign, null or malformed Origin: 403', () => {
    for (const origin of ['https://evil.example', 'null', 'not a url', 'http://portal.example.org.evil.example', 'javascript:alert(1)', 'http://portal.example.org/path', 'file://portal.example.org']) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        expect(refuseRequest({ method, url: '/x', headers: { host, origin, 'content-length': '1' } }), `${method} ${origin}`).toMatchObject({ status: 403, code: 'BAD_ORIGIN' })
      }
    }
  })

  it('lets this site and requests without Origin through', () => {
    expect(post({ origin: 'https://portal.example.org' })).toBeNull()
    expect(post({ origin: 'http://portal.example.org' })).toBeNull()
    expect(post({})).toBeNull()
  })

  it('refuses a form body over the action limit (413) and one without a length (411); /api routes cap their own', () => {
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }, '/inbox/abc')).toMatchObject({ status: 413 })
    expect(post({ 'content-length': 'abc' })).toMatchObject({ status: 413 })
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT_BYTES) }, '/inbox/abc')).toBeNull()
    expect(refuseRequest({ method: 'POST', url: '/inbox', headers: { host, 'transfer-encoding': 'chunked' } })).toMatchObject({ status: 411 })
    expect(post({ 'content-length': String(ACTION_BODY_LIMIT_BYTES * 3) }, '/api/case-studies/x/attachments')).toBeNull()
  })
})

describe('form body limits', () => {
  it('gives forms without files 2 MB, the CSV import with room to spare, and only the message pages 10 MB', () => {
    expect(FORM_BODY_LIMIT_BYTES).toBeLessThan(ACTION_BODY_LIMIT_BYTES)
    for (const path of ['/my/case-studies/abc', '/reviews/abc', '/admin/import', '/admin/network', '/', '/hubs/africa', '/inboxes']) {
      expect(formBodyLimit(path), path).toBe(FORM_BODY_LIMIT_BYTES)
      expect(post({ 'content-length': String(FORM_BODY_LIMIT_BYTES + 1) }, path), path).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
      expect(post({ 'content-length': String(FORM_BODY_LIMIT_BYTES) }, path), path).toBeNull()
    }
    for (const path of ['/inbox', '/inbox/new', '/inbox/abc', '/hub-inbox/new', '/fr/inbox/abc']) {
      expect(formBodyLimit(path), path).toBe(ACTION_BODY_LIMIT_BYTES)
      expect(post({ 'content-length': String(FORM_BODY_LIMIT_BYTES + 1) }, path), path).toBeNull()
    }
  })
})

describe('originMatchesHost', () => {
  it('needs an http(s) origin of exactly this host', () => {
    expect(originMatchesHost('https://portal.example.org', host)).toBe(true)
    expect(originMatchesHost('https://PORTAL.example.org', host)).toBe(true)
    expect(originMatchesHost('https://portal.example.org:8443', host)).toBe(false)
    expect(originMatchesHost('https://portal.example.org', undefined)).toBe(false)
  })
})
