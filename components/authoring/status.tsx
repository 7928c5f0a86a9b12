// Where a case study stands, as badges and as the next step, in the reader's language.
import { getTranslations } from 'next-intl/server'
import { Badge } from '@/components/ui/badge'
import type { CaseStudyStatus, RevisionStatus } from '@/lib/generated/prisma/enums'

type OpenRevision = { number: number; status: RevisionStatus } | null

const tone = (status: CaseStudyStatus) =>
  status === 'PUBLISHED' ? 'brand' : status === 'CHANGES_REQUESTED' || status === 'SUBMITTED' ? 'amber' : 'neutral'

export async function StatusBadges({ status, openRevision }: { status: CaseStudyStatus; openRevision: OpenRevision }) {
  const t = await getTranslations('Authoring')
  return (
    <span className="inline-flex flex-wrap gap-2">
      <Badge tone={tone(status)}>{t(`status.${status}`)}</Badge>
      {openRevision ? (
        <Badge tone="amber">{t('revisionBadge', { number: String(openRevision.number), status: t(`revisionStatus.${openRevision.status}`) })}</Badge>
      ) : null}
    </span>
  )
}

export async function nextStep(status: CaseStudyStatus, openRevision: OpenRevision): Promise<string> {
  const t = await getTranslations('Authoring.next')
  if (status === 'PUBLISHED' && openRevision?.status === 'DRAFT') return t('revisionDraft', { number: String(openRevision.number) })
  if (status === 'PUBLISHED' && openRevision?.status === 'SUBMITTED') return t('revisionSubmitted', { number: String(openRevision.number) })
  return t(status)
}
