// A translation's state in words: missing, needs review, sent back or approved; outdated; who
// or what made it. Shared by the translations page, the editor and the review queue.
import { getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { TranslationOrigin } from '@/lib/generated/prisma/enums'
import type { TranslationState } from '@/lib/translations'

export async function TranslationStateBadges({ state, origin, outdated }: { state: TranslationState; origin?: TranslationOrigin; outdated?: boolean }) {
  const t = await getTranslations('Translations')
  return (
    <span className="flex flex-wrap gap-2">
      <Badge tone={state === 'approved' ? 'brand' : state === 'missing' ? 'neutral' : 'amber'}>{t(`state.${state}`)}</Badge>
      {outdated ? <Badge tone="amber">{t('outdated')}</Badge> : null}
      {origin ? <Badge>{t(`origin.${origin}`)}</Badge> : null}
    </span>
  )
}
