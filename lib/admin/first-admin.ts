// The first network admin of a real install. A real install starts with no known password (the
// demo accounts belong to demo installs only): while no network admin exists, `npm start` prints
// a one-time setup link once per start (a fresh one revokes the last), valid for
// ADMIN_SETUP_HOURS, whose sha256 alone is stored. Opening it lets one person choose the admin's
// name, e-mail and password; the link is then spent, and it is refused as soon as a real admin
// exists. Demo admins do not count: their password is published. `npm run admin:create -- --email ... --name ...` is the alternative on the server's
// shell: it creates the admin without a password and prints a one-time link to choose one.
//
// No `server-only`: scripts/start.ts and scripts/admin-create.ts call it with their own client.
import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import type { AppPrismaClient } from '@/lib/db/client'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { hashPassword } from '@/lib/auth/password'
import { EmailSchema, PasswordSchema, textLine } from '@/lib/validation/auth'

export const ADMIN_SETUP_HOURS = 24
/** The reset link `admin:create` prints lives as long as a setup link. */
export const ADMIN_PASSWORD_LINK_HOURS = ADMIN_SETUP_HOURS

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const TokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/)

export const AdminSetupSchema = z.object({
  token: TokenSchema,
  name: textLine(120),
  email: EmailSchema,
  password: PasswordSchema,
})

const linkRefused = () => new AppError('INVALID', 'This setup link is invalid, used or expired.', { key: 'setupLinkInvalid' })

const realAdmin = { isNetworkAdmin: true, isDemo: false }

/** A network admin who is not a demo account. */
export async function hasNetworkAdmin(prisma: AppPrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: realAdmin })) > 0
}

/** A fresh setup token (the raw value, to print once); earlier unused ones stop working. */
export async function issueAdminSetupToken(prisma: AppPrismaClient, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  if (await hasNetworkAdmin(prisma)) throw new AppError('CONFLICT', 'A network admin exists already.')
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ADMIN_SETUP_HOURS * 3_600_000)
  await prisma.$transaction(async (tx) => {
    await tx.adminSetupToken.updateMany({ where: { usedAt: null }, data: { usedAt: now } })
    await tx.adminSetupToken.create({ data: { tokenHash: sha256(token), expiresAt } })
  })
  return { token, expiresAt }
}

/** Whether a setup link may be shown its form: valid, unused, unexpired, and still no admin. */
export async function isAdminSetupTokenUsable(prisma: AppPrismaClient, rawToken: unknown): Promise<boolean> {
  const token = TokenSchema.safeParse(rawToken)
  if (!token.success) return false
  const row = await prisma.adminSetupToken.findUnique({ where: { tokenHash: sha256(token.data) } })
  return !!row && !row.usedAt && row.expiresAt > new Date() && !(await hasNetworkAdmin(prisma))
}

/** Spends the link and creates the admin, in one transaction: a second use, or a race, is refused. */
export async function completeAdminSetup(prisma: AppPrismaClient, input: unknown, context: { ip: string | null }) {
  const parsed = AdminSetupSchema.safeParse(input)
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error).fieldErrors
    if (fields.token) throw linkRefused()
    throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields })
  }
  const { token, name, email, password } = parsed.data
  const passwordHash = await hashPassword(password)
  try {
    return await prisma.$transaction(async (tx) => {
      // Serialises concurrent setups: whoever holds the lock sees the other's admin.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('circulars-first-admin'))`
      const claimed = await tx.adminSetupToken.updateMany({
        where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      })
      if (claimed.count !== 1 || (await tx.user.count({ where: realAdmin })) > 0) throw linkRefused()
      const user = await tx.user.create({
        data: { email, name, passwordHash, isNetworkAdmin: true, emailVerified: new Date() },
        select: { id: true, email: true },
      })
      await writeAudit(tx, { actorId: user.id, action: 'admin.firstAdminCreated', targetType: 'User', targetId: user.id, ip: context.ip, metadata: { via: 'setupLink' } })
      return user
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'An account with this e-mail exists already.', { key: 'setupEmailTaken' })
    throw error
  }
}

/**
 * `npm run admin:create`: a network admin without a password, and a one-time link (the password
 * reset page) to choose one. Never promotes an existing account: that is an admin's decision in
 * the portal.
 */
export async function createAdminAccount(prisma: AppPrismaClient, input: { email: unknown; name: unknown }, now = new Date()) {
  const parsed = z.object({ email: EmailSchema, name: textLine(120) }).safeParse(input)
  if (!parsed.success) {
    throw new AppError('INVALID', 'Give --email (an e-mail address) and --name (a name).', { fields: z.flattenError(parsed.error).fieldErrors })
  }
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + ADMIN_PASSWORD_LINK_HOURS * 3_600_000)
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: parsed.data.email, name: parsed.data.name, isNetworkAdmin: true, emailVerified: now },
        select: { id: true, email: true },
      })
      await tx.passwordResetToken.create({ data: { userId: created.id, tokenHash: sha256(token), expiresAt } })
      await writeAudit(tx, { actorId: null, action: 'admin.firstAdminCreated', targetType: 'User', targetId: created.id, ip: null, metadata: { via: 'command' } })
      return created
    })
    return { user, token, expiresAt }
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', `An account with the e-mail ${parsed.data.email} exists already.`)
    throw error
  }
}
