// Page loaders of the translation screens: "you may not see this" becomes null, so the page
// answers 404 without revealing anything.
import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { AppError } from '@/lib/errors'
import type { TranslationSubject } from '@/lib/generated/prisma/enums'
import { findTranslationForReview, listSubjectTranslations } from '@/lib/translations'

const hidden = (error: unknown) => error instanceof AppError && ['NOT_FOUND', 'FORBIDDEN', 'INVALID'].includes(error.code)

export async function findSubjectTranslations(actor: Actor, type: TranslationSubject, id: string) {
  try {
    return await listSubjectTranslations(actor, type, id)
  } catch (error) {
    if (hidden(error)) return null
    throw error
  }
}

export async function findReviewTranslation(actor: Actor, id: string) {
  try {
    return await findTranslationForReview(actor, id)
  } catch (error) {
    if (hidden(error)) return null
    throw error
  }
}
