// The unsubscribe link of every e-mail: works without signing in, authorised by the signed
// token alone (lib/notifications/unsubscribe-token.ts). GET shows whose mail it is about (the
// address masked) and asks to confirm, so a mail scanner following links changes nothing; POST
// sets the preference to NONE. A tampered or foreign-purpose token is NOT_FOUND.
import 'server-only'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/service/kernel'
import { UnsubscribeSchema } from '@/lib/validation/messaging'
import { verifyUserToken } from './unsubscribe-token'

const invalidLink = () => new AppError('NOT_FOUND', 'This link is not valid.', { key: 'unsubscribeInvalid' })

function mask(email: string) {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}…@${domain}`
}

export async function findUnsubscribeTarget(rawInput: unknown): Promise<{ maskedEmail: string; emailPreference: string }> {
  const input = parseInput(UnsubscribeSchema, rawInput)
  const userId = verifyUserToken(input.token, 'email.unsubscribe')
  if (!userId) throw invalidLink()
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailPreference: true } })
  if (!user) throw invalidLink()
  return { maskedEmail: mask(user.email), emailPreference: user.emailPreference }
}

export async function unsubscribe(rawInput: unknown): Promise<void> {
  const input = parseInput(UnsubscribeSchema, rawInput)
  const userId = verifyUserToken(input.token, 'email.unsubscribe')
  if (!userId) throw invalidLink()
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { emailPreference: 'NONE' } })
    if (updated.count !== 1) throw invalidLink()
    await writeAudit(tx, { actorId: userId, action: 'user.unsubscribe', targetType: 'User', targetId: userId })
  })
}
