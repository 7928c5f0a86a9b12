// An active official of a city starts a case study as a DRAFT of that city. The slug is made from
// the title here, once; a concurrent creation of the same title loses the unique index and is
// retried with the next free suffix.
import 'server-only'
import type { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requirePermission } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/audit'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/errors'
import { parseInput, requireCurrentActor } from '@/lib/service/kernel'
import { CreateCaseStudySchema } from '@/lib/validation/case-study'
import { once } from '@/lib/security/idempotency'
import { contentColumns, contentFromInput, replaceRelations, resolveReferences } from './content'
import { uniqueSlug } from './slug'

export type CreateCaseStudyResult = { id: string; slug: string; status: 'DRAFT' }

const SLUG_ATTEMPTS = 3

export async function createCaseStudy(heldActor: Actor | null, rawInput: unknown): Promise<CreateCaseStudyResult> {
  const actor = await requireCurrentActor(heldActor)
  const input = parseInput(CreateCaseStudySchema, rawInput)
  // A repeat of the form (same idempotency key) gets the case study the first one created.
  return once(actor.id, 'caseStudy.create', input.idempotencyKey, () => createCaseStudyOnce(actor, input))
}

async function createCaseStudyOnce(actor: Actor, input: z.output<typeof CreateCaseStudySchema>): Promise<CreateCaseStudyResult> {
  const cityId = input.cityId ?? actor.city?.id
  requirePermission(actor, 'caseStudy.create', { cityId })
  if (!cityId) throw new Error('unreachable: permission requires a city')

  const content = contentFromInput(input)
  const refs = await resolveReferences(db, content, { cityId })

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await uniqueSlug(tx, content.title)
        const created = await tx.caseStudy.create({
          data: {
            slug,
            cityId,
            status: 'DRAFT',
            ...contentColumns(content),
            createdById: actor.id,
            contactOfficialId: actor.id,
            authors: { create: [{ userId: actor.id }] },
          },
          select: { id: true, slug: true },
        })
        await replaceRelations(tx, created.id, content, refs)
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'caseStudy.create',
          targetType: 'CaseStudy',
          targetId: created.id,
          metadata: { cityId, slug },
        })
        return { id: created.id, slug: created.slug, status: 'DRAFT' as const }
      })
    } catch (error) {
      if (isUniqueViolation(error) && attempt < SLUG_ATTEMPTS) continue
      throw error
    }
  }
}
