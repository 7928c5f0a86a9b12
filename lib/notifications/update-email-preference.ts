// The user chooses e-mail per event, a daily digest, or none.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import type { EmailPreference } from '@/lib/generated/prisma/enums'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { EmailPreferenceSchema } from '@/lib/validation/messaging'

export async function updateEmailPreference(heldActor: Actor | null, rawInput: unknown): Promise<EmailPreference> {
  const actor = await requireCurrentActor(heldActor)
  requirePermission(actor, 'notification.manage')
  const input = parseInput(EmailPreferenceSchema, rawInput)
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { emailPreference: input.emailPreference } })
    await writeAudit(tx, {
      actorId: actor.id,
      action: 'user.emailPreference',
      targetType: 'User',
      targetId: actor.id,
      metadata: { emailPreference: input.emailPreference },
    })
  })
  return input.emailPreference
}
