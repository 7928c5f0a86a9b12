// Registration of a city official. The account signs in once its address is confirmed (the
// welcome mail's link) and acts for the city only after the city's focal point (or a hub officer
// of one of its hubs, or an admin) approves.
// The answer is the same whether or not the address already has an account: the owner of an
// existing address gets an e-mail instead, so nobody can probe which addresses are registered.
import 'server-only'
import { z } from 'zod'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError, isUniqueViolation } from '@/lib/errors'
import { kickOutbox, queueMail } from '@/lib/mail/outbox'
import { renderMail } from '@/lib/mail/templates'
import { notify } from '@/lib/notifications/notify'
import { consumeRateLimit } from '@/lib/rate-limit'
import { RegisterSchema } from '@/lib/validation/auth'
import { issueEmailVerification } from './email-verification'
import { hashPassword } from './password'

export async function registerOfficial(input: unknown, context: { ip: string | null; locale: string; baseUrl: string }) {
  const parsed = RegisterSchema.safeParse(input)
  if (!parsed.success) {
    throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields: z.flattenError(parsed.error).fieldErrors })
  }
  const data = parsed.data
  await consumeRateLimit('register', { account: data.email, ip: context.ip })
  const city = data.citySlug && await db.city.findUnique({ where: { slug: data.citySlug }, select: { id: true, name: true } })
  if (!city) throw new AppError('INVALID', 'Please correct the highlighted fields.', { fields: { citySlug: ['chooseCity'] } })

  // Hash first in every case, so both branches take the same time.
  const passwordHash = await hashPassword(data.password)
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true, name: true, locale: true } })
  if (existing) {
    const mail = await renderMail(existing.locale, 'alreadyRegistered', { name: existing.name, url: `${context.baseUrl}/forgot-password` })
    await db.$transaction((tx) => queueMail(tx, { to: data.email, ...mail }))
    kickOutbox()
    return { ok: true as const }
  }
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, jobTitle: data.jobTitle, passwordHash, locale: context.locale },
        select: { id: true },
      })
      const membership = await tx.cityOfficial.create({ data: { userId: user.id, cityId: city.id, status: 'PENDING' } })
      await writeAudit(tx, {
        actorId: user.id,
        action: 'user.register',
        targetType: 'CityOfficial',
        targetId: membership.id,
        ip: context.ip,
        metadata: { cityId: city.id },
      })
      const focalPoints = await tx.cityOfficial.findMany({
        where: { cityId: city.id, status: 'ACTIVE', role: 'FOCAL_POINT' },
        select: { userId: true },
      })
      await notify(tx, focalPoints.map((f) => f.userId), 'cityTeam.requested', {
        membershipId: membership.id,
        cityName: city.name,
        citySlug: data.citySlug,
        requesterName: data.name,
      })
      // The welcome mail carries the link that confirms the address (lib/auth/email-verification.ts).
      const url = await issueEmailVerification(tx, user.id, context.baseUrl)
      await queueMail(tx, { to: data.email, ...(await renderMail(context.locale, 'registered', { name: data.name, url })) })
    })
  } catch (error) {
    // Two registrations of one address at once: the loser gets the same answer.
    if (!isUniqueViolation(error)) throw error
  }
  kickOutbox()
  return { ok: true as const }
}
