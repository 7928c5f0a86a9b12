// /admin/site-pages/[page]/[language] — one footer page in one language, in Markdown.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { EntityForm } from '@/components/admin/entity-form'
import { PageHeader } from '@/components/ui/page-header'
import { can } from '@/lib/auth/permissions'
import { getCurrentUser } from '@/lib/auth/session'
import { localeNames } from '@/lib/i18n/config'
import { localePath } from '@/lib/i18n/paths'
import { getSitePageSource } from '@/lib/site-pages/site-pages'
import { SITE_PAGE_BODY_MAX, SITE_PAGE_TITLE_MAX, SitePageLanguageSchema, SitePageSlugSchema } from '@/lib/validation/site-pages'
import { saveSitePageAction } from '../../actions'

type Props = { params: Promise<{ page: string; language: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('AdminSitePages')
  return { title: t('title'), robots: { index: false } }
}

export default async function EditSitePagePage({ params }: Props) {
  const raw = await params
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=/admin/site-pages`)
  const page = SitePageSlugSchema.safeParse(raw.page)
  const language = SitePageLanguageSchema.safeParse(raw.language)
  if (!can(user, 'sitePage.edit') || !page.success || !language.success) notFound()
  const [source, t, names] = await Promise.all([
    getSitePageSource(user, page.data, language.data),
    getTranslations('AdminSitePages'),
    getTranslations('SitePages'),
  ])
  const start = source.own ?? source.english
  const pageName = names(`names.${page.data}`)
  return (
    <>
      <p className="mb-4"><Link href="/admin/site-pages">{t('back')}</Link></p>
      <PageHeader title={t('editTitle', { page: pageName, language: localeNames[language.data] })} intro={t('editIntro')}>
        {source.own ? null : <p className="rounded border-s-4 border-amber-600 bg-amber-50 p-3">{t('startsFromEnglish')}</p>}
        <p>
          <Link href={localePath(language.data, `/${page.data}`)}>{t('view', { page: pageName })}</Link>
        </p>
      </PageHeader>
      <EntityForm
        action={saveSitePageAction}
        hidden={{ page: page.data, language: language.data }}
        idPrefix={`site-page-${page.data}-${language.data}`}
        labels={{ submit: t('save'), pending: t('saving'), errorSummary: t('errorSummary') }}
        fields={[
          { kind: 'text', name: 'title', label: t('fields.title'), required: true, maxLength: SITE_PAGE_TITLE_MAX, defaultValue: start.title },
          { kind: 'textarea', name: 'body', label: t('fields.body'), hint: t('fields.bodyHint'), required: true, maxLength: SITE_PAGE_BODY_MAX, rows: 18, defaultValue: start.body },
        ]}
      />
    </>
  )
}
