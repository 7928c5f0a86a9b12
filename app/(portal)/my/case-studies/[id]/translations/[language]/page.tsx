// /my/case-studies/[id]/translations/[language] — the translation editor of a case study
// (components/translations/translation-editor.tsx). For whoever may translate it; 404 for anyone
// else and for a language that is not a language or is the original's.
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { languageName } from '@/components/library/format'
import { signInUrl } from '@/components/authoring/server/load'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { TranslationEditor } from '@/components/translations/translation-editor'
import { getCurrentUser } from '@/lib/auth/session'
import { LanguageSchema } from '@/lib/validation/translation'
import { saveTranslationAction } from '../actions'

type Props = { params: Promise<{ id: string; language: string }> }

const load = cache(async (id: string) => {
  const user = await getCurrentUser()
  return user ? findSubjectTranslations(user, 'CASE_STUDY', id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, language } = await params
  const [page, t, locale] = await Promise.all([load(id), getTranslations('Translations'), getLocale()])
  return { title: page ? t('editorTitle', { language: languageName(language, locale), title: page.subject.label }) : t('heading'), robots: { index: false } }
}

export default async function TranslationEditorPage({ params }: Props) {
  const { id, language: rawLanguage } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/my/case-studies/${id}/translations/${rawLanguage}`))
  const language = LanguageSchema.safeParse(rawLanguage)
  const page = await load(id)
  if (!page || !page.canEdit || !language.success || language.data !== rawLanguage || language.data === page.subject.language) notFound()
  const t = await getTranslations('Translations')
  return (
    <TranslationEditor
      page={page}
      language={language.data}
      back={{ href: `/my/case-studies/${encodeURIComponent(page.subject.id)}/translations`, label: t('backToTranslations') }}
      action={saveTranslationAction}
    />
  )
}
