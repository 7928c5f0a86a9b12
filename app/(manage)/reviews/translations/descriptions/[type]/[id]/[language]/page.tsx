// /reviews/translations/descriptions/[hub|coalition]/[id]/[language] — the translation editor of
// a hub's or coalition's description (components/translations/translation-editor.tsx). For that
// hub's (the coordinating hub's) officers and managers; 404 for anyone else.
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { cache } from 'react'
import { signInUrl } from '@/components/authoring/server/load'
import { languageName } from '@/components/library/format'
import { findSubjectTranslations } from '@/components/translations/server/load'
import { TranslationEditor } from '@/components/translations/translation-editor'
import { getCurrentUser } from '@/lib/auth/session'
import { LanguageSchema } from '@/lib/validation/translation'
import { saveTranslationAction } from '@/app/(portal)/my/case-studies/[id]/translations/actions'

type Props = { params: Promise<{ type: string; id: string; language: string }> }

const types = { hub: 'HUB', coalition: 'COALITION' } as const

const load = cache(async (type: string, id: string) => {
  const user = await getCurrentUser()
  const subjectType = types[type as keyof typeof types]
  return user && subjectType ? findSubjectTranslations(user, subjectType, id) : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type, id, language } = await params
  const [page, t, locale] = await Promise.all([load(type, id), getTranslations('Translations'), getLocale()])
  return { title: page ? t('editorTitle', { language: languageName(language, locale), title: page.subject.label }) : t('heading'), robots: { index: false } }
}

export default async function DescriptionEditorPage({ params }: Props) {
  const { type, id, language: rawLanguage } = await params
  const user = await getCurrentUser()
  if (!user) redirect(signInUrl(`/reviews/translations/descriptions/${type}/${id}/${rawLanguage}`))
  const language = LanguageSchema.safeParse(rawLanguage)
  const page = await load(type, id)
  if (!page || !page.canEdit || !language.success || language.data !== rawLanguage || language.data === page.subject.language) notFound()
  const t = await getTranslations('Translations')
  return (
    <TranslationEditor
      page={page}
      language={language.data}
      back={{ href: '/reviews/translations/descriptions', label: t('descriptions.back') }}
      action={saveTranslationAction}
    />
  )
}
