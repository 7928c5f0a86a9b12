// A network admin adds a case-study topic, optionally under a parent topic.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { TopicInputSchema } from '@/lib/validation/admin'
import { uniqueSlug } from './names'
import { assertNameFree, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function findParentTopicId(tx: Prisma.TransactionClient, slug: string | undefined, selfId?: string): Promise<string | null> {
  if (!slug) return null
  const parent = await tx.topic.findUnique({ where: { slug }, select: { id: true, parentId: true } })
  // One level of nesting: a parent is a top-level topic and not the topic itself.
  if (!parent || parent.id === selfId || parent.parentId !== null) {
    throw new AppError('INVALID', 'Choose a top-level topic from the list.', { fields: { parentSlug: ['invalid'] } })
  }
  return parent.id
}

export async function createTopic(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(TopicInputSchema, rawInput)
  const result = await mapNameConflict('topic', () =>
    db.$transaction(async (tx) => {
      await assertNameFree(tx, 'topic', input.name)
      const parentId = await findParentTopicId(tx, input.parentSlug)
      const slug = await uniqueSlug(tx, 'topic', input.name, 'topic')
      const topic = await tx.topic.create({
        data: { slug, name: input.name, description: input.description, parentId },
        select: { id: true, slug: true, name: true },
      })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, { actorId: actor.id, action: 'topic.create', targetType: 'Topic', targetId: topic.id, ip: meta.ip, metadata: { name: topic.name, slug } })
      return topic
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
