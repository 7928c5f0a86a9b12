// Single sign-on and existing accounts. next-auth's allowDangerousEmailAccountLinking would link
// any identity to the account of whatever e-mail address the provider asserts; instead:
// - an identity already linked to an account signs that account in;
// - an unlinked identity is linked to the account of its e-mail address at once only when the
//   provider says the address is verified (`email_verified: true`) AND the provider is trusted
//   for that address's domain by configuration (OIDC_TRUSTED_DOMAINS, comma-separated domains;
//   a subdomain counts as its domain);
// - otherwise the account's owner is asked: a single-use link (valid LINK_HOURS, sha256 stored)
//   goes to the account's own address, and the identity is linked once they confirm it there
//   (a page with a button: mail scanners that open links confirm nothing). Meanwhile, signing in
//   with the account's password or a magic link works as before.
// Unknown addresses never get an account (registration is its own flow). Every outcome is audited.
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox, queueMail } from '@/lib/mail/outbox'
import { renderMail } from '@/lib/mail/templates'

export const LINK_HOURS = 1
/** The sign-in page's `error` when the owner has been asked to confirm the link. */
export const SSO_LINK_PENDING_ERROR = 'SsoLinkPending'
export const SUSPENDED_SIGN_IN_ERROR = 'AccountSuspended'

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const TokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/)

export function trustedDomains(env: Record<string, string | undefined> = process.env): string[] {
  return (env.OIDC_TRUSTED_DOMAINS ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter((domain) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain))
}

/** Whether the provider's word is enough to link this address without asking its owner. */
export function mayLinkWithoutAsking(email: string, emailVerified: unknown, env: Record<string, string | undefined> = process.env): boolean {
  if (emailVerified !== true) return false
  const domain = email.trim().toLowerCase().split('@').at(-1)
  if (!domain || !email.includes('@')) return false
  return trustedDomains(env).some((trusted) => domain === trusted || domain.endsWith(`.${trusted}`))
}

export type OidcIdentity = { provider: string; providerAccountId: string; email?: string | null; emailVerified?: unknown }

/** next-auth's signIn callback for an OpenID Connect sign-in: true, false, or where to go. */
export async function decideOidcSignIn(identity: OidcIdentity, context: { baseUrl: string }): Promise<true | false | string> {
  const audit = (actorId: string | null, action: string, metadata: Record<string, string>) =>
    db.$transaction((tx) => writeAudit(tx, { actorId, action, targetType: 'User', targetId: actorId ?? undefined, metadata: { method: identity.provider, ...metadata } }))

  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select: { id: true, status: true } } },
  })
  if (linked) {
    if (linked.user.status === 'ACTIVE') return true
    await audit(linked.user.id, 'auth.signInFailed', { reason: 'suspended' })
    return `/sign-in?error=${SUSPENDED_SIGN_IN_ERROR}`
  }

  const email = identity.email?.trim().toLowerCase() ?? ''
  const user = email ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true, status: true } }) : null
  if (!user) {
    await audit(null, 'auth.signInFailed', { reason: 'unknownAccount' })
    return false
  }
  if (user.status !== 'ACTIVE') {
    await audit(user.id, 'auth.signInFailed', { reason: 'suspended' })
    return `/sign-in?error=${SUSPENDED_SIGN_IN_ERROR}`
  }
  if (mayLinkWithoutAsking(email, identity.emailVerified)) {
    try {
      await db.$transaction(async (tx) => {
        await tx.account.create({ data: { userId: user.id, type: 'oauth', provider: identity.provider, providerAccountId: identity.providerAccountId } })
        await writeAudit(tx, { actorId: user.id, action: 'auth.ssoLinked', targetType: 'User', targetId: user.id, metadata: { method: identity.provider, via: 'trustedDomain' } })
      })
    } catch (error) {
      // The same identity linked by a concurrent sign-in: it is linked, which is what we wanted.
      if (!isUniqueViolation(error)) throw error
    }
    return true
  }

  const token = randomBytes(32).toString('base64url')
  const mail = await renderMail(user.locale, 'ssoLink', { name: user.name, url: `${context.baseUrl}/link-account?token=${token}` })
  await db.$transaction(async (tx) => {
    await tx.oidcLinkRequest.create({
      data: {
        tokenHash: sha256(token),
        userId: user.id,
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
        expiresAt: new Date(Date.now() + LINK_HOURS * 3_600_000),
      },
    })
    await writeAudit(tx, {
      actorId: user.id,
      action: 'auth.ssoLinkRequested',
      targetType: 'User',
      targetId: user.id,
      metadata: { method: identity.provider, reason: identity.emailVerified === true ? 'untrustedDomain' : 'unverifiedEmail' },
    })
    await queueMail(tx, { to: user.email, ...mail })
  })
  kickOutbox()
  return `/sign-in?error=${SSO_LINK_PENDING_ERROR}`
}

const linkRefused = () => new AppError('INVALID', 'This confirmation link is invalid, used or expired.', { key: 'linkConfirmInvalid' })

/** The confirmation page shows its button only for a usable link. */
export async function findUsableOidcLink(rawToken: unknown): Promise<{ provider: string } | null> {
  const token = TokenSchema.safeParse(rawToken)
  if (!token.success) return null
  const row = await db.oidcLinkRequest.findUnique({ where: { tokenHash: sha256(token.data) }, select: { provider: true, usedAt: true, expiresAt: true } })
  return row && !row.usedAt && row.expiresAt > new Date() ? { provider: row.provider } : null
}

/** The owner confirms from their own mailbox: the identity is linked to their account, once. */
export async function confirmOidcLink(input: { token: unknown }, context: { ip: string | null }) {
  const token = TokenSchema.safeParse(input.token)
  if (!token.success) throw linkRefused()
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.oidcLinkRequest.findUnique({ where: { tokenHash: sha256(token.data) } })
      const claimed = row
        ? await tx.oidcLinkRequest.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } }, data: { usedAt: new Date() } })
        : { count: 0 }
      if (!row || claimed.count !== 1) throw linkRefused()
      const user = await tx.user.findUnique({ where: { id: row.userId }, select: { status: true } })
      if (user?.status !== 'ACTIVE') throw new AppError('FORBIDDEN', 'Your account is suspended.', { key: 'suspended' })
      await tx.account.create({ data: { userId: row.userId, type: 'oauth', provider: row.provider, providerAccountId: row.providerAccountId } })
      await writeAudit(tx, { actorId: row.userId, action: 'auth.ssoLinked', targetType: 'User', targetId: row.userId, ip: context.ip, metadata: { method: row.provider, via: 'ownerConfirmed' } })
      return { ok: true as const }
    })
  } catch (error) {
    // The identity got linked in the meantime (to this or another account): nothing to do here.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'This sign-on is already linked to an account.')
    throw error
  }
}
