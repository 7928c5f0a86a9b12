// A real OpenID provider for the tests (npm oidc-provider), on a loopback port. Its accounts are
// whatever the test puts in `accounts` (sub -> claims, email_verified included); the login and
// consent screens are skipped: an interaction logs in `nextLogin` and grants what was asked.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export type TestAccount = { email: string; email_verified: boolean; name: string }

export async function startOidcProvider(redirectUri: string) {
  const accounts = new Map<string, TestAccount>()
  const state: { nextLogin: string; provider?: Provider } = { nextLogin: '' }
  const server: Server = createServer((request, response) => {
    const provider = state.provider!
    if (request.url?.startsWith('/interaction/')) {
      void (async () => {
        const details = await provider.interactionDetails(request, response)
        const accountId = state.nextLogin
        let result: Record<string, unknown>
        if (details.prompt.name === 'login') {
          result = { login: { accountId } }
        } else {
          const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) })
          grant.addOIDCScope(String(details.params.scope))
          result = { consent: { grantId: await grant.save() } }
        }
        await provider.interactionFinished(request, response, result, { mergeWithLastSubmission: true })
      })().catch((error) => {
        console.error('test OpenID provider: interaction failed', error)
        response.statusCode = 500
        response.end()
      })
      return
    }
    provider.callback()(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.provider = new Provider(issuer, {
    clients: [{
      client_id: 'portal',
      client_secret: 'portal-test-secret-0123456789',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims in the ID token too, as Keycloak and Entra ID send them (next-auth reads the ID token).
    conformIdTokenClaims: false,
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    async findAccount(_, sub) {
      const account = accounts.get(sub)
      return account ? { accountId: sub, claims: () => ({ sub, ...account }) } : undefined
    },
  })
  return {
    issuer,
    accounts,
    /** The provider account the next authorisation signs in. */
    loginAs(sub: string) {
      state.nextLogin = sub
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A tiny cookie jar: name -> value, from Set-Cookie headers. */
export class CookieJar {
  private readonly cookies = new Map<string, string>()
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const index = pair!.indexOf('=')
      const name = pair!.slice(0, index).trim()
      const value = pair!.slice(index + 1)
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
  has(name: string) {
    return this.cookies.has(name)
  }
}
