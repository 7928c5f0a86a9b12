// Single sign-on against a real OpenID provider (npm oidc-provider on a loopback port), through
// next-auth's own route handler: the authorisation request, the provider's redirects, the code
// exchange and the ID token are all real. What is tested is who gets linked to which account.
// On the code before this change (allowDangerousEmailAccountLinking, email_verified ignored) the
// `email_verified: false` and the untrusted-domain cases signed the existing account in at once.
import '../hostile/next-runtime'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { confirmOidcLink, mayLinkWithoutAsking } from '@/lib/auth/oidc-linking'
import { db } from '@/lib/db'
import { createUser } from '../../factories'
import { BASE_URL, callRoute, makeRequest } from '../../factories/hostile'
import { CookieJar, startOidcProvider } from './oidc-provider'

type AuthRoute = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>
let provider: Awaited<ReturnType<typeof startOidcProvider>>
let authGET: AuthRoute
let authPOST: AuthRoute
const saved = { ...process.env }

beforeAll(async () => {
  provider = await startOidcProvider(`${BASE_URL}/api/auth/callback/oidc`)
  process.env.OIDC_ISSUER = provider.issuer
  process.env.OIDC_CLIENT_ID = 'portal'
  process.env.OIDC_CLIENT_SECRET = 'portal-test-secret-0123456789'
  // The route (and next-auth's options with their providers) load once the provider is configured.
  const route = await import('@/app/api/auth/[...nextauth]/route')
  authGET = route.GET as unknown as AuthRoute
  authPOST = route.POST as unknown as AuthRoute
})
afterAll(async () => {
  process.env = { ...saved }
  await provider?.close()
})
afterEach(() => {
  delete process.env.OIDC_TRUSTED_DOMAINS
  provider.accounts.clear()
})

const auth = (handler: AuthRoute, path: string, init: Parameters<typeof makeRequest>[1] = {}) =>
  callRoute(handler as never, makeRequest(`/api/auth/${path}`, init), { nextauth: path.split('?')[0]!.split('/') })

/** The whole browser round trip: portal -> provider -> portal callback. Returns where it lands. */
async function signInWithOidc(sub: string) {
  provider.loginAs(sub)
  const app = new CookieJar()
  const idp = new CookieJar()
  const csrf = await auth(authGET, 'csrf')
  app.store(csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const start = await auth(authPOST, 'signin/oidc', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: app.header() },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${BASE_URL}/dashboard`, json: 'true' }).toString(),
  })
  app.store(start)
  let url = start.headers.get('location') ?? ((await start.json()) as { url: string }).url
  expect(url.startsWith(provider.issuer), `sent to the provider, not ${url}`).toBe(true)
  for (let hop = 0; hop < 12 && url.startsWith(provider.issuer); hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: idp.header() } })
    idp.store(response)
    const next = response.headers.get('location')
    expect(next, `provider answered ${response.status} at ${url}`).toBeTruthy()
    url = new URL(next!, url).toString()
  }
  const callback = new URL(url)
  expect(callback.pathname).toBe('/api/auth/callback/oidc')
  expect(callback.searchParams.get('code')).toBeTruthy()
  const done = await auth(authGET, `callback/oidc${callback.search}`, { headers: { cookie: app.header() } })
  return {
    location: new URL(done.headers.get('location') ?? '/', BASE_URL),
    signedIn: done.headers.getSetCookie().some((cookie) => /^next-auth\.session-token=[^;]+/.test(cookie)),
  }
}

const linkedAccounts = () => db.account.findMany({ select: { userId: true, provider: true, providerAccountId: true } })

describe('single sign-on and existing accounts', () => {
  it('links at once a verified address at a trusted domain, and signs in', async () => {
    process.env.OIDC_TRUSTED_DOMAINS = 'example.org'
    const user = await createUser({ email: 'kofi@example.org' })
    provider.accounts.set('sub-kofi', { email: 'Kofi@example.org', email_verified: true, name: 'Kofi' })
    const result = await signInWithOidc('sub-kofi')
    expect(result.signedIn).toBe(true)
    expect(result.location.pathname).toBe('/dashboard')
    expect(await linkedAccounts()).toEqual([{ userId: user.id, provider: 'oidc', providerAccountId: 'sub-kofi' }])
    expect(await db.auditLog.count({ where: { action: 'auth.ssoLinked', targetId: user.id } })).toBe(1)
    // Linked: the next sign-in goes straight in.
    expect((await signInWithOidc('sub-kofi')).signedIn).toBe(true)
    expect(await db.account.count()).toBe(1)
  })

  it.each([
    ['says email_verified: false', 'sub-unverified', { email: 'ama@example.org', email_verified: false, name: 'Ama' }, 'example.org'],
    ['is not trusted for the domain', 'sub-untrusted', { email: 'ama@example.org', email_verified: true, name: 'Ama' }, 'city.example.net'],
    ['has no trusted domain configured', 'sub-unconfigured', { email: 'ama@example.org', email_verified: true, name: 'Ama' }, ''],
  ])('asks the account owner when the provider %s; linked only once they confirm', async (_, sub, claims, trusted) => {
    if (trusted) process.env.OIDC_TRUSTED_DOMAINS = trusted
    const user = await createUser({ email: 'ama@example.org' })
    provider.accounts.set(sub, claims)

    const first = await signInWithOidc(sub)
    expect(first.signedIn).toBe(false)
    expect(first.location.pathname).toBe('/sign-in')
    expect(first.location.searchParams.get('error')).toBe('SsoLinkPending')
    expect(await db.account.count()).toBe(0)
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: 'ama@example.org' } })
    const token = /link-account\?token=([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1]
    expect(token).toBeTruthy()
    expect(await db.oidcLinkRequest.count({ where: { tokenHash: token } })).toBe(0) // only the hash

    // Still not linked before confirming: a second try asks again.
    expect((await signInWithOidc(sub)).signedIn).toBe(false)

    await confirmOidcLink({ token }, { ip: null })
    expect(await linkedAccounts()).toEqual([{ userId: user.id, provider: 'oidc', providerAccountId: sub }])
    await expect(confirmOidcLink({ token }, { ip: null })).rejects.toMatchObject({ code: 'INVALID', key: 'linkConfirmInvalid' })
    const after = await signInWithOidc(sub)
    expect(after.signedIn).toBe(true)
    expect(after.location.pathname).toBe('/dashboard')
  })

  it('refuses an address without an account, creating none', async () => {
    process.env.OIDC_TRUSTED_DOMAINS = 'example.org'
    provider.accounts.set('sub-stranger', { email: 'stranger@example.org', email_verified: true, name: 'Stranger' })
    const result = await signInWithOidc('sub-stranger')
    expect(result.signedIn).toBe(false)
    expect(result.location.searchParams.get('error')).toBe('AccessDenied')
    expect(await db.user.count()).toBe(0)
    expect(await db.account.count()).toBe(0)
  })

  it('refuses forged, malformed and expired confirmation links, changing nothing', async () => {
    const user = await createUser({ email: 'esi@example.org' })
    await db.oidcLinkRequest.create({ data: { tokenHash: 'x'.repeat(64), userId: user.id, provider: 'oidc', providerAccountId: 'sub-esi', expiresAt: new Date(Date.now() - 1000) } })
    for (const token of ['A'.repeat(43), 'short', undefined, 'x'.repeat(64)]) {
      await expect(confirmOidcLink({ token }, { ip: null })).rejects.toMatchObject({ code: 'INVALID' })
    }
    expect(await db.account.count()).toBe(0)
  })
})

describe('trust for a domain', () => {
  it('needs email_verified exactly true and a configured domain (subdomains included)', () => {
    const env = { OIDC_TRUSTED_DOMAINS: 'example.org, @city.example.net' }
    expect(mayLinkWithoutAsking('a@example.org', true, env)).toBe(true)
    expect(mayLinkWithoutAsking('a@dept.example.org', true, env)).toBe(true)
    expect(mayLinkWithoutAsking('a@city.example.net', true, env)).toBe(true)
    expect(mayLinkWithoutAsking('a@example.org', 'true', env)).toBe(false)
    expect(mayLinkWithoutAsking('a@example.org', false, env)).toBe(false)
    expect(mayLinkWithoutAsking('a@example.org', undefined, env)).toBe(false)
    expect(mayLinkWithoutAsking('a@notexample.org', true, env)).toBe(false)
    expect(mayLinkWithoutAsking('a@example.org.evil.example', true, env)).toBe(false)
    expect(mayLinkWithoutAsking('a@example.org', true, {})).toBe(false)
  })
})
