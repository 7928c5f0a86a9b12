// A translation's state as authors, reviewers and readers see it. Pure: no database.
//
// Decision (what readers see): a translation is shown when it exists for the page's language
// and was not sent back. A human one (or a machine one a person edited) is shown at once, marked
// as not yet reviewed until a hub approves it; an unedited machine translation is shown marked
// "machine translation" whether reviewed or not, so machine text is never presented as a
// person's or as reviewed when it was not. One whose source changed since is shown marked
// outdated. "Show original" (?original=1) always gives the source.
import type { TranslationOrigin, TranslationStatus } from '@/lib/generated/prisma/enums'

export type TranslationState = 'missing' | 'needsReview' | 'changesRequested' | 'approved'

export type TranslationSummary = {
  status: TranslationStatus
  origin: TranslationOrigin
  sourceHash: string
}

export function isOutdated(translation: Pick<TranslationSummary, 'sourceHash'>, currentHash: string): boolean {
  return translation.sourceHash !== currentHash
}

export function stateOf(translation: TranslationSummary | null | undefined): TranslationState {
  if (!translation) return 'missing'
  if (translation.status === 'APPROVED') return 'approved'
  if (translation.status === 'CHANGES_REQUESTED') return 'changesRequested'
  return 'needsReview'
}

/** Whether readers are shown this translation instead of the source. */
export function isShownToReaders(translation: Pick<TranslationSummary, 'status'>): boolean {
  return translation.status !== 'CHANGES_REQUESTED'
}

/** How the mark above translated content reads. */
export type ReaderMark =
  | { kind: 'machine'; reviewed: false }
  | { kind: 'machine'; reviewed: true; hubName: string | null }
  | { kind: 'human'; reviewed: false }
  | { kind: 'human'; reviewed: true; hubName: string | null }

export function readerMark(translation: { status: TranslationStatus; origin: TranslationOrigin; reviewHubName: string | null }): ReaderMark {
  const reviewed = translation.status === 'APPROVED'
  const kind = translation.origin === 'MACHINE' ? 'machine' : 'human'
  return reviewed ? { kind, reviewed, hubName: translation.reviewHubName } : { kind, reviewed }
}
