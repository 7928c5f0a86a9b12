// A network admin edits a topic's name, description or parent (slug unchanged).
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { writeAudit } from '@/lib/audit'
import { notifyPublicContentChange, publicContentChanged } from '@/lib/cache/public-content'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { UpdateTopicSchema } from '@/lib/validation/admin'
import { findParentTopicId } from './create-topic'
import { assertNameFree, changedFields, mapNameConflict, requireAdmin, type RequestMeta } from './shared'
import { parseInput } from '@/lib/service/kernel'

export async function updateTopic(held: Actor | null, rawInput: unknown, meta: RequestMeta = {}) {
  const actor = await requireAdmin(held, 'network.manage')
  const input = parseInput(UpdateTopicSchema, rawInput)
  const result = await mapNameConflict('topic', () =>
    db.$transaction(async (tx) => {
      const topic = await tx.topic.findUnique({
        where: { slug: input.slug },
        select: { id: true, name: true, description: true, parentId: true, _count: { select: { children: true } } },
      })
      if (!topic) throw new AppError('NOT_FOUND', 'Topic not found.')
      await assertNameFree(tx, 'topic', input.name, topic.id)
      const parentId = await findParentTopicId(tx, input.parentSlug, topic.id)
      if (parentId && topic._count.children > 0) {
        throw new AppError('INVALID', 'A topic with sub-topics stays at the top level.', { fields: { parentSlug: ['invalid'] } })
      }
      const data = { name: input.name, description: input.description, parentId }
      const changed = changedFields({ name: topic.name, description: topic.description, parentId: topic.parentId }, data)
      const updated = await tx.topic.update({ where: { id: topic.id }, data, select: { id: true, slug: true, name: true } })
      await notifyPublicContentChange(tx)
      await writeAudit(tx, {
        actorId: actor.id,
        action: 'topic.update',
        targetType: 'Topic',
        targetId: topic.id,
        ip: meta.ip,
        metadata: { changed, ...(changed.includes('name') ? { previousName: topic.name, name: input.name } : {}) },
      })
      return updated
    }),
  )
  // Public pages show network names: every instance forgets its cached ones.
  publicContentChanged()
  return result
}
