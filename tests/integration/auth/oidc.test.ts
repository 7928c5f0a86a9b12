import { afterEach, describe, expect, it } from 'vitest'
import { oidcProvider } from '@/lib/auth/options'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('OpenID Connect provider', () => {
  it('is off unless issuer, client id and secret are all configured', () => {
    delete process.env.OIDC_ISSUER
    expect(oidcProvider()).toBeNull()
    process.env.OIDC_ISSUER = 'https://sso.example.org/realms/circulars'
    process.env.OIDC_CLIENT_ID = 'portal'
    expect(oidcProvider()).toBeNull()
  })

  it('uses the issuer discovery document with PKCE and state when configured', () => {
    process.env.OIDC_ISSUER = 'https://sso.example.org/realms/circulars/'
    process.env.OIDC_CLIENT_ID = 'portal'
    process.env.OIDC_CLIENT_SECRET = 'secret'
    process.env.OIDC_NAME = 'City SSO'
    const provider = oidcProvider() as unknown as Record<string, unknown>
    expect(provider).toMatchObject({
      id: 'oidc',
      name: 'City SSO',
      type: 'oauth',
      wellKnown: 'https://sso.example.org/realms/circulars/.well-known/openid-configuration',
      checks: ['pkce', 'state'],
      idToken: true,
    })
    // Linking to existing accounts is decided by lib/auth/oidc-linking.ts, never by the address alone.
    expect(provider.allowDangerousEmailAccountLinking).toBeUndefined()
  })
})
