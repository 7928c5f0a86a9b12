// next-auth configuration: e-mail + password, e-mail magic links, and an optional OpenID Connect
// provider (a city's or the network's SSO) switched on by OIDC_ISSUER / OIDC_CLIENT_ID /
// OIDC_CLIENT_SECRET (linking to existing accounts: lib/auth/oidc-linking.ts). Sessions are JWTs
// carrying only the user id, the session version and the id of the server-side session record
// (lib/auth/user-sessions.ts), which sign-out ends; the
// user's roles, city and status are re-read from the database on every request (session.ts).
// Only existing accounts can sign in: registration is its own flow (a city must be chosen).
import 'server-only'
import { PrismaAdapter } from '@next-auth/prisma-adapter'
import type { NextAuthOptions } from 'next-auth'
import type { Provider } from 'next-auth/providers/index'
import CredentialsProvider from 'next-auth/providers/credentials'
import EmailProvider from 'next-auth/providers/email'
import { writeAudit } from '@/lib/audit'
import { recordAuthMailRequest } from '@/lib/auth/auth-mail-requests'
import { resendEmailVerification } from '@/lib/auth/email-verification'
import { verifySecondFactor } from '@/lib/auth/two-step'
import { decideOidcSignIn, SUSPENDED_SIGN_IN_ERROR } from '@/lib/auth/oidc-linking'
import { siteUrl } from '@/lib/site-url'
import { db } from '@/lib/db'
import { clientIp } from '@/lib/http/client-ip'
import { SignInSchema } from '@/lib/validation/auth'
import { hashPassword, verifyPassword } from './password'
import { recordSignInResult } from './sign-in-throttle'
import { createUserSession, endSessionById, isLiveSession, SESSION_MAX_AGE_SECONDS } from './user-sessions'
import { sameOriginRedirect } from './redirect'

// Verified against when the account does not exist, so timing does not reveal which addresses exist.
let dummyHash: Promise<string> | undefined

/** The error next-auth passes to the sign-in page when a suspended account signs in. */
export { SUSPENDED_SIGN_IN_ERROR }

export type PasswordSignInOutcome =
  | { user: { id: string; email: string; name: string } }
  | { refused: 'credentials' | 'suspended' | 'unverified' | 'secondFactor' | 'wrongCode' }

/** The error next-auth passes to the sign-in page when the address of a new account is not confirmed yet. */
export const UNVERIFIED_SIGN_IN_ERROR = 'EmailNotVerified'
/** The errors when an account with two-step sign-in gave no code, or a wrong one (lib/auth/two-step.ts). */
export const SECOND_FACTOR_REQUIRED_ERROR = 'SecondFactorRequired'
export const SECOND_FACTOR_WRONG_ERROR = 'SecondFactorWrong'

/**
 * Checks e-mail and password and records the attempt (never the password). A suspended account
 * is told so, but only after its right password: a wrong one answers like an unknown address.
 */
export async function passwordSignIn(raw: unknown, ip: string | null): Promise<PasswordSignInOutcome> {
  const parsed = SignInSchema.safeParse(raw)
  if (!parsed.success) {
    await recordSignInResult({ email: null, ip }, false)
    return { refused: 'credentials' }
  }
  const { email, password } = parsed.data
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true, passwordHash: true, emailVerified: true, twoStepEnabledAt: true },
  })
  dummyHash ??= hashPassword('circulars-timing-equaliser')
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password)
  const right = !!user && !!user.passwordHash && ok
  const suspended = right && user.status !== 'ACTIVE'
  // The right password of an account whose address was never confirmed (a registration).
  const unverified = right && !suspended && !user.emailVerified
  // Two-step sign-in: the right password asks for the code; a wrong code is a failed guess.
  const code = typeof (raw as { code?: unknown } | null)?.code === 'string' ? ((raw as { code: string }).code.trim()) : ''
  const needsCode = right && !suspended && !unverified && !!user.twoStepEnabledAt
  if (needsCode && !code) return { refused: 'secondFactor' }
  const wrongCode = needsCode && !(await verifySecondFactor(user.id, code))
  const success = right && !suspended && !unverified && !wrongCode
  const reason = suspended ? 'suspended' : unverified ? 'unverified' : wrongCode ? 'wrongCode' : null
  await db.$transaction((tx) =>
    writeAudit(tx, {
      actorId: user?.id ?? null,
      action: success ? 'auth.signIn' : 'auth.signInFailed',
      targetType: 'User',
      targetId: user?.id,
      ip,
      metadata: { method: 'password', ...(needsCode ? { twoStep: true } : {}), ...(reason ? { reason } : {}) },
    }),
  )
  // A suspended account's right password is not a guess to slow down; it is not a success either.
  if (!suspended && !unverified) await recordSignInResult({ email, ip }, success)
  if (success) return { user: { id: user.id, email: user.email, name: user.name } }
  if (unverified) {
    await resendEmailVerification(user, { ip, baseUrl: siteUrl() })
    return { refused: 'unverified' }
  }
  if (wrongCode) return { refused: 'wrongCode' }
  return { refused: suspended ? 'suspended' : 'credentials' }
}

export async function authorizeWithPassword(raw: unknown, ip: string | null) {
  const outcome = await passwordSignIn(raw, ip)
  return 'user' in outcome ? outcome.user : null
}

/**
 * Magic links and SSO: only existing, active accounts. A refusal is audited (no user is created
 * for an unknown address); a suspended account is sent to the sign-in page with the reason.
 */
export async function externalSignInAllowed(rawEmail: string | null | undefined, method: string): Promise<true | false | string> {
  const address = rawEmail?.trim().toLowerCase()
  const existing = address ? await db.user.findUnique({ where: { email: address }, select: { id: true, status: true } }) : null
  if (existing?.status === 'ACTIVE') return true
  await db.$transaction((tx) =>
    writeAudit(tx, {
      actorId: existing?.id ?? null,
      action: 'auth.signInFailed',
      targetType: 'User',
      targetId: existing?.id,
      metadata: { method, reason: existing ? 'suspended' : 'unknownAccount' },
    }),
  )
  return existing ? `/sign-in?error=${SUSPENDED_SIGN_IN_ERROR}` : false
}

export function oidcProvider(): Provider | null {
  const issuer = process.env.OIDC_ISSUER
  const clientId = process.env.OIDC_CLIENT_ID
  const clientSecret = process.env.OIDC_CLIENT_SECRET
  if (!issuer || !clientId || !clientSecret) return null
  return {
    id: 'oidc',
    name: process.env.OIDC_NAME ?? 'Single sign-on',
    type: 'oauth',
    wellKnown: `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    idToken: true,
    checks: ['pkce', 'state'],
    authorization: { params: { scope: 'openid email profile' } },
    // No allowDangerousEmailAccountLinking: an identity is linked to an existing account only as
    // lib/auth/oidc-linking.ts decides (verified address at a trusted domain, or the owner confirms).
    profile(profile: { sub: string; email?: string; name?: string; email_verified?: boolean }) {
      return { id: profile.sub, email: profile.email?.toLowerCase() ?? '', name: profile.name ?? profile.email ?? '' }
    },
  }
}

/** The device signing in, from the request being answered (next-auth runs in a route handler). */
async function requestDevice(): Promise<{ userAgent: string | null; ip: string | null }> {
  try {
    const { headers } = await import('next/headers')
    const all = await headers()
    return { userAgent: all.get('user-agent'), ip: clientIp(all) }
  } catch {
    return { userAgent: null, ip: null }
  }
}

function forwardedIp(headers: unknown): string | null {
  const entries = Object.entries((headers ?? {}) as Record<string, unknown>).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  )
  return clientIp(new Headers(entries))
}

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in', verifyRequest: '/sign-in/check-email' },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'E-mail and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(credentials, req) {
        const outcome = await passwordSignIn(credentials, forwardedIp(req?.headers))
        if ('user' in outcome) return outcome.user
        // next-auth sends a thrown error's message to the sign-in page as ?error=, which says why.
        if (outcome.refused === 'suspended') throw new Error(SUSPENDED_SIGN_IN_ERROR)
        if (outcome.refused === 'unverified') throw new Error(UNVERIFIED_SIGN_IN_ERROR)
        if (outcome.refused === 'secondFactor') throw new Error(SECOND_FACTOR_REQUIRED_ERROR)
        if (outcome.refused === 'wrongCode') throw new Error(SECOND_FACTOR_WRONG_ERROR)
        return null
      },
    }),
    EmailProvider({
      server: process.env.SMTP_URL ?? 'smtp://localhost:25',
      // Magic links live 10 minutes (ASVS 5.0 V6.6: short-lived out-of-band codes).
      maxAge: 10 * 60,
      // Mailed only to active accounts, after the response: the answer, and the database work
      // while answering, are the same for every address (lib/auth/auth-mail-requests.ts).
      async sendVerificationRequest({ identifier, url }) {
        await recordAuthMailRequest({ kind: 'MAGIC_LINK', email: identifier, url, ip: null })
      },
    }),
    ...[oidcProvider()].filter((provider): provider is Provider => provider !== null),
  ],
  callbacks: {
    async signIn({ user, account, email, profile }) {
      if (account?.provider === 'credentials') return true
      if (account?.type === 'oauth') {
        const claims = profile as { email?: string; email_verified?: unknown } | undefined
        return decideOidcSignIn(
          { provider: account.provider, providerAccountId: account.providerAccountId, email: claims?.email ?? user.email, emailVerified: claims?.email_verified },
          { baseUrl: siteUrl() },
        )
      }
      // Asking for a magic link answers alike for every address; the link is only mailed to
      // active accounts (sendVerificationRequest) and checked again here when it is used.
      if (email?.verificationRequest) return true
      // Magic links and SSO: only existing, active accounts.
      const allowed = await externalSignInAllowed(user.email, account?.provider ?? 'unknown')
      // A magic link alone would be one factor: an account with two-step sign-in uses its password and code.
      if (allowed === true && account?.provider === 'email' && user.email) {
        const twoStep = await db.user.findUnique({ where: { email: user.email.trim().toLowerCase() }, select: { twoStepEnabledAt: true } })
        if (twoStep?.twoStepEnabledAt) return `/sign-in?error=${SECOND_FACTOR_REQUIRED_ERROR}`
      }
      // A magic link came to this address: it confirms it.
      if (allowed === true && account?.provider === 'email' && user.email) {
        await db.user.updateMany({ where: { email: user.email.trim().toLowerCase(), emailVerified: null }, data: { emailVerified: new Date() } })
      }
      return allowed
    },
    async jwt({ token, user }) {
      if (user) {
        const fresh = await db.user.findUnique({ where: { id: user.id }, select: { id: true, sessionVersion: true } })
        if (fresh) {
          token.uid = fresh.id
          token.sv = fresh.sessionVersion
          token.sid = await createUserSession(fresh.id, await requestDevice())
        }
      }
      return token
    },
    async session({ session, token }) {
      // A session ended on the server (signed out) is nobody's, also to /api/auth/session.
      if (typeof token.uid !== 'string' || !(await isLiveSession(token.sid, token.uid))) {
        return { expires: session.expires }
      }
      return {
        ...session,
        uid: typeof token.uid === 'string' ? token.uid : undefined,
        sv: typeof token.sv === 'number' ? token.sv : undefined,
        sid: typeof token.sid === 'string' ? token.sid : undefined,
      }
    },
    redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl)
    },
  },
  events: {
    // Ends this device's session on the server: the cookie, replayed, no longer signs in.
    async signOut({ token }) {
      await endSessionById(token?.sid)
    },
    async signIn({ user, account }) {
      if (account?.provider === 'credentials') return // audited in authorize, with the IP
      await db.$transaction((tx) =>
        writeAudit(tx, { actorId: user.id, action: 'auth.signIn', targetType: 'User', targetId: user.id, metadata: { method: account?.provider ?? 'unknown' } }),
      )
    },
  },
}
