// /reviews/translations/[id] — one translation beside its original, read-only, with the
// reviewer's decisions: approve (only when it is of the current original) or send back with a
// note. Its translator sees why they may not decide. 404 for anyone who may not see it.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { NoteForm } from '@/components/authoring/note-form'
import { signInUrl } from '@/components/authoring/server/load'
import { InlineActionForm } from '@/components/forms/inline-action-form'
import { languageName } from '@/components/library/format'
import { findReviewTranslation } from '@/components/translations/server/load'
import { SourceView } from '@/components/translations/source-view'
import { TranslationStateBadges } from '@/components/translations/state-badges'
import { Section } from '@/components/ui/section'
import { getCurrentUser } from '@/lib/auth/session'
import { subjectFields } from '@/lib/translations'
import { approveTranslationAction, sendBackTranslationAction } from '../actions'

type Props = { params: Promise<{ id: string }> }

const load = cache(async (id: string) => {
  const user = await getCurrentUser()
  return user ? findReviewTranslation(user, id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [found, t] = await Promise.all([load((await params).id), getTranslations('Translations')])
  return { title: found ? found.page.subject.label : t('queue.title'), robots: { index: false } }
}

export default async function TranslationReviewPage({ params }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/reviews/translations/${id}`))
  const found = await load(id)
  if (!found) notFound()
  const { page, translation } = found
  const { subject } = page
  const [t, locale] = await Promise.all([getTranslations('Translations'), getLocale()])
  const specs = subjectFields[subject.type].filter((spec) => !!subject.source[spec.name])
  const labels = Object.fromEntries(subjectFields[subject.type].map((spec) => [spec.name, t(`fields.${spec.name}`)]))
  const source = languageName(subject.language, locale)
  const target = languageName(translation.language, locale)
  const isOwn = translation.translatorId === user.id
  const canDecide = translation.canReview && translation.state !== 'changesRequested'
  const hidden = { translationId: translation.id, seen: translation.updatedAt.toISOString() }
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
        <Link href="/reviews/translations">{t('review.backToQueue')}</Link>
      </nav>
      <header className="mb-6 space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('review.heading', { language: target })}</h1>
        <p className="text-lg text-slate-800" lang={subject.language}>
          {subject.label}
        </p>
        <TranslationStateBadges state={translation.state} origin={translation.origin} outdated={translation.outdated} />
        <p className="text-slate-700">
          {translation.translatorName ? t('review.translatedBy', { name: translation.translatorName }) : t('review.machineBy', { engine: translation.engine ?? '—' })}
        </p>
        <p>
          <Link href={subject.publicPath}>{t('review.publicLink')}</Link>
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="source-heading">
          <h2 id="source-heading" className="mb-4 text-xl font-semibold text-slate-900">{t('sourceHeading', { language: source })}</h2>
          <SourceView specs={specs} values={subject.source} lang={subject.language} labels={labels} idPrefix="source" />
        </section>
        <section aria-labelledby="target-heading">
          <h2 id="target-heading" className="mb-4 text-xl font-semibold text-slate-900">{t('targetHeading', { language: target })}</h2>
          <SourceView specs={specs} values={translation.fields} lang={translation.language} labels={labels} idPrefix="target" />
        </section>
      </div>
      <Section id="decision" title={t('review.decisionHeading')}>
        {isOwn ? (
          <p className="max-w-3xl text-slate-800">{t('review.own')}</p>
        ) : !canDecide ? (
          <p className="max-w-3xl text-slate-800">{t('review.nothingToDecide')}</p>
        ) : (
          <div className="space-y-6">
            {translation.outdated ? (
              <p className="max-w-3xl rounded border border-amber-600 bg-amber-50 p-3 text-amber-950">{t('review.outdated')}</p>
            ) : translation.state === 'needsReview' ? (
              <InlineActionForm action={approveTranslationAction} hidden={hidden} label={t('review.approve')} pendingLabel={t('review.approving')} tone="primary" />
            ) : null}
            <NoteForm
              action={sendBackTranslationAction}
              hidden={hidden}
              name="note"
              idPrefix="send-back"
              label={t('review.noteLabel')}
              submitLabel={t('review.sendBack')}
              pendingLabel={t('review.sendingBack')}
              tone="secondary"
              maxLength={2000}
            />
          </div>
        )}
      </Section>
    </>
  )
}
