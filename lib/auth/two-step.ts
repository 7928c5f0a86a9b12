// Two-step sign-in: a time-based one-time code (TOTP, RFC 6238: 6 digits, 30 s, SHA-1, as every
// authenticator app reads it) after the password, or one of ten single-use recovery codes.
//
// Decisions:
// - The secret is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET with HKDF), so
//   a leaked database dump does not hand out second factors. It is set when enrolment starts and
//   in force only once a first code confirmed it (twoStepEnabledAt).
// - A code is accepted one step either side of now (clock drift) and only once: the accepted
//   step is kept, and a code of that step or an earlier one is refused (a replayed code).
// - Required for network admins and hub managers (lib/auth/two-step-policy.ts). A staff account
//   without it keeps signing in, but its admin and manager rights are withheld wherever an actor
//   is built until it enrols: the server refuses, not only the pages.
// - An account with two-step sign-in cannot sign in by magic link (the mailbox alone would be
//   one factor); single sign-on is the provider's own authentication.
import 'server-only'
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { twoStepRequiredFor } from './two-step-policy'

const ISSUER = 'Circulars Portal'
const PERIOD = 30
export const RECOVERY_CODES = 10

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET
  if (!secret) throw new Error('NEXTAUTH_SECRET is needed to protect two-step secrets')
  return Buffer.from(hkdfSync('sha256', secret, 'circulars-two-step', 'totp-secret', 32))
}

function encrypt(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

function decrypt(stored: string): string {
  const [version, iv, tag, body] = stored.split('.')
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unreadable two-step secret')
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) })

/** The step a code belongs to, if it is valid now (±1 step) for the secret. */
function matchingStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: now, window: 1 })
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta
}

const CodeSchema = z.object({ code: z.string().trim().transform((value) => value.replace(/[\s-]/g, '')).pipe(z.string().regex(/^(\d{6}|[a-z0-9]{10})$/i, 'invalidCode')) })

/**
 * Checks a second factor for a user: a current code (not used before) or an unused recovery
 * code, which is then used up. Claims are conditional updates, so two requests cannot both
 * use one code.
 */
export async function verifySecondFactor(userId: string, rawCode: unknown): Promise<boolean> {
  const parsed = CodeSchema.safeParse({ code: rawCode })
  if (!parsed.success) return false
  const code = parsed.data.code.toLowerCase()
  if (/^\d{6}$/.test(code)) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { twoStepSecret: true, twoStepEnabledAt: true } })
    if (!user?.twoStepSecret || !user.twoStepEnabledAt) return false
    const step = matchingStep(decrypt(user.twoStepSecret), code)
    if (step === null) return false
    const claimed = await db.user.updateMany({
      where: { id: userId, OR: [{ twoStepLastStep: null }, { twoStepLastStep: { lt: step } }] },
      data: { twoStepLastStep: step },
    })
    return claimed.count === 1
  }
  const used = await db.twoStepRecoveryCode.updateMany({
    where: { userId, codeHash: sha256(code), usedAt: null, user: { twoStepEnabledAt: { not: null } } },
    data: { usedAt: new Date() },
  })
  return used.count === 1
}

export type TwoStepState = { enabled: boolean; pending: boolean; required: boolean; recoveryCodesLeft: number }

export async function getTwoStepState(held: Actor): Promise<TwoStepState> {
  const actor = await requireCurrentActor(held)
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { twoStepSecret: true, twoStepEnabledAt: true, _count: { select: { twoStepRecoveryCodes: { where: { usedAt: null } } } } },
  })
  return {
    enabled: !!user.twoStepEnabledAt,
    pending: !user.twoStepEnabledAt && !!user.twoStepSecret,
    // Asked of the account's real roles, which the actor may have withheld.
    required: twoStepRequiredFor(await staffRoles(actor.id)),
    recoveryCodesLeft: user.twoStepEnabledAt ? user._count.twoStepRecoveryCodes : 0,
  }
}

async function staffRoles(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isNetworkAdmin: true, hubRoles: { select: { role: true } } } })
  return { isNetworkAdmin: user.isNetworkAdmin, hubRoles: user.hubRoles.map((role) => ({ hubId: '', hubSlug: '', role: role.role })) }
}

/** Starts (or restarts) enrolment: a new secret, shown as a QR code and as text. */
export async function startTwoStepEnrolment(held: Actor): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const actor = await requireCurrentActor(held)
  const current = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { twoStepEnabledAt: true } })
  if (current.twoStepEnabledAt) throw new AppError('CONFLICT', 'Two-step sign-in is already on.', { key: 'twoStepAlreadyOn' })
  const secret = new Secret({ size: 20 }).base32
  await db.user.update({ where: { id: actor.id }, data: { twoStepSecret: encrypt(secret), twoStepLastStep: null } })
  return enrolmentDetails(actor.email, secret)
}

/** The pending enrolment's QR code and text key again (a reload of the page). */
export async function pendingTwoStepEnrolment(held: Actor): Promise<{ secret: string; uri: string; qrSvg: string } | null> {
  const actor = await requireCurrentActor(held)
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { twoStepSecret: true, twoStepEnabledAt: true } })
  if (user.twoStepEnabledAt || !user.twoStepSecret) return null
  return enrolmentDetails(actor.email, decrypt(user.twoStepSecret))
}

async function enrolmentDetails(email: string, secret: string) {
  const uri = totpFor(secret, email).toString()
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), uri, qrSvg }
}

/** Confirms enrolment with a first code; returns the recovery codes, shown this once. */
export async function confirmTwoStepEnrolment(held: Actor, input: unknown, context: { ip: string | null }): Promise<{ recoveryCodes: string[] }> {
  const actor = await requireCurrentActor(held)
  const { code } = parseInput(CodeSchema, input)
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { twoStepSecret: true, twoStepEnabledAt: true } })
  if (user.twoStepEnabledAt) throw new AppError('CONFLICT', 'Two-step sign-in is already on.', { key: 'twoStepAlreadyOn' })
  if (!user.twoStepSecret) throw new AppError('CONFLICT', 'Start the set-up first.', { key: 'twoStepNotStarted' })
  const step = /^\d{6}$/.test(code) ? matchingStep(decrypt(user.twoStepSecret), code) : null
  if (step === null) throw new AppError('INVALID', 'This code is not right.', { fields: { code: ['wrongCode'] } })
  const recoveryCodes = Array.from({ length: RECOVERY_CODES }, () => randomBytes(8).toString('hex').slice(0, 10))
  await db.$transaction(async (tx) => {
    const enabled = await tx.user.updateMany({
      where: { id: actor.id, twoStepEnabledAt: null, twoStepSecret: user.twoStepSecret },
      data: { twoStepEnabledAt: new Date(), twoStepLastStep: step },
    })
    if (enabled.count !== 1) throw new AppError('CONFLICT', 'Two-step sign-in changed meanwhile. Start again.', { key: 'twoStepChanged' })
    await tx.twoStepRecoveryCode.deleteMany({ where: { userId: actor.id } })
    await tx.twoStepRecoveryCode.createMany({ data: recoveryCodes.map((value) => ({ userId: actor.id, codeHash: sha256(value) })) })
    await writeAudit(tx, { actorId: actor.id, action: 'auth.twoStepEnabled', targetType: 'User', targetId: actor.id, ip: context.ip })
  })
  return { recoveryCodes: recoveryCodes.map((value) => `${value.slice(0, 5)}-${value.slice(5)}`) }
}

/** Turns two-step sign-in off, with a current code or a recovery code. */
export async function disableTwoStep(held: Actor, input: unknown, context: { ip: string | null }): Promise<void> {
  const actor = await requireCurrentActor(held)
  const { code } = parseInput(CodeSchema, input)
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { twoStepEnabledAt: true } })
  if (!user.twoStepEnabledAt) throw new AppError('CONFLICT', 'Two-step sign-in is not on.', { key: 'twoStepNotOn' })
  if (!(await verifySecondFactor(actor.id, code))) throw new AppError('INVALID', 'This code is not right.', { fields: { code: ['wrongCode'] } })
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { twoStepSecret: null, twoStepEnabledAt: null, twoStepLastStep: null } })
    await tx.twoStepRecoveryCode.deleteMany({ where: { userId: actor.id } })
    await writeAudit(tx, { actorId: actor.id, action: 'auth.twoStepDisabled', targetType: 'User', targetId: actor.id, ip: context.ip })
  })
}

/** For tests and the demo: the current code of a base32 secret. */
export function currentCode(secretBase32: string, timestamp = Date.now()): string {
  return totpFor(secretBase32.replace(/\s/g, ''), 'code').generate({ timestamp })
}
