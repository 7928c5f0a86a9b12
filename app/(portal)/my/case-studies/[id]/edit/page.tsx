// /my/case-studies/[id]/edit — the case-study form filled with the working copy. Editing a
// published case study saves into a revision: the published version stays up until a reviewer
// approves the revision, which the page says before anything is saved.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { CaseStudyForm } from '@/components/authoring/case-study-form'
import { previewCaseStudyAction, updateCaseStudyAction } from '../../actions'
import { valuesFromContent } from '@/components/authoring/form-values'
import { caseStudyFormLabels, caseStudyFormOptions } from '@/components/authoring/server/labels'
import { findDraft, signInUrl } from '@/components/authoring/server/load'
import { nextStep } from '@/components/authoring/status'
import { PageHeader } from '@/components/ui/page-header'
import { getCurrentUser } from '@/lib/auth/session'

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Authoring.form')
  return { title: t('save'), robots: { index: false } }
}

export default async function EditCaseStudyPage({ params }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}/edit`))
  const draft = await findDraft(user, id)
  if (!draft) notFound()
  const t = await getTranslations('Authoring')
  const deskPath = `/my/case-studies/${draft.id}`
  const title = t('edit.title', { title: draft.content.title })
  const breadcrumb = (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
      <Link href={deskPath}>{t('edit.backToCaseStudy')}</Link>
    </nav>
  )

  if (!draft.allowedActions.includes('edit')) {
    return (
      <>
        {breadcrumb}
        <PageHeader title={title} intro={t('edit.notEditable', { reason: await nextStep(draft.status, draft.openRevision) })} />
      </>
    )
  }

  const initial = valuesFromContent(draft.content)
  const [labels, options] = await Promise.all([
    caseStudyFormLabels('update'),
    caseStudyFormOptions({ citySlug: draft.city.slug, chosenCoalitions: initial.coalitions, language: initial.language }),
  ])
  const notice =
    draft.status !== 'PUBLISHED'
      ? null
      : draft.openRevision
        ? t('edit.openRevisionNotice', { number: String(draft.openRevision.number) })
        : t('edit.revisionNotice')
  return (
    <>
      {breadcrumb}
      <PageHeader title={title}>
        {notice ? <p className="max-w-3xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{notice}</p> : null}
      </PageHeader>
      <CaseStudyForm save={updateCaseStudyAction} preview={previewCaseStudyAction} caseStudyId={draft.id} initial={initial} options={options} labels={labels} cancelHref={deskPath} />
    </>
  )
}
